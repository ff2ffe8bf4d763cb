package org.borderland.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.indicator.RawCalculator;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.Source;
import org.borderland.core.pipeline.Aggregation;

/** Small hand-made rows, registries and models for the model, indicator and panel tests. */
public final class ModelFixtures {
  private ModelFixtures() {}

  public static final Sourcing FACTBOOK = Sourcing.of("factbook-archive", "factbook-json");
  public static final Sourcing FACTBOOK_CENSUS =
      Sourcing.of("factbook-archive", "factbook-json", "curated");

  /** A row of the Factbook's year-end archive edition {@code edition}. */
  public static Observation fb(
      String country, String indicator, String key, Double value, Integer refYear, int edition) {
    return new Observation(
        country,
        indicator,
        key,
        value,
        unit(indicator),
        refYear,
        edition,
        LocalDate.of(edition, 12, 31),
        true,
        new Source(
            "factbook-archive",
            edition + " edition",
            indicator,
            indicator + " text of " + country + " in " + edition));
  }

  /** A row of a mid-year Factbook JSON snapshot. */
  public static Observation json(
      String country, String indicator, String key, Double value, Integer refYear, int edition) {
    return new Observation(
        country,
        indicator,
        key,
        value,
        unit(indicator),
        refYear,
        edition,
        LocalDate.of(edition, 6, 1),
        true,
        new Source("factbook-json", edition + " snapshot", indicator, "json " + edition));
  }

  /** A curated census row, published on {@code published}. */
  public static Observation census(
      String country, String key, double value, int refYear, LocalDate published, boolean ok) {
    return new Observation(
        country,
        "ethnic_share",
        key,
        value,
        "%",
        refYear,
        published.getYear(),
        published,
        true,
        new Source("curated", "curated/facts.yaml", "census-" + country, "statistics office"),
        ok ? "curated entry; verified (test)" : "curated entry; NOT verified");
  }

  /** A row of a single release with revised history. */
  public static Observation rev(
      String dataset, String country, String indicator, String key, double value, int refYear) {
    return new Observation(
        country,
        indicator,
        key,
        value,
        unit(indicator),
        refYear,
        2025,
        LocalDate.of(2025, 7, 1),
        false,
        new Source(dataset, dataset + " release", indicator, "row " + refYear));
  }

  private static String unit(String indicator) {
    if (indicator.endsWith("_km")) {
      return "km";
    }
    if (indicator.equals("population")) {
      return "persons";
    }
    if (indicator.endsWith("_share") || indicator.endsWith("_pct")) {
      return "%";
    }
    return "";
  }

  public static Panel panel(Observation... rows) {
    return new Panel(List.of(rows));
  }

  public static Panel panel(List<Observation> rows) {
    return new Panel(rows);
  }

  private static Country state(String iso3, String name, int from, Integer to) {
    return new Country(iso3, name, name, Country.Kind.STATE, from, to, List.of(), "");
  }

