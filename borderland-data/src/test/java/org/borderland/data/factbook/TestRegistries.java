package org.borderland.data.factbook;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;

/**
 * Country registries for tests: a small hand-made one, and (for the tests on the real data only)
 * one derived from {@code crosswalk/country-codes.csv} and the archive's own names. The project's
 * real registry is built elsewhere; these exist so the parsers can be tested on their own.
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

  /** Entities the archive's master table attributes to a successor, and other names it lacks. */
  private static final Map<String, String> ARCHIVE_TRAPS =
      Map.ofEntries(
          Map.entry("soviet union", "SUN"),
          Map.entry("czechoslovakia", "CSK"),
          Map.entry("german democratic republic", "DDR"),
          Map.entry("yemen, people's democratic republic of", "YMD"),
          Map.entry("yugoslavia", "YUG"),
          Map.entry("serbia and montenegro", "SCG"),
          Map.entry("netherlands antilles", "ANT"),
          Map.entry("kosovo", "XKX"),
          Map.entry("gaza strip", "PSE"),
          Map.entry("west bank", "PSE"));

  /** The registry and the archive CountryID → ISO3 map derived from the shared data. */
  record Derived(
      CountryRegistry registry,
      Map<Integer, String> archiveCountries,
      Map<Integer, String> archiveNames) {}

  /** Builds a registry from the shared data (tests on real data only). */
  static Derived fromSharedData(Path data) throws IOException {
    Map<String, Set<String>> names = new LinkedHashMap<>();
    Map<String, String> fipsToIso = new HashMap<>();
    Map<String, String> iso2ToIso = new HashMap<>();
    Map<String, String> display = new HashMap<>();
    for (Map<String, String> r : csv(data.resolve("crosswalk/country-codes.csv"))) {
      String iso3 = r.get("ISO3166-1-Alpha-3");
      if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
        continue;
      }
      Set<String> n = names.computeIfAbsent(iso3, k -> new LinkedHashSet<>());
      for (String col :
          List.of(
              "CLDR display name",
              "official_name_en",
              "UNTERM English Short",
              "ISO4217-currency_country_name")) {
        String v = r.get(col);
        if (v != null && !v.isBlank()) {
          n.add(v.replaceAll("\\s*\\(the\\)$", "").strip());
        }
      }
      display.put(iso3, n.iterator().next());
      if (r.get("FIPS") != null && !r.get("FIPS").isBlank()) {
        fipsToIso.put(r.get("FIPS").toLowerCase(Locale.ROOT), iso3);
      }
      if (r.get("ISO3166-1-Alpha-2") != null) {
        iso2ToIso.put(r.get("ISO3166-1-Alpha-2"), iso3);
      }
    }
    Map<String, int[]> years = new HashMap<>();
    hist(
        names,
        years,
        "SUN",
        1922,
        1991,
        "Soviet Union",
        "USSR",
        "Union of Soviet Socialist Republics");
    hist(names, years, "YUG", 1918, 1992, "Yugoslavia");
    hist(names, years, "SCG", 1992, 2006, "Serbia and Montenegro");
    hist(names, years, "CSK", 1918, 1992, "Czechoslovakia");
    hist(names, years, "DDR", 1949, 1990, "East Germany", "German Democratic Republic", "GDR");
    hist(
        names,
        years,
        "YMD",
        1967,
        1990,
        "South Yemen",
        "Yemen, People's Democratic Republic of",
        "PDRY");
    hist(names, years, "ANT", 1954, 2010, "Netherlands Antilles");
    hist(names, years, "XKX", 2008, null, "Kosovo");
    names.get("YEM").add("Yemen Arab Republic");
    names.get("DEU").add("Germany, Federal Republic of");
    names.get("DEU").add("West Germany");
    names.get("PSE").addAll(List.of("Gaza Strip", "West Bank"));
    // The UK's Sovereign Base Areas on Cyprus, as the Factbook lists them.
    names.get("GBR").addAll(List.of("Akrotiri", "Dhekelia"));
    // The archive's own names, via the row's FIPS code or the master table's ISO2.
    Map<String, Map<String, String>> master = new HashMap<>();
    for (Map<String, String> r :
        csv(data.resolve("factbook-archive-1990-2025/reference_tables/master_countries.csv"))) {
      master.put(r.get("MasterCountryID"), r);
    }
    Map<Integer, String> archive = new HashMap<>();
    Map<Integer, String> archiveNames = new HashMap<>();
    CountryRegistry base = build(names, years, display);
    for (Map<String, String> r :
        csv(data.resolve("factbook-archive-1990-2025/reference_tables/countries.csv"))) {
      int id = Integer.parseInt(r.get("CountryID"));
      String name = r.get("Name");
      archiveNames.put(id, name);
      Map<String, String> m = master.get(r.get("MasterCountryID"));
      if (m != null && "misc".equals(m.get("EntityType"))) {
        continue;
      }
      String folded = name.toLowerCase(Locale.ROOT);
      String iso = ARCHIVE_TRAPS.get(folded);
      if (iso == null && folded.contains("neutral zone")) {
        continue;
      }
      if (iso == null) {
        iso =
            base.findByName(name)
                .or(() -> base.findByName(name.replaceFirst("^St\\. ", "Saint ")))
                .map(Country::iso3)
                .orElse(null);
      }
      if (iso == null) {
        iso = fipsToIso.get(r.get("Code").toLowerCase(Locale.ROOT));
      }
      if (iso == null && m != null) {
        iso = iso2ToIso.get(m.get("ISOAlpha2"));
      }
      if (iso == null) {
        continue;
      }
      archive.put(id, iso);
      names.computeIfAbsent(iso, k -> new LinkedHashSet<>()).add(name);
      if (m != null && ARCHIVE_TRAPS.get(folded) == null) {
        names.get(iso).add(m.get("CanonicalName"));
      }
    }
    return new Derived(build(names, years, display), archive, archiveNames);
  }

  private static void hist(
      Map<String, Set<String>> names,
      Map<String, int[]> years,
      String iso3,
      int from,
      Integer to,
      String... n) {
    names.computeIfAbsent(iso3, k -> new LinkedHashSet<>()).addAll(List.of(n));
    years.put(iso3, new int[] {from, to == null ? -1 : to});
  }

  private static CountryRegistry build(
      Map<String, Set<String>> names, Map<String, int[]> years, Map<String, String> display) {
    Map<String, String> claimed = new HashMap<>();
    List<Country> countries = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : names.entrySet()) {
      List<String> own = new ArrayList<>();
      for (String n : e.getValue()) {
        String k = CountryRegistry.normaliseName(n);
        String prev = claimed.putIfAbsent(k, e.getKey());
        if (prev == null || prev.equals(e.getKey())) {
          own.add(n);
        }
      }
      if (own.isEmpty()) {
        continue;
      }
      String name = display.getOrDefault(e.getKey(), own.get(0));
      if (!own.contains(name)) {
        name = own.get(0);
      }
      int[] y = years.get(e.getKey());
      List<String> aliases = new ArrayList<>(own);
      aliases.remove(name);
      countries.add(
          new Country(
              e.getKey(),
              name,
              name,
              Country.Kind.STATE,
              y == null ? 1800 : y[0],
              y == null || y[1] < 0 ? null : y[1],
              aliases,
              ""));
    }
    return new CountryRegistry(countries, List.of());
  }

  private static List<Map<String, String>> csv(Path file) throws IOException {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<Map<String, String>> out = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
        mapper.readerFor(Map.class).with(schema).readValues(file.toFile())) {
      while (it.hasNext()) {
        out.add(it.next());
      }
    }
    return out;
  }
}
