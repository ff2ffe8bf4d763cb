package org.borderland.data.cow;

import java.util.ArrayList;
import java.util.List;
import org.borderland.core.country.CodeSystem;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.country.CrosswalkEntry;

/**
 * The small hand-built registry the importer tests on fixtures use (the tests on the real data use
 * the project's registry, {@code RegistryTables.standard()}).
 */
public final class TestRegistries {
  private TestRegistries() {}

  private static Country state(String iso3, String name, int from, Integer to) {
    return new Country(iso3, name, name, Country.Kind.STATE, from, to, List.of(), "");
  }

  private static CrosswalkEntry cow(String iso3, int ccode, int from, Integer to) {
    return new CrosswalkEntry(iso3, CodeSystem.COW, Integer.toString(ccode), from, to, "");
  }

  private static CrosswalkEntry iso2(String iso3, String code, int from, Integer to) {
    return new CrosswalkEntry(iso3, CodeSystem.ISO2, code, from, to, "");
  }

  /**
   * The fixtures' countries, with the traps: COW 365 is the USSR to 1991 and Russia from 1992; 345
   * is Yugoslavia, Serbia and Montenegro, then Serbia; 315 Czechoslovakia to 1992; 260 and 255 are
   * both Germany in 1990; 347 is Kosovo from 2008.
   */
  public static CountryRegistry small() {
    List<Country> cs =
        List.of(
            state("USA", "United States", 1800, null),
            state("GBR", "United Kingdom", 1800, null),
            state("FRA", "France", 1800, null),
            state("CHN", "China", 1800, null),
            state("SUN", "Soviet Union", 1922, 1991),
            state("RUS", "Russia", 1992, null),
            state("KAZ", "Kazakhstan", 1991, null),
            state("UKR", "Ukraine", 1991, null),
            state("GEO", "Georgia", 1991, null),
            state("EST", "Estonia", 1991, null),
            state("TUR", "Turkey", 1800, null),
            state("MNG", "Mongolia", 1921, null),
            state("DEU", "Germany", 1800, null),
            state("YUG", "Yugoslavia", 1918, 2002),
            state("SCG", "Serbia and Montenegro", 2003, 2006),
            state("SRB", "Serbia", 2006, null),
            state("CSK", "Czechoslovakia", 1918, 1992),
            state("CZE", "Czechia", 1993, null),
            state("SVK", "Slovakia", 1993, null),
            state("AUT", "Austria", 1800, null),
            state("XKX", "Kosovo", 2008, null),
            state("KWT", "Kuwait", 1961, null),
            state("TJK", "Tajikistan", 1991, null));
    List<CrosswalkEntry> xs = new ArrayList<>();
    xs.add(cow("USA", 2, 1800, null));
    xs.add(cow("GBR", 200, 1800, null));
    xs.add(cow("FRA", 220, 1800, null));
    xs.add(cow("CHN", 710, 1800, null));
    xs.add(cow("SUN", 365, 1922, 1991));
    xs.add(cow("RUS", 365, 1992, null));
    xs.add(cow("KAZ", 705, 1991, null));
    xs.add(cow("UKR", 369, 1991, null));
    xs.add(cow("GEO", 372, 1991, null));
    xs.add(cow("EST", 366, 1991, null));
    xs.add(cow("TUR", 640, 1800, null));
    xs.add(cow("MNG", 712, 1921, null));
    xs.add(cow("DEU", 255, 1990, null));
    xs.add(cow("DEU", 260, 1955, 1990));
    xs.add(cow("YUG", 345, 1918, 2002));
    xs.add(cow("SCG", 345, 2003, 2005));
    xs.add(cow("SRB", 345, 2006, null));
    xs.add(cow("CSK", 315, 1918, 1992));
    xs.add(cow("CZE", 316, 1993, null));
    xs.add(cow("SVK", 317, 1993, null));
    xs.add(cow("AUT", 305, 1800, null));
    xs.add(cow("XKX", 347, 2008, null));
    xs.add(cow("KWT", 690, 1961, null));
    xs.add(cow("TJK", 702, 1991, null));
    xs.add(iso2("USA", "US", 1800, null));
    xs.add(iso2("GBR", "GB", 1800, null));
    xs.add(iso2("FRA", "FR", 1800, null));
    xs.add(iso2("CHN", "CN", 1800, null));
    xs.add(iso2("SUN", "SU", 1922, 1991));
    xs.add(iso2("RUS", "RU", 1992, null));
    xs.add(iso2("KAZ", "KZ", 1991, null));
    xs.add(iso2("UKR", "UA", 1991, null));
    xs.add(iso2("GEO", "GE", 1991, null));
    xs.add(iso2("DEU", "DE", 1800, null));
    xs.add(iso2("SRB", "RS", 2006, null));
    xs.add(iso2("CZE", "CZ", 1993, null));
    return new CountryRegistry(cs, xs);
  }
}
