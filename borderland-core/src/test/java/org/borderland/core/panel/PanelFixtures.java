package org.borderland.core.panel;

import java.time.LocalDate;
import java.util.List;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.country.CrosswalkEntry;

/** Small hand-made rows and registries for tests. */
final class PanelFixtures {
  private PanelFixtures() {}

  static Observation factbook(
      String country, String indicator, String key, Double value, Integer refYear, int edition) {
    return new Observation(
        country,
        indicator,
        key,
        value,
        indicator.endsWith("_km") ? "km" : indicator.equals("population") ? "persons" : "%",
        refYear,
        edition,
        LocalDate.of(edition, 12, 31),
        true,
        new Source("factbook-archive", edition + " edition", "Field", "raw text " + edition));
  }

  static Observation revised(String country, String indicator, double value, int refYear) {
    return new Observation(
        country,
        indicator,
        "",
        value,
        "persons",
        refYear,
        2025,
        LocalDate.of(2025, 7, 1),
        false,
        new Source("wdi-population", "WDI 2025", "Value", "row " + refYear));
  }

  static CountryRegistry registry() {
    return new CountryRegistry(
        List.of(
            new Country(
                "KAZ",
                "Kazakhstan",
                "Republic of Kazakhstan",
                Country.Kind.STATE,
                1991,
                null,
                List.of("Kazakstan"),
                ""),
            new Country(
                "RUS",
                "Russia",
                "Russian Federation",
                Country.Kind.STATE,
                1991,
                null,
                List.of(),
                ""),
            new Country(
                "SUN",
                "Soviet Union",
                "Union of Soviet Socialist Republics",
                Country.Kind.STATE,
                1922,
                1991,
                List.of("USSR"),
                ""),
            new Country(
                "CHN",
                "China",
                "People's Republic of China",
                Country.Kind.STATE,
                1949,
                null,
                List.of(),
                "")),
        List.of(
            new CrosswalkEntry(
                "SUN", org.borderland.core.country.CodeSystem.COW, "365", 1922, 1991, ""),
            new CrosswalkEntry(
                "RUS", org.borderland.core.country.CodeSystem.COW, "365", 1992, null, "")));
  }
}
