package org.borderland.data.factbook.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.borderland.core.country.CodeSystem;
import org.borderland.core.country.Country;
import org.borderland.core.country.Country.Kind;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.country.CrosswalkEntry;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Source;
import org.borderland.data.factbook.FieldText;

/**
 * A small hand-built registry for the Factbook reader tests on fixtures (the tests on the real data
 * use the project's), with the historical entities the traps need and a few FIPS codes, and a
 * stand-in for the field parsers.
 */
public final class FactbookTestRegistry {
  private FactbookTestRegistry() {}

  /** Non-state names the tests skip. */
  public static final Predicate<String> NON_STATE_NAMES =
      n ->
          Set.of("world", "european union", "arctic ocean")
              .contains(CountryRegistry.normaliseName(n));

  /** Non-state FIPS codes the tests skip. */
  public static final Predicate<String> NON_STATE_FIPS =
      c -> Set.of("XX", "EE", "ZH", "OO").contains(c.toUpperCase(java.util.Locale.ROOT));

  /**
   * A stand-in for the field parsers: one observation per field, indicator {@code stub}, key = the
   * field name.
   */
  public static final Function<FieldText, List<Observation>> STUB_PARSER =
      f ->
          List.of(
              new Observation(
                  f.country(),
                  "stub",
                  f.field(),
                  null,
                  "",
                  null,
                  f.edition(),
                  f.published(),
                  true,
                  new Source(f.dataset(), f.sourceEdition(), f.field(), f.text())));

  /** The registry. */
  public static CountryRegistry registry() {
    List<Country> cs = new ArrayList<>();
    List<CrosswalkEntry> xw = new ArrayList<>();
    add(cs, xw, "CAN", "Canada", 1867, null, "CA", List.of());
    add(cs, xw, "CPV", "Cabo Verde", 1975, null, "CV", List.of("Cape Verde"));
    add(cs, xw, "SOM", "Somalia", 1960, null, "SO", List.of());
    add(cs, xw, "SUN", "Soviet Union", 1922, 1991, null, List.of("USSR"));
    add(cs, xw, "RUS", "Russia", 1991, null, "RS", List.of("Russian Federation"));
    add(cs, xw, "KAZ", "Kazakhstan", 1991, null, "KZ", List.of());
    add(cs, xw, "GEO", "Georgia", 1991, null, "GG", List.of());
    add(
        cs,
        xw,
        "SGS",
        "South Georgia and the South Sandwich Islands",
        1985,
        null,
        "SX",
        List.of("South Georgia and South Sandwich Islands"));
    add(cs, xw, "CSK", "Czechoslovakia", 1918, 1992, null, List.of());
    add(cs, xw, "CZE", "Czechia", 1993, null, "EZ", List.of("Czech Republic"));
    add(cs, xw, "SVK", "Slovakia", 1993, null, "LO", List.of());
    add(cs, xw, "YUG", "Yugoslavia", 1918, 1992, null, List.of());
    add(cs, xw, "SCG", "Serbia and Montenegro", 1992, 2006, null, List.of());
    add(cs, xw, "SRB", "Serbia", 2006, null, "RI", List.of());
    add(cs, xw, "UKR", "Ukraine", 1991, null, "UP", List.of());
    return new CountryRegistry(cs, xw);
  }

  private static void add(
      List<Country> cs,
      List<CrosswalkEntry> xw,
      String iso3,
      String name,
      int from,
      Integer to,
      String fips,
      List<String> aliases) {
    cs.add(new Country(iso3, name, name, Kind.STATE, from, to, aliases, ""));
    if (fips != null) {
      xw.add(new CrosswalkEntry(iso3, CodeSystem.FIPS, fips, from, to, ""));
    }
  }
}
