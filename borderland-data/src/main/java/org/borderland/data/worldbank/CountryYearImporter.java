package org.borderland.data.worldbank;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;
import org.borderland.data.importer.CsvFile;
import org.borderland.data.importer.CsvImporter;
import org.borderland.data.importer.CsvRecord;
import org.borderland.data.importer.DatasetVintage;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;

/**
 * An importer of a file with one figure per country and year, in four columns: the entity's name,
 * its ISO3 code, {@code Year} and the value (the layout of the World Bank's and Our World in Data's
 * exports).
 *
 * <p>Each row's code ({@linkplain #iso3 after any translation}) is looked up in the registry
 * directly. A code that is no registry country is skipped and counted when it names a group of
 * countries ({@link #isGroup}), and is otherwise an error naming the closest registry entries. Rows
 * before {@link #FIRST_YEAR} and rows without a value are skipped and counted; {@link #row} checks
 * the rest and makes their observations.
 */
public abstract class CountryYearImporter extends CsvImporter {
  /** The panel's first year: rows describing earlier years are left out. */
  public static final int FIRST_YEAR = 1990;

  /**
   * Why a row was left out: it describes a year before the state existed (the World Bank and SIPRI
   * back-cast today's territories, e.g. Russia in 1990). Such a row is not the predecessor's figure
   * and, filed under the successor, would read as one; the panel leaves it out.
   */
  public static final String BACK_CAST =
      "figures for years before the state existed (back-casts for today's territory)";

  private final String file;
  private final String nameColumn;
  private final String codeColumn;
  private final String valueColumn;
  private final String groups;

  /**
   * An importer of one file.
   *
   * @param vintage the release every row comes from
   * @param file the file, relative to the sources directory
   * @param nameColumn the column of the entity's name
   * @param codeColumn the column of its code
   * @param valueColumn the column of the figure
   * @param groups the skip reason for rows of groups of countries
   */
  protected CountryYearImporter(
      DatasetVintage vintage,
      String file,
      String nameColumn,
      String codeColumn,
      String valueColumn,
      String groups) {
    super(vintage, file);
    this.file = file;
    this.nameColumn = nameColumn;
    this.codeColumn = codeColumn;
    this.valueColumn = valueColumn;
    this.groups = groups;
  }

  /** The registry ISO3 key a code of the file stands for; the code itself unless overridden. */
  protected String iso3(String code) {
    return code;
  }

  /** Whether a code that is no registry country names a group of countries, to skip and count. */
  protected abstract boolean isGroup(String code);

  /**
   * The observation of a row of a registry country, from the panel's first year, with a value;
   * empty when the row is left out (counted in {@code skipped}).
   *
   * @param r the row
   * @param valueCol the value's column, for errors
   * @param country the row's country
   * @param year the year the figure describes
   * @param value the figure as written
   * @param skipped rows left out, by reason
   * @throws ImportException when the value is out of range
   */
  protected abstract Optional<Observation> row(
      CsvRecord r,
      int valueCol,
      Country country,
      int year,
      BigDecimal value,
      Map<String, Integer> skipped)
      throws ImportException;

  @Override
  public final ImportReport report(Path sources, CountryRegistry registry) throws ImportException {
    Map<String, Integer> skipped = new HashMap<>();
    List<Observation> out = new ArrayList<>();
    try (CsvFile f = open(sources, file)) {
      int nameCol = f.column(nameColumn);
      int codeCol = f.column(codeColumn);
      int yearCol = f.column("Year");
      int valueCol = f.column(valueColumn);
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        String code = r.get(codeCol);
        int year = r.year(yearCol, 1800, 2100);
        Optional<Country> country = registry.find(iso3(code));
        if (country.isEmpty()) {
          if (isGroup(code)) {
            skip(skipped, groups);
            continue;
          }
          throw unknown(r, codeCol, r.get(nameCol), registry);
        }
        if (year < FIRST_YEAR) {
          skip(skipped, "rows before " + FIRST_YEAR);
          continue;
        }
        BigDecimal value = r.decimal(valueCol);
        if (value == null) {
          skip(skipped, "rows without a value");
          continue;
        }
        row(r, valueCol, country.get(), year, value, skipped).ifPresent(out::add);
      }
    }
    return new ImportReport(dataset(), out, skipped);
  }

  /**
   * Whether a figure describes a year before the state existed (a back-cast for today's territory),
   * counting it in {@code skipped} as {@link #BACK_CAST} when it does.
   */
  protected static boolean backCast(Country c, int year, Map<String, Integer> skipped) {
    if (year >= c.fromYear()) {
      return false;
    }
    skip(skipped, BACK_CAST);
    return true;
  }

  /** The error for a code that is neither a registry country nor a known aggregate. */
  private static ImportException unknown(
      CsvRecord r, int col, String name, CountryRegistry registry) {
    List<Country> near =
        Stream.concat(registry.suggest(name).stream(), registry.suggest(r.get(col)).stream())
            .distinct()
            .limit(3)
            .toList();
    String hint =
        near.isEmpty()
            ? "add it to the registry, or to the aggregate list if it is not a country"
            : "did you mean "
                + String.join(
                    ", ", near.stream().map(c -> c.iso3() + " (" + c.name() + ")").toList())
                + "? Add it to the registry, or to the aggregate list if it is not a country";
    return r.error(col, "(" + name + ") is neither a registry country nor a known aggregate", hint);
  }
}
