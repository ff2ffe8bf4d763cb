package org.borderland.data.factbook;

import java.util.ArrayList;
import java.util.List;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;

/**
 * A small hand-made country registry for the parser tests on fixtures, so the parsers can be tested
 * on their own; the tests on the real data use the project's registry.
 */
final class TestRegistries {
  private TestRegistries() {}

  /** A registry of the countries the fixtures name. */
  static CountryRegistry small() {
    List<Country> c = new ArrayList<>();
    add(c, "RUS", "Russia", "Russian Federation");
    add(c, "KAZ", "Kazakhstan");
    add(c, "CHN", "China");
    add(c, "KGZ", "Kyrgyzstan", "Kyrgyz Republic");
    add(c, "TKM", "Turkmenistan");
    add(c, "UZB", "Uzbekistan");
    add(c, "LTU", "Lithuania");
    add(c, "LVA", "Latvia");
    add(c, "EST", "Estonia");
    add(c, "POL", "Poland");
    add(c, "BLR", "Belarus");
    add(c, "UKR", "Ukraine");
    add(c, "MDA", "Moldova", "Republic of Moldova");
    add(c, "ROU", "Romania");
    add(c, "GEO", "Georgia");
    add(c, "ARM", "Armenia");
    add(c, "AZE", "Azerbaijan");
    add(c, "IRN", "Iran");
    add(c, "TUR", "Turkey", "Turkiye");
    add(c, "BIH", "Bosnia and Herzegovina");
    add(c, "HRV", "Croatia");
    add(c, "SRB", "Serbia");
    add(c, "MNE", "Montenegro");
    add(c, "TTO", "Trinidad and Tobago");
    add(c, "VEN", "Venezuela");
    add(c, "FIN", "Finland");
    add(c, "NOR", "Norway");
    add(c, "MNG", "Mongolia");
    add(c, "PRK", "North Korea", "Korea, North");
    add(c, "USA", "United States");
    add(c, "CUB", "Cuba");
    add(c, "ESP", "Spain");
    add(c, "MAR", "Morocco");
    add(c, "GBR", "United Kingdom");
    add(c, "DEU", "Germany");
    add(c, "FRA", "France");
    add(c, "IRQ", "Iraq");
    add(c, "SAU", "Saudi Arabia");
    add(c, "AFG", "Afghanistan");
    add(c, "TJK", "Tajikistan");
    add(c, "QAT", "Qatar");
    add(c, "HUN", "Hungary");
    add(c, "SVN", "Slovenia");
    add(c, "PSE", "Palestine", "Gaza Strip", "West Bank");
    add(c, "ISR", "Israel");
    add(c, "EGY", "Egypt");
    add(c, "JOR", "Jordan");
    add(c, "LBN", "Lebanon");
    add(c, "SYR", "Syria");
    add(c, "PAK", "Pakistan");
    add(c, "BLZ", "Belize");
    add(c, "GTM", "Guatemala");
    add(c, "HND", "Honduras");
    add(c, "PHL", "Philippines");
    add(c, "MYS", "Malaysia");
    add(c, "SDN", "Sudan");
    add(c, "CAF", "Central African Republic");
    c.add(
        new Country(
            "SUN",
            "Soviet Union",
            "Union of Soviet Socialist Republics",
            Country.Kind.STATE,
            1922,
            1991,
            List.of("USSR"),
            ""));
    return new CountryRegistry(c, List.of());
  }

  private static void add(List<Country> out, String iso3, String name, String... aliases) {
    out.add(new Country(iso3, name, name, Country.Kind.STATE, 1800, null, List.of(aliases), ""));
  }
}
