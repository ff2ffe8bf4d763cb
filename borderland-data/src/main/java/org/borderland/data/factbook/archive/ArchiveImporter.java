package org.borderland.data.factbook.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;
import org.borderland.data.factbook.FieldText;
import org.borderland.data.factbook.ReaderLog;
import org.borderland.data.factbook.archive.ArchiveCountries.Entry;
import org.borderland.data.factbook.archive.SqlInsertReader.Row;
import org.borderland.data.factbook.archive.SqlInsertReader.SqlSyntaxException;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.Importer;

/**
 * Reads the annual Factbook archive 1990–2025 ({@code factbook-archive-1990-2025}): one gzipped
 * T-SQL dump per edition ({@code fields/country_fields_YYYY.sql.gz}) joined by CountryID to {@code
 * reference_tables/countries.csv}, and hands every field to the field parser.
 *
 * <p>How an entry finds its country. A row's CountryID is looked up in {@code countries.csv}; the
 * entry's <em>name</em> (after any {@link NameCorrection}) is resolved with {@link
 * CountryRegistry#findByName} and the country must exist in the edition's year. The two-letter code
 * is never used: it is not a key (1992 {@code ca} is both Canada and Cape Verde; {@code so} is the
 * Soviet Union in 1990–91 and Somalia after; 1997 has two {@code gg} rows, the second South
 * Georgia). {@code MasterCountryID} is never used either: the master table maps the Soviet Union to
 * Russia and Czechoslovakia to Slovakia, and a predecessor's row must not become its successor's.
 * Non-state entries (World, oceans, the EU) are skipped and counted; any other unknown name stops
 * the import with the closest matches.
 *
 * <p>Edition Y is the year-end edition (published 31 December Y). The files are streamed one at a
 * time, so reading all 36 editions holds one edition's entries at most.
 *
 * <p>Text handling: line breaks inside a field ({@code \r\n}, {@code \r\r\n}, a lone {@code \r})
 * become {@code \n} and leading and trailing whitespace is removed; nothing else is changed. A
 * field that is empty after that is not reported. When one entry repeats a field with the very same
 * text (the 2020s editions list "Climate" under both Geography and Environment), it is reported
 * once. When one edition has two entries that resolve to the same country (2008 lists Serbia under
 * both {@code rb} and {@code ri}), the entry with the higher CountryID is kept and the other one is
 * reported in {@link #warnings()}.
 */
public final class ArchiveImporter implements Importer {
  /** The dataset id written into every row's source. */
  public static final String DATASET = "factbook-archive";

  /** The archive's folder under the sources directory. */
  public static final String FOLDER = "factbook-archive-1990-2025";

  /** The commit of the copy in {@code shared/data} (see {@code data/SOURCES.md}). */
  public static final String DEFAULT_COMMIT = "b998f60";

  /** The corrections the real archive needs; each one is pinned by a test. */
  public static final List<NameCorrection> DEFAULT_CORRECTIONS =
      List.of(
          new NameCorrection(
              "South Georgia and the",
              1997,
              1997,
              "South Georgia and the South Sandwich Islands",
              "the 1997 country table cuts the name short (CountryID 20887, code gg, the same code"
                  + " as Georgia's entry 20755)"),
          new NameCorrection(
              "Yugoslavia",
              1993,
              2003,
              "Serbia and Montenegro",
              "the 2001 edition's 'Yugoslavia' (CountryID 21991) is the Federal Republic of"
                  + " Yugoslavia formed on 27 April 1992 (its 'Independence' field), i.e. Serbia and"
                  + " Montenegro; the Socialist Federal Republic of Yugoslavia had dissolved"));

  private static final Pattern FILE = Pattern.compile("country_fields_(\\d{4})\\.sql\\.gz");
  private static final Pattern HEADER =
      Pattern.compile("CountryFields for year (\\d{4}): ([\\d,]+) rows");

  private final Function<FieldText, List<Observation>> parser;
  private final Predicate<String> nonStateName;
  private final List<NameCorrection> corrections;
  private final String commit;
  private final ReaderLog log = new ReaderLog("name: editions");

  /**
   * An importer for the copy in {@code shared/data}, with the default name corrections.
   *
   * @param parser turns one field into observations (the Factbook field parsers)
   * @param nonStateName whether an entry name is a non-state entry (World, oceans, the EU) to skip
   */
  public ArchiveImporter(
      Function<FieldText, List<Observation>> parser, Predicate<String> nonStateName) {
    this(parser, nonStateName, DEFAULT_CORRECTIONS, DEFAULT_COMMIT);
  }

