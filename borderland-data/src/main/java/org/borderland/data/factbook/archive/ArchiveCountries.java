package org.borderland.data.factbook.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.borderland.data.importer.ImportException;

/**
 * The archive's {@code reference_tables/countries.csv}: one row per entry per edition ({@code
 * CountryID, Year, Code, Name, Source, MasterCountryID}).
 *
 * <p>Only {@code CountryID}, {@code Year}, {@code Code} and {@code Name} are read. {@code Code} is
 * kept for messages only: it is not a key (1992 {@code ca} is both Canada and Cape Verde). {@code
 * MasterCountryID} is deliberately ignored: the archive's master table maps the Soviet Union to
 * Russia and Czechoslovakia to Slovakia.
 */
final class ArchiveCountries {
  /** One entry of one edition, and the line of {@code countries.csv} it is on. */
  record Entry(long countryId, int year, String code, String name, long line) {}

  private final Path file;
  private final Map<Long, Entry> byId;
  private final Map<Integer, List<Entry>> byYear;

  private ArchiveCountries(Path file, Map<Long, Entry> byId, Map<Integer, List<Entry>> byYear) {
    this.file = file;
    this.byId = byId;
    this.byYear = byYear;
  }

  /** The file it was read from. */
  Path file() {
    return file;
  }

  /** The entry with this CountryID, or {@code null}. */
  Entry get(long countryId) {
    return byId.get(countryId);
  }

  /** The entries of one edition, in file order; empty when there are none. */
  List<Entry> ofYear(int year) {
    return byYear.getOrDefault(year, List.of());
  }

  /**
   * Reads the table.
   *
   * @throws ImportException when the file is missing, lacks a column, has a bad number, or repeats
   *     a CountryID
   */
  static ArchiveCountries read(Path file, String dataset) throws ImportException {
    if (!Files.isRegularFile(file)) {
      throw new ImportException(
          dataset,
          file,
          0,
          "the archive's country table is missing; expected reference_tables/countries.csv from"
              + " CIA-World-Factbooks-Archive-1990-2025 (see data/SOURCES.md)");
    }
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    Map<Long, Entry> byId = new HashMap<>();
    Map<Integer, List<Entry>> byYear = new TreeMap<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(r)) {
      if (!it.hasNext()) {
        throw new ImportException(dataset, file, 1, "the file is empty; expected a header row");
      }
      String[] header = it.next();
      if (header.length > 0) {
        header[0] = header[0].replace("\uFEFF", "");
      }
      int id = column(header, "CountryID", file, dataset);
      int year = column(header, "Year", file, dataset);
      int code = column(header, "Code", file, dataset);
      int name = column(header, "Name", file, dataset);
      while (it.hasNext()) {
        long line = it.getCurrentLocation().getLineNr();
        String[] row = it.next();
        if (row.length == 1 && row[0].isBlank()) {
          continue;
        }
        if (row.length < header.length) {
          throw new ImportException(
              dataset,
              file,
              line,
              "the row has " + row.length + " cells, the header " + header.length);
        }
        long countryId = parseLong(row[id], "CountryID", file, line, dataset);
        int y = (int) parseLong(row[year], "Year", file, line, dataset);
        Entry e = new Entry(countryId, y, row[code].strip(), row[name].strip(), line);
        Entry prev = byId.put(countryId, e);
        if (prev != null) {
          throw new ImportException(
              dataset,
              file,
              line,
              "CountryID " + countryId + " is listed twice (also at line " + prev.line() + ")");
        }
        byYear.computeIfAbsent(y, k -> new ArrayList<>()).add(e);
      }
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ImportException(dataset, file, line, "malformed CSV: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ImportException(dataset, file, 0, "cannot read the file: " + e.getMessage(), e);
    }
    byYear.replaceAll((k, v) -> List.copyOf(v));
    return new ArchiveCountries(file, Map.copyOf(byId), byYear);
  }

  private static int column(String[] header, String name, Path file, String dataset)
      throws ImportException {
    for (int i = 0; i < header.length; i++) {
      if (header[i].strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    throw new ImportException(
        dataset, file, 1, "the header " + Arrays.toString(header) + " lacks the column " + name);
  }

  private static long parseLong(String s, String what, Path file, long line, String dataset)
      throws ImportException {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      throw new ImportException(
          dataset, file, line, what + " must be a whole number but is '" + s + "'");
    }
  }
}
