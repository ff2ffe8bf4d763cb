package org.borderland.data.sipri;

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
import org.borderland.data.worldbank.CountryYearImporter;

/**
 * SIPRI military expenditure as a share of GDP, from Our World in Data's grapher export ({@code
 * worldbank/owid-military-spending-share-gdp-sipri.csv}; columns Entity, Code, Year, value, OWID
 * region): indicator {@code milex_gdp_pct}, percent.
 *
 * <p>Codes are ISO3, except OWID's own: {@code OWID_KOS} is Kosovo ({@code XKX}); other {@code
 * OWID_} codes are OWID's regions and groups and are skipped, as are entities without a code (OWID
 * codes every country, so an uncoded entity such as "European Union (SIPRI)" is a group). A code
 * neither in the registry nor OWID's is an error naming the closest entries.
 *
 * <p>A figure outside 0–100 is an error, with one documented exception: SIPRI puts Kuwait's 1991
 * spending (the Gulf War year) at 117.3% of its GDP. Spending is a ratio to GDP, not a share of a
 * whole, so it can pass 100; that row is kept as published, with a note saying why.
 */
public final class SipriMilexImporter extends CountryYearImporter {
  static final String FILE = "worldbank/owid-military-spending-share-gdp-sipri.csv";

  /**
   * SIPRI Military Expenditure Database via OWID (copy at khangnguyen0103/Military-Spending-
   * Visualization 6e42d49, SOURCES.md). Its newest figures are for 2024, which SIPRI first
   * published on 2025-04-28 (its annual April release); OWID's export date is not recorded.
   */
  public static final DatasetVintage VINTAGE =
      new DatasetVintage(
          "sipri-milex",
          "SIPRI Milex (share of GDP) via OWID grapher export, copy 6e42d49",
          2025,
          LocalDate.of(2025, 4, 28),
          "newest figures (2024) first published in SIPRI's April 2025 release");

  /** OWID's non-ISO codes that name a country. */
  private static final Map<String, String> OWID_COUNTRIES = Map.of("OWID_KOS", "XKX");

  /** Shares above 100% that SIPRI does report, by ISO3 and year, with why. */
  private static final Map<String, String> ABOVE_100 =
      Map.of("KWT 1991", "the Gulf War year: spending exceeded GDP");

  /** An importer of the file in the sources directory. */
  public SipriMilexImporter() {
    super(
        VINTAGE,
        FILE,
        "Entity",
        "Code",
        "Military expenditure (% of GDP)",
        "OWID groups and regions (no ISO3 code)");
  }

  @Override
  protected String iso3(String code) {
    return OWID_COUNTRIES.getOrDefault(code, code);
  }

  @Override
  protected boolean isGroup(String code) {
    return code.isEmpty() || code.startsWith("OWID_");
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
    if (backCast(country, year, skipped)) {
      return Optional.empty();
    }
    String note = "";
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
      String why = ABOVE_100.get(country.iso3() + " " + year);
      if (why == null || value.signum() < 0) {
        throw r.error(
            valueCol,
            "is outside 0–100",
            "a share of GDP must lie within 0–100; correct the row (or, for a figure SIPRI"
                + " really reports, list it in SipriMilexImporter.ABOVE_100 with the reason)");
      }
      note =
          "above 100% of GDP as published ("
              + why
              + "): spending is a ratio to GDP, not a share of a whole";
      skip(skipped, "values above 100 kept as published (documented)");
    }
    return Optional.of(
        VINTAGE.row(
            country.iso3(),
            Indicators.MILEX_GDP_PCT,
            "",
            value.doubleValue(),
            year,
            "Military expenditure (% of GDP)",
            r.text(),
            note));
  }
}
