package org.borderland.core.geography;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.model.AggressorProfile;
import org.borderland.core.model.Definition;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.Sourcing;
import org.borderland.core.model.Transform;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.PanelIndex;
import org.borderland.core.panel.Source;
import org.borderland.core.pipeline.Aggregation;

/**
 * A small hand-made world for the geography tests: Central Asia, the Caspian, and a few states
 * further west, with land-boundary lists and NATO membership in the 2021–2023 editions. The figures
 * are made up for the tests (the real panel has its own tests).
 */
final class MiniWorld {
  private MiniWorld() {}

  /** Each state's land neighbours, as every edition's list prints them. */
  static final Map<String, List<String>> LISTS =
      Map.ofEntries(
          Map.entry("RUS", List.of("AZE", "BLR", "CHN", "FIN", "KAZ", "POL", "UKR")),
          Map.entry("KAZ", List.of("CHN", "KGZ", "RUS", "TKM", "UZB")),
          Map.entry("UZB", List.of("AFG", "KAZ", "KGZ", "TJK", "TKM")),
          Map.entry("KGZ", List.of("CHN", "KAZ", "TJK", "UZB")),
          Map.entry("TJK", List.of("AFG", "CHN", "KGZ", "UZB")),
          Map.entry("TKM", List.of("AFG", "IRN", "KAZ", "UZB")),
          Map.entry("AFG", List.of("CHN", "IRN", "TJK", "TKM", "UZB")),
          Map.entry("CHN", List.of("AFG", "KAZ", "KGZ", "RUS", "TJK")),
          Map.entry("IRN", List.of("AFG", "AZE", "TKM")),
          Map.entry("AZE", List.of("IRN", "RUS")),
          Map.entry("UKR", List.of("BLR", "POL", "RUS")),
          Map.entry("BLR", List.of("POL", "RUS", "UKR")),
          // a trap: a dependent territory in a list is never a vertex
          Map.entry("POL", List.of("BLR", "GIB", "RUS", "UKR")),
          Map.entry("FIN", List.of("RUS", "SWE")),
          Map.entry("SWE", List.of("FIN")));

  static Observation fb(String country, String indicator, String key, Double value, int edition) {
    return new Observation(
        country,
        indicator,
        key,
        value,
        indicator.endsWith("_km") ? "km" : "",
        null,
        edition,
        LocalDate.of(edition, 12, 31),
        true,
        new Source(
            "factbook-archive",
            edition + " edition",
            indicator,
            indicator + " of " + country + " " + edition));
  }

  /** The panel: lists in 2021–2023; NATO: Poland throughout, Finland from the 2023 edition. */
  static Panel panel() {
    List<Observation> rows = new ArrayList<>();
    for (int e = 2021; e <= 2023; e++) {
      for (Map.Entry<String, List<String>> l : LISTS.entrySet()) {
        for (String n : l.getValue()) {
          String pair = l.getKey() + "-" + n;
          // the two sides disagree on the Kazakhstan–Russia border
          double km = pair.equals("KAZ-RUS") ? 7644 : pair.equals("RUS-KAZ") ? 7512.8 : 100;
          rows.add(fb(l.getKey(), "land_border_km", n, km, e));
        }
        rows.add(fb(l.getKey(), "member_of", "UN", 1.0, e));
        rows.add(fb(l.getKey(), "population", "", 1_000_000.0, e));
      }
      rows.add(fb("POL", "member_of", "NATO", 1.0, e));
      if (e >= 2023) {
        rows.add(fb("FIN", "member_of", "NATO", 1.0, e));
      }
    }
    return new Panel(rows);
  }

  static PanelIndex index() {
    return panel().index();
  }

  private static Country state(String iso3, String name, int from, Integer to) {
    return new Country(iso3, name, name, Country.Kind.STATE, from, to, List.of(), "");
  }

  static CountryRegistry registry() {
    List<Country> cs = new ArrayList<>();
    for (String c : LISTS.keySet()) {
      cs.add(state(c, "State " + c, 1991, null));
    }
    cs.add(state("SUN", "Soviet Union", 1922, 1991));
    cs.add(
        new Country(
            "GIB", "Gibraltar", "Gibraltar", Country.Kind.TERRITORY, 1800, null, List.of(), ""));
    return new CountryRegistry(cs, List.of());
  }

  static Geography geography() {
    return new Geography(index(), registry());
  }

  /** Russia's profile: no transit through China or Iran; NATO a rival bloc. */
  static AggressorProfile russia() {
    return new AggressorProfile(
        "RUS",
        List.of(),
        List.of(),
        Map.of(),
        Map.of("NATO", List.of("NATO")),
        List.of(),
        List.of("CHN", "IRN"));
  }

  /** A model with the gateway indicators (states and population) and Russia's profile. */
  static Model model() {
    Sourcing fb = Sourcing.of("factbook-archive");
    return new Model(
        "geo",
        "Geo",
        "",
        Map.of("RUS", russia()),
        List.of(new FactorGroup("f", "F", "why", 1, Aggregation.ARITHMETIC_MEAN, false)),
        List.of(
            spec("gateway", new Definition.GatewayCount(), fb),
            spec(
                "gateway_population",
                new Definition.GatewayCount(Definition.GatewayCount.Measure.POPULATION),
                fb)),
        Aggregation.ARITHMETIC_MEAN,
        List.of());
  }

  private static IndicatorSpec spec(String id, Definition d, Sourcing s) {
    return new IndicatorSpec(
        id, id, "f", d, 1, new Transform.Identity(), 1, "u", false, s, null, "");
  }
}