  /** Russia, its neighbours, a few beyond, the USSR (to 1991) and one territory. */
  public static CountryRegistry registry() {
    List<Country> cs = new ArrayList<>();
    cs.add(state("RUS", "Russia", 1991, null));
    cs.add(state("KAZ", "Kazakhstan", 1991, null));
    cs.add(state("UZB", "Uzbekistan", 1991, null));
    cs.add(state("KGZ", "Kyrgyzstan", 1991, null));
    cs.add(state("TKM", "Turkmenistan", 1991, null));
    cs.add(state("AZE", "Azerbaijan", 1991, null));
    cs.add(state("IRN", "Iran", 1800, null));
    cs.add(state("CHN", "China", 1949, null));
    cs.add(state("IND", "India", 1947, null));
    cs.add(state("UKR", "Ukraine", 1991, null));
    cs.add(state("MDA", "Moldova", 1991, null));
    cs.add(state("BLR", "Belarus", 1991, null));
    cs.add(state("POL", "Poland", 1800, null));
    cs.add(state("JPN", "Japan", 1800, null));
    cs.add(state("USA", "United States", 1800, null));
    cs.add(state("ISL", "Iceland", 1944, null));
    cs.add(state("TUR", "Turkey", 1800, null));
    cs.add(state("GEO", "Georgia", 1991, null));
    cs.add(state("PRK", "North Korea", 1948, null));
    cs.add(state("MNG", "Mongolia", 1921, null));
    cs.add(state("SUN", "Soviet Union", 1922, 1991));
    cs.add(state("HUN", "Hungary", 1800, null));
    cs.add(state("SVK", "Slovakia", 1993, null));
    cs.add(state("SRB", "Serbia", 2006, null));
    cs.add(state("BIH", "Bosnia and Herzegovina", 1992, null));
    cs.add(state("ISR", "Israel", 1948, null));
    cs.add(state("BGR", "Bulgaria", 1800, null));
    cs.add(
        new Country(
            "GIB", "Gibraltar", "Gibraltar", Country.Kind.TERRITORY, 1800, null, List.of(), ""));
    return new CountryRegistry(cs, List.of());
  }

  public static AggressorProfile russia() {
    Map<String, List<String>> blocs = new LinkedHashMap<>();
    blocs.put("CSTO", List.of("CSTO"));
    blocs.put("EAEU", List.of("EAEU", "EAEC"));
    blocs.put("CIS", List.of("CIS"));
    return new AggressorProfile(
        "RUS",
        List.of("Russian"),
        List.of("Russian"),
        blocs,
        Map.of("NATO", List.of("NATO")),
        List.of("USA"),
        List.of("CHN", "IRN"));
  }

  public static IndicatorSpec spec(String id, Definition d, Sourcing s) {
    return spec(id, d, s, null);
  }

  public static IndicatorSpec spec(String id, Definition d, Sourcing s, Integer maxAge) {
    return new IndicatorSpec(
        id, id, "f", d, 1, new Transform.Identity(), 1, "u", false, s, maxAge, "");
  }

  /** A one-factor model holding the given indicators, with Russia's profile. */
  public static Model model(IndicatorSpec... specs) {
    return new Model(
        "test",
        "Test",
        "",
        Map.of("RUS", russia()),
        List.of(new FactorGroup("f", "F", "why", 1, Aggregation.ARITHMETIC_MEAN, false)),
        List.of(specs),
        Aggregation.ARITHMETIC_MEAN,
        List.of());
  }

  /** The raw value of one indicator for RUS → {@code target} in {@code year}. */
  public static RawValue cell(Panel panel, IndicatorSpec spec, String target, int year) {
    return cell(panel, spec, target, year, CuratedCounts.none());
  }

  public static RawValue cell(
      Panel panel, IndicatorSpec spec, String target, int year, CuratedCounts c) {
    Model m = model(spec);
    return new RawCalculator(m, panel.index(), c, registry())
        .compute("RUS", year, List.of(target))
        .get(target, spec.id());
  }

  /** Curated counts for RUS→KAZ territorial_claims only: {@code n} facts, one verified. */
  public static CuratedCounts claimsOnly(int n) {
    return (a, t, f, y) -> {
      if (!a.equals("RUS") || !t.equals("KAZ") || !f.equals("territorial_claims")) {
        return Optional.empty();
      }
      List<Observation> rows = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        rows.add(
            new Observation(
                "KAZ",
                "curated_fact",
                f,
                1.0,
                "fact",
                2014,
                2014,
                LocalDate.of(2014, 8, 29),
                true,
                new Source("curated", "curated/facts.yaml", "fact-" + i, "cited"),
                i == 0 ? "verified (test)" : "NOT verified"));
      }
      return Optional.of(new CuratedCounts.Count(n, Math.min(n, 1), rows, "statements"));
    };
  }
}
