package org.borderland.data.worldbank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.borderland.core.country.Country;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.data.importer.CsvRecord;
import org.borderland.data.importer.DatasetVintage;
import org.borderland.data.importer.ImportException;

/**
 * World Bank World Development Indicators, as republished by the datasets/* GitHub repositories:
 * total population (SP.POP.TOTL, {@code population.csv}) and GDP in current US dollars
 * (NY.GDP.MKTP.CD, {@code gdp.csv}). Columns: Country Name, Country Code (ISO3), Year, Value.
 *
 * <p>Codes are ISO3 and are looked up in the registry directly. Aggregates (regions, income groups,
 * "World", the euro area…) are not countries: they are skipped and counted ({@link
 * WorldBankAggregates}). A code that is neither is an error naming the closest registry entries. A
 * figure for a year before the state existed (the World Bank back-casts today's territories, e.g.
 * Kazakhstan in 1990) is left out and counted ({@link #BACK_CAST}).
 */
public final class WdiImporter extends CountryYearImporter {
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

  private final String indicator;

  private WdiImporter(DatasetVintage vintage, String file, String indicator) {
    super(
        vintage,
        file,
        "Country Name",
        "Country Code",
        "Value",
        "aggregate rows (regions, income groups, World…)");
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
  protected boolean isGroup(String code) {
    return WorldBankAggregates.isAggregate(code);
  }

  @Override
  protected Optional<Observation> row(
      CsvRecord r,
      int valueCol,
      Country country,
      int year,
      BigDecimal value,
      Map<String, Integer> skipped)
      throws ImportException {
    if (value.signum() < 0) {
      throw r.error(valueCol, "is negative", "population and GDP are ≥ 0");
    }
    if (backCast(country, year, skipped)) {
      return Optional.empty();
    }
    return Optional.of(
        vintage()
            .row(country.iso3(), indicator, "", value.doubleValue(), year, "Value", r.text(), ""));
  }
}