  /**
   * An importer with explicit name corrections and commit.
   *
   * @param parser turns one field into observations
   * @param nonStateName whether an entry name is a non-state entry to skip
   * @param corrections names to read as other names in some editions
   * @param commit the archive commit cited in every source, e.g. {@code b998f60}
   */
  public ArchiveImporter(
      Function<FieldText, List<Observation>> parser,
      Predicate<String> nonStateName,
      List<NameCorrection> corrections,
      String commit) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.nonStateName = Objects.requireNonNull(nonStateName, "nonStateName");
    this.corrections = List.copyOf(corrections);
    this.commit = Objects.requireNonNull(commit, "commit");
  }

  @Override
  public String dataset() {
    return DATASET;
  }

  @Override
  public List<String> inputs() {
    return List.of(
        FOLDER + "/fields/country_fields_YYYY.sql.gz", FOLDER + "/reference_tables/countries.csv");
  }

  /**
   * Reads every edition and parses every field, editions in ascending order and fields in file
   * order.
   *
   * @throws ImportException naming the file and line when a file is missing, truncated or
   *     malformed, an entry name is unknown, or the parser fails on a field
   */
  @Override
  public List<Observation> read(Path sources, CountryRegistry registry) throws ImportException {
    List<Observation> out = new ArrayList<>();
    forEachField(
        sources,
        registry,
        f -> {
          try {
            out.addAll(parser.apply(f));
          } catch (RuntimeException e) {
            throw new UncheckedImport(ReaderLog.cannotParse(f, f.edition() + " edition", e));
          }
        });
    return out;
  }

  /** The editions present under {@code sources}, ascending. */
  public List<Integer> editions(Path sources) throws ImportException {
    Path dir = sources.resolve(FOLDER).resolve("fields");
    if (!Files.isDirectory(dir)) {
      throw new ImportException(
          DATASET,
          dir,
          0,
          "the archive's fields folder is missing; expected "
              + FOLDER
              + "/fields/country_fields_YYYY.sql.gz under the sources directory (see"
              + " data/SOURCES.md)");
    }
    List<Integer> years = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        Matcher m = FILE.matcher(p.getFileName().toString());
        if (m.matches()) {
          years.add(Integer.parseInt(m.group(1)));
        }
      }
    } catch (IOException e) {
      throw new ImportException(DATASET, dir, 0, "cannot list the folder: " + e.getMessage(), e);
    }
    if (years.isEmpty()) {
      throw new ImportException(
          DATASET, dir, 0, "no country_fields_YYYY.sql.gz files; is this the archive's folder?");
    }
    years.sort(null);
    return years;
  }

  /**
   * Streams every field of every edition to {@code sink}, editions ascending, fields in file order.
   * Holds one edition at a time. When it throws, what the sink has already received must be
   * discarded.
   *
   * @throws ImportException as for {@link #read}
   */
  public void forEachField(Path sources, CountryRegistry registry, Consumer<FieldText> sink)
      throws ImportException {
    log.clear();
    List<Integer> years = editions(sources);
    for (int i = 1; i < years.size(); i++) {
      if (years.get(i) != years.get(i - 1) + 1) {
        log.warn(
            "no archive edition between "
                + years.get(i - 1)
                + " and "
                + years.get(i)
                + " (missing country_fields files)");
      }
    }
    ArchiveCountries countries = readCountries(sources);
    for (int year : years) {
      readEdition(sources, registry, countries, year, sink);
    }
  }

  /**
   * Streams the fields of one edition to {@code sink}, in file order.
   *
   * @throws ImportException as for {@link #read}, or when there is no file for that edition
   */
  public void forEachField(
      Path sources, CountryRegistry registry, int edition, Consumer<FieldText> sink)
      throws ImportException {
    log.clear();
    readEdition(sources, registry, readCountries(sources), edition, sink);
  }

  /**
   * Every field of every edition, for tests and tools. Holds all of them (about a million fields,
   * several hundred MB): prefer {@link #forEachField(Path, CountryRegistry, Consumer)}.
   */
  public List<FieldText> fields(Path sources, CountryRegistry registry) throws ImportException {
    List<FieldText> out = new ArrayList<>();
    forEachField(sources, registry, out::add);
    return out;
  }

  /** Every field of one edition, in file order. */
  public List<FieldText> fields(Path sources, CountryRegistry registry, int edition)
      throws ImportException {
    List<FieldText> out = new ArrayList<>();
    forEachField(sources, registry, edition, out::add);
    return out;
  }

  /** What the last read noticed but did not stop for: duplicate entries, gaps, skipped entries. */
  @Override
  public List<String> warnings() {
    return log.warnings();
  }

  /** The non-state entry names the last read skipped, each with the number of editions. */
  public Map<String, Integer> skippedNonState() {
    return log.skipped();
  }

  /**
   * How the edition is cited, e.g. {@code 1995 edition (CIA-World-Factbooks-Archive-1990-2025 @
   * b998f60)}.
   */
  public String sourceEdition(int edition) {
    return edition + " edition (CIA-World-Factbooks-Archive-1990-2025 @ " + commit + ")";
  }

  private static ArchiveCountries readCountries(Path sources) throws ImportException {
    return ArchiveCountries.read(
        sources.resolve(FOLDER).resolve("reference_tables").resolve("countries.csv"), DATASET);
  }

  private Map<Long, String> resolveEntries(
      ArchiveCountries countries, CountryRegistry registry, int year) throws ImportException {
    Map<Long, String> iso3ById = new HashMap<>();
    Map<String, List<Entry>> byIso3 = new TreeMap<>();
    for (Entry e : countries.ofYear(year)) {
      String name = e.name();
      for (NameCorrection c : corrections) {
        if (c.appliesTo(name, year)) {
          name = c.name();
          break;
        }
      }
      if (nonStateName.test(name) || nonStateName.test(e.name())) {
        log.skip(name);
        continue;
      }
      Optional<Country> found = registry.findByName(name);
      String where =
          "CountryID "
              + e.countryId()
              + " (edition "
              + year
              + ", code '"
              + e.code()
              + "') is named '"
              + e.name()
              + "'"
              + (name.equals(e.name()) ? "" : ", read as '" + name + "'");
      if (found.isEmpty()) {
        List<Country> near = registry.suggest(name);
        throw new ImportException(
            DATASET,
            countries.file(),
            e.line(),
            where
                + ", which is neither a known country nor a non-state entry"
                + (near.isEmpty()
                    ? ""
                    : "; closest matches: "
                        + near.stream()
                            .map(c -> c.iso3() + " (" + c.name() + ")")
                            .collect(Collectors.joining(", ")))
                + ". Add the name as an alias in the country registry, to the non-state list, or as"
                + " a NameCorrection");
      }
      Country c = found.get();
      if (!c.existsIn(year)) {
        throw new ImportException(
            DATASET,
            countries.file(),
            e.line(),
            where
                + ", which the registry gives as "
                + c.iso3()
                + " ("
                + c.name()
                + ", "
                + c.fromYear()
                + "–"
                + (c.toYear() == null ? "" : c.toYear())
                + "), not existing in "
                + year
                + ". Fix the registry's years or add a NameCorrection for this edition");
      }
      iso3ById.put(e.countryId(), c.iso3());
      byIso3.computeIfAbsent(c.iso3(), k -> new ArrayList<>()).add(e);
    }
    for (Map.Entry<String, List<Entry>> d : byIso3.entrySet()) {
      List<Entry> same = d.getValue();
      if (same.size() < 2) {
        continue;
      }
      Entry keep = same.get(0);
      for (Entry e : same) {
        if (e.countryId() > keep.countryId()) {
          keep = e;
        }
      }
      for (Entry e : same) {
        if (e != keep) {
          iso3ById.remove(e.countryId());
          log.warn(
              "edition "
                  + year
                  + " has two entries for "
                  + d.getKey()
                  + ": kept CountryID "
                  + keep.countryId()
                  + " ('"
                  + keep.name()
                  + "', code "
                  + keep.code()
                  + "), dropped CountryID "
                  + e.countryId()
                  + " ('"
                  + e.name()
                  + "', code "
                  + e.code()
                  + ")");
        }
      }
    }
    return iso3ById;
  }

  private void readEdition(
      Path sources,
      CountryRegistry registry,
      ArchiveCountries countries,
      int year,
      Consumer<FieldText> sink)
      throws ImportException {
    Path file =
        sources.resolve(FOLDER).resolve("fields").resolve("country_fields_" + year + ".sql.gz");
    if (!Files.isRegularFile(file)) {
      throw new ImportException(
          DATASET, file, 0, "no archive file for the " + year + " edition; expected " + file);
    }
    Map<Long, String> iso3ById = resolveEntries(countries, registry, year);
    LocalDate published = LocalDate.of(year, 12, 31);
    String sourceEdition = sourceEdition(year);
    String where = ReaderLog.display(sources, file);
    Map<Long, Map<String, List<String>>> seen = new HashMap<>();
    long[] lastLine = {0};
    SqlInsertReader sql = null;
    try (InputStream raw = Files.newInputStream(file);
        InputStream gz = new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16);
        Reader reader = new Utf8Reader(gz)) {
      sql = new SqlInsertReader(reader);
      SqlInsertReader s = sql;
      sql.read(
          row -> {
            lastLine[0] = s.lastRowEndLine();
            emit(row, year, file, countries, iso3ById, seen, published, sourceEdition, where, sink);
          });
      checkHeader(sql, file, year);
    } catch (SqlSyntaxException e) {
      throw new ImportException(
          DATASET,
          file,
          e.line(),
          "column " + e.column() + ": " + e.getMessage() + truncationHint(e.getMessage()));
    } catch (CharacterCodingException e) {
      throw new ImportException(
          DATASET,
          file,
          sql == null ? 0 : sql.lastRowEndLine(),
          "the text is not valid UTF-8 after line "
              + (sql == null ? 0 : sql.lastRowEndLine())
              + " (the end of the last good row); the file is corrupt: re-copy it from"
              + " CIA-World-Factbooks-Archive-1990-2025 (see data/SOURCES.md)",
          e);
    } catch (IOException e) {
      long good = sql == null ? 0 : sql.lastRowEndLine();
      throw new ImportException(
          DATASET,
          file,
          good,
          "the gzip stream is truncated or corrupt ("
              + e.getMessage()
              + "); the last good line is "
              + good
              + ", the end of row "
              + (sql == null ? 0 : sql.rows())
              + ". Nothing from this edition was used: re-copy the file from"
              + " CIA-World-Factbooks-Archive-1990-2025 (see data/SOURCES.md)",
          e);
    } catch (UncheckedImport e) {
      throw e.cause;
    }
  }

  private static String truncationHint(String message) {
    return message.contains("file ends")
        ? "; the file looks truncated: re-copy it from CIA-World-Factbooks-Archive-1990-2025"
        : "";
  }

  private void checkHeader(SqlInsertReader sql, Path file, int year) throws ImportException {
    for (String comment : sql.headerComments()) {
      Matcher m = HEADER.matcher(comment);
      if (m.find()) {
        int headerYear = Integer.parseInt(m.group(1));
        long expected = Long.parseLong(m.group(2).replace(",", ""));
        if (headerYear != year) {
          throw new ImportException(
              DATASET,
              file,
              1,
              "the header says year " + headerYear + " but the file name says " + year);
        }
        if (expected != sql.rows()) {
          throw new ImportException(
              DATASET,
              file,
              sql.lastRowEndLine(),
              "the header announces "
                  + expected
                  + " rows but the file holds "
                  + sql.rows()
                  + " (last row ends at line "
                  + sql.lastRowEndLine()
                  + "); the file is incomplete: re-copy it");
        }
        return;
      }
    }
    log.warn(
        file.getFileName()
            + " has no '-- CountryFields for year Y: N rows' header; its completeness rests on the"
            + " gzip check alone");
  }

  /** Carries an ImportException out of the row callback. */
  private static final class UncheckedImport extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ImportException cause;

    UncheckedImport(ImportException cause) {
      super(cause.getMessage(), cause);
      this.cause = cause;
    }
  }

  private void emit(
      Row row,
      int year,
      Path file,
      ArchiveCountries countries,
      Map<Long, String> iso3ById,
      Map<Long, Map<String, List<String>>> seen,
      LocalDate published,
      String sourceEdition,
      String where,
      Consumer<FieldText> sink) {
    String iso3 = iso3ById.get(row.countryId());
    if (iso3 == null) {
      Entry e = countries.get(row.countryId());
      if (e == null) {
        throw new UncheckedImport(
            new ImportException(
                DATASET,
                file,
                row.line(),
                "CountryID "
                    + row.countryId()
                    + " is not in "
                    + countries.file()
                    + "; the fields file and the country table do not belong together"));
      }
      if (e.year() != year) {
        throw new UncheckedImport(
            new ImportException(
                DATASET,
                file,
                row.line(),
                "CountryID "
                    + row.countryId()
                    + " ('"
                    + e.name()
                    + "') belongs to the "
                    + e.year()
                    + " edition in the country table, not to "
                    + year));
      }
      return; // a non-state entry, or the dropped copy of a duplicated entry
    }
    String text = normalise(row.content());
    if (text.isEmpty()) {
      return;
    }
    String field = normalise(row.fieldName());
    List<String> texts =
        seen.computeIfAbsent(row.countryId(), k -> new HashMap<>())
            .computeIfAbsent(field, k -> new ArrayList<>(1));
    if (texts.contains(text)) {
      return;
    }
    texts.add(text);
    sink.accept(
        new FieldText(
            iso3, field, text, year, published, DATASET, sourceEdition, where + ":" + row.line()));
  }

  /** Line breaks to {@code \n}, edges stripped. */
  static String normalise(String s) {
    if (s.indexOf('\r') < 0) {
      return s.strip();
    }
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\r') {
        int j = i;
        while (j < s.length() && s.charAt(j) == '\r') {
          j++;
        }
        b.append('\n');
        i = j < s.length() && s.charAt(j) == '\n' ? j + 1 : j;
        continue;
      }
      b.append(c);
      i++;
    }
    return b.toString().strip();
  }
}
