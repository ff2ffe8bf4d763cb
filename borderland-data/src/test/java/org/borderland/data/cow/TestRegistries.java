package org.borderland.data.cow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderland.core.country.CodeSystem;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.country.CrosswalkEntry;
import org.borderland.data.importer.CsvFile;
import org.borderland.data.importer.CsvRecord;
import org.borderland.data.importer.ImportException;

/**
 * Registries for the importer tests: a small hand-built one covering the fixtures, and a permissive
 * one built from the real data for the integration tests (the project's own registry replaces it
 * when the branches meet).
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

  /**
   * A permissive registry for the integration tests: every ISO3 code in {@code
   * crosswalk/country-codes.csv} (with its ISO2), Kosovo and the dissolved states, and COW codes
   * taken from the ideal-point file's ccode/iso3c pairs with the known traps corrected by year.
   */
  public static CountryRegistry fromRealData(Path data) throws ImportException {
    Map<String, Country> countries = new LinkedHashMap<>();
    List<CrosswalkEntry> xs = new ArrayList<>();
    Set<String> names = new HashSet<>();
    try (CsvFile f = CsvFile.open("test", data.resolve("crosswalk/country-codes.csv"))) {
      int iso3 = f.column("ISO3166-1-Alpha-3");
      int iso2 = f.column("ISO3166-1-Alpha-2");
      int name = f.column("CLDR display name");
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        String code = r.get(iso3);
        if (!code.matches("[A-Z]{3}") || countries.containsKey(code)) {
          continue;
        }
        String n = r.get(name).isBlank() ? code : r.get(name);
        if (!names.add(CountryRegistry.normaliseName(n))) {
          n = n + " (" + code + ")";
        }
        countries.put(code, state(code, n, 1800, null));
        if (r.get(iso2).matches("[A-Z]{2}")) {
          xs.add(iso2(code, r.get(iso2), 1800, null));
        }
      }
    }
    countries.put("XKX", state("XKX", "Kosovo", 2008, null));
    countries.put("SUN", state("SUN", "Soviet Union", 1922, 1991));
    countries.put("YUG", state("YUG", "Yugoslavia", 1918, 2002));
    countries.put("SCG", state("SCG", "Serbia and Montenegro", 2003, 2006));
    countries.put("CSK", state("CSK", "Czechoslovakia", 1918, 1992));
    countries.put("DDR", state("DDR", "German Democratic Republic", 1949, 1990));
    countries.put("YMD", state("YMD", "South Yemen", 1967, 1990));
    xs.add(iso2("XKX", "XK", 2008, null));
    Map<Integer, List<CrosswalkEntry>> special = new LinkedHashMap<>();
    special.put(365, List.of(cow("SUN", 365, 1800, 1991), cow("RUS", 365, 1992, null)));
    special.put(
        345,
        List.of(
            cow("YUG", 345, 1800, 2002), cow("SCG", 345, 2003, 2005), cow("SRB", 345, 2006, null)));
    special.put(315, List.of(cow("CSK", 315, 1800, 1992)));
    special.put(260, List.of(cow("DEU", 260, 1800, 1990)));
    special.put(255, List.of(cow("DEU", 255, 1800, null)));
    special.put(265, List.of(cow("DDR", 265, 1800, 1990)));
    special.put(678, List.of(cow("YEM", 678, 1800, 1990)));
    special.put(679, List.of(cow("YEM", 679, 1990, null)));
    special.put(680, List.of(cow("YMD", 680, 1800, 1990)));
    special.put(347, List.of(cow("XKX", 347, 2008, null)));
    special.values().forEach(xs::addAll);
    Set<Integer> done = new HashSet<>(special.keySet());
    try (CsvFile f =
        CsvFile.open("test", data.resolve("unga-idealpoints/IdealpointestimatesAll_Jul2023.csv"))) {
      int ccode = f.column("ccode");
      int iso3 = f.column("iso3c");
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        int c = r.integer(ccode);
        if (done.add(c) && countries.containsKey(r.get(iso3))) {
          xs.add(cow(r.get(iso3), c, 1800, null));
        }
      }
    }
    return new CountryRegistry(List.copyOf(countries.values()), xs);
  }

  /** The shared data directory, or {@code null} when it is absent. */
  public static Path sharedData() {
    String shared = System.getProperty("borderland.shared");
    if (shared == null) {
      return null;
    }
    Path data = Path.of(shared).resolve("data");
    return Files.isDirectory(data.resolve("cow-peacesciencer")) ? data : null;
  }
}
