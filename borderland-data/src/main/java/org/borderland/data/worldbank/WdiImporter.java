package org.borderland.data.worldbank;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.data.importer.CsvFile;
import org.borderland.data.importer.CsvRecord;
import org.borderland.data.importer.DatasetVintage;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;
import org.borderland.data.importer.Importer;

/**
 * World Bank World Development Indicators, as republished by the datasets/* GitHub repositories:
 * total population (SP.POP.TOTL, {@code population.csv}) and GDP in current US dollars
 * (NY.GDP.MKTP.CD, {@code gdp.csv}). Columns: Country Name, Country Code (ISO3), Year, Value.
 *
 * <p>Codes are ISO3 and are looked up in the registry directly. Aggregates (regions, income groups,
 * "World", the euro area…) are not countries: they are skipped and counted ({@link
 * WorldBankAggregates}). A code that is neither is an error naming the closest registry entries. A
 * figure for a year before the state existed (the World Bank back-casts today's territories, e.g.
 * Kazakhstan in 1990) is kept with a note saying so.
 */
public final class WdiImporter implements Importer {
  /** The panel's first year: rows describing earlier years are left out. */
  public static final int FIRST_YEAR = 1990;

  /**
   * WDI population via github.com/datasets/population at 425fc44 (SOURCES.md). The copy's commit
   * date is not recorded; the file's newest figures are for 2024, which the World Bank first
   * published in its July 2025 WDI update, so that update is taken as the vintage.
   */
  public static final DatasetVintage POPULATION_VINTAGE =
      new DatasetVintage(
          "wdi-population",
          "WDI SP.POP.TOTL via datasets/population 425fc44",
          2025,
          LocalDate.of(2025, 7, 1),
          "newest figures (2024) first published in the WDI July 2025 update; commit date unknown");

  /**
   * WDI GDP via github.com/datasets/gdp at 822019c (SOURCES.md), whose datapackage.json at that
   * commit says {@code last_updated: 2026-02-24}. The file's figures end in 2023.
   */
  public static final DatasetVintage GDP_VINTAGE =
      new DatasetVintage(
          "wdi-gdp",
          "WDI NY.GDP.MKTP.CD via datasets/gdp 822019c",
          2026,
          LocalDate.of(2026, 2, 24),
          "datapackage.json last_updated at the copied commit");

  private final DatasetVintage vintage;
  private final String file;
  private final String indicator;

  private WdiImporter(DatasetVintage vintage, String file, String indicator) {
    this.vintage = vintage;
    this.file = file;
    this.indicator = indicator;
  }

  /** Total population, persons. */
  public static WdiImporter population() {
    return new WdiImporter(POPULATION_VINTAGE, "worldbank/population.csv", Indicators.POPULATION);
  }

  /** GDP at the official exchange rate, current US dollars. */
  public static WdiImporter gdp() {
    return new WdiImporter(GDP_VINTAGE, "worldbank/gdp.csv", Indicators.GDP_USD);
  }

  @Override
  public String dataset() {
    return vintage.dataset();
  }

  @Override
  public List<String> inputs() {
    return List.of(file);
  }

  @Override
  public List<Observation> read(Path sources, CountryRegistry registry) throws ImportException {
    return report(sources, registry).observations();
  }

  /** Reads the file and says what was left out. */
  public ImportReport report(Path sources, CountryRegistry registry) throws ImportException {
    Map<String, Integer> skipped = new HashMap<>();
    List<Observation> out = new ArrayList<>();
    try (CsvFile f = CsvFile.open(vintage.dataset(), sources.resolve(file))) {
      int nameCol = f.column("Country Name");
      int codeCol = f.column("Country Code");
      int yearCol = f.column("Year");
      int valueCol = f.column("Value");
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        String code = r.get(codeCol);
        int year = r.year(yearCol, 1800, 2100);
        Optional<Country> country = registry.find(code);
        if (country.isEmpty()) {
          if (WorldBankAggregates.isAggregate(code)) {
            skipped.merge("aggregate rows (regions, income groups, World…)", 1, Integer::sum);
            continue;
          }
          throw unknown(r, codeCol, r.get(nameCol), registry);
        }
        if (year < FIRST_YEAR) {
          skipped.merge("rows before " + FIRST_YEAR, 1, Integer::sum);
          continue;
        }
        BigDecimal value = r.decimal(valueCol);
        if (value == null) {
          skipped.merge("rows without a value", 1, Integer::sum);
          continue;
        }
        if (value.signum() < 0) {
          throw r.error(valueCol, "is negative", "population and GDP are ≥ 0");
        }
        if (!beforeState(country.get(), year).isEmpty()) {
          skipped.merge(BACK_CAST, 1, Integer::sum);
          continue;
        }
        out.add(
            vintage.row(
                country.get().iso3(),
                indicator,
                "",
                value.doubleValue(),
                year,
                "Value",
                r.text(),
                ""));
      }
    }
    return new ImportReport(vintage.dataset(), out, skipped);
  }

  /**
   * Why a row was left out: it describes a year before the state existed (the World Bank and SIPRI
   * back-cast today's territories, e.g. Russia in 1990). Such a row is not the predecessor's figure
   * and, filed under the successor, would read as one; the panel leaves it out.
   */
  public static final String BACK_CAST =
      "figures for years before the state existed (back-casts for today's territory)";

  /** A note for a figure describing a year before the state existed, else empty. */
  public static String beforeState(Country c, int year) {
    if (year >= c.fromYear()) {
      return "";
    }
    return "describes "
        + year
        + ", before "
        + c.name()
        + " existed as a state (from "
        + c.fromYear()
        + "): a back-cast for today's territory, not the predecessor's figure";
  }

  /** The error for a code that is neither a registry country nor a known aggregate. */
  public static ImportException unknown(
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
