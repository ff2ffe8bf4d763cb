package org.borderland.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.model.Definition;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.ModelStep;
import org.borderland.core.model.Sourcing;
import org.borderland.core.model.Transform;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.Source;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.NormalisationSpec;

/** Small hand-made registries, panels and models for the validation tests. */
final class ValidationFixtures {
  private ValidationFixtures() {}

  static final List<String> STATES = List.of("GEO", "KAZ", "MDA", "RUS", "UKR");

  static CountryRegistry registry() {
    List<Country> cs = new ArrayList<>();
    for (String s : STATES) {
      cs.add(new Country(s, s, s, Country.Kind.STATE, 1991, null, List.of(), ""));
    }
    return new CountryRegistry(cs, List.of());
  }

  /** A row of the Factbook's year-end edition {@code edition}. */
  static Observation fb(String country, String indicator, String key, double value, int edition) {
    return new Observation(
        country,
        indicator,
        key,
        value,
        indicator.equals("population") ? "persons" : "km",
        edition - 1,
        edition,
        LocalDate.of(edition, 12, 31),
        true,
        new Source("factbook-archive", edition + " edition", indicator, "text " + edition));
  }

  /** A dispute {@code a} began against {@code t} in {@code year} (COW MID, revised history). */
  static Observation mid(String a, String t, int hostility, int year) {
    return new Observation(
        a,
        "mid_originated",
        t,
        (double) hostility,
        "hostility",
        year,
        2021,
        LocalDate.of(2021, 12, 31),
        false,
        new Source("cow-mid", "MID 5.0", "hostlev1/hostlev2", "row " + year));
  }

  /**
   * Populations in the 2000–2003 editions (the 2002 edition revises every figure tenfold, a trap
   * for a feature of 2001), land borders of Russia, and disputes: RUS→UKR (hostility 2) begun in
   * 2001, KAZ→GEO (1) in 2001, RUS→GEO (4) in 2002, UKR→MDA (1) in 2003, KAZ→UKR (1) in 2004, the
   * data's last year. A dispute every year lets a panel cut at any of them see that the release
   * covers that year; Kazakhstan's gap (2001, then 2004) is a trap for a count whose missingness
   * depends on the aggressor's next dispute.
   */
  static List<Observation> rows() {
    List<Observation> out = new ArrayList<>();
    double[] base = {4e6, 16e6, 3.5e6, 146e6, 48e6};
    for (int e = 2000; e <= 2003; e++) {
      for (int i = 0; i < STATES.size(); i++) {
        double v = base[i] * (1 + 0.01 * (e - 2000)) * (e >= 2002 && i != 3 ? 10 : 1);
        out.add(fb(STATES.get(i), "population", "", v, e));
      }
      out.add(fb("RUS", "land_border_km", "GEO", 875, e));
      out.add(fb("RUS", "land_border_km", "KAZ", 6846, e));
      out.add(fb("RUS", "land_border_km", "UKR", 1576, e));
    }
    out.add(mid("RUS", "UKR", 2, 2001));
    out.add(mid("KAZ", "GEO", 1, 2001));
    out.add(mid("RUS", "GEO", 4, 2002));
    out.add(mid("UKR", "MDA", 1, 2003));
    out.add(mid("KAZ", "UKR", 1, 2004));
    return out;
  }

  static Panel panel() {
    return new Panel(rows());
  }

  /**
   * The panel as it stood at the end of {@code year}: rows published by then, and rows of revised
   * releases describing that year or earlier.
   */
  static Panel knownBy(Panel panel, int year) {
    List<Observation> kept = new ArrayList<>();
    for (Observation o : panel.rows()) {
      if (LookAhead.violation(o, year) == null) {
        kept.add(o);
      }
    }
    return new Panel(kept);
  }

  private static IndicatorSpec spec(
      String id, String factor, Definition d, Sourcing s, Transform t) {
    return new IndicatorSpec(id, id, factor, d, 1, t, 1, "u", false, s, null, "");
  }

  /**
   * Three factors: relative weakness (population ratio, Factbook), border (land border, Factbook)
   * and claims (MID count, revised), plus a curated factor the validation must drop.
   */
  static Model model() {
    return new Model(
        "test",
        "Test",
        "",
        Map.of(),
        List.of(
            new FactorGroup("weakness", "Weakness", "", 1, Aggregation.ARITHMETIC_MEAN, false),
            new FactorGroup("border", "Border", "", 1, Aggregation.ARITHMETIC_MEAN, false),
            new FactorGroup("claims", "Claims", "", 1, Aggregation.ARITHMETIC_MEAN, false),
            new FactorGroup("leaders", "Leaders", "", 1, Aggregation.ARITHMETIC_MEAN, false)),
        List.of(
            spec(
                "population_ratio",
                "weakness",
                new Definition.Ratio(Definition.Quantity.POPULATION),
                Sourcing.of("factbook-archive"),
                new Transform.Log(0)),
            spec(
                "land_border",
                "border",
                new Definition.LandBorder(),
                Sourcing.of("factbook-archive"),
                new Transform.Identity()),
            spec(
                "disputes",
                "claims",
                new Definition.MidCount(5),
                Sourcing.revised("cow-mid"),
                new Transform.Identity()),
            spec(
                "leader_facts",
                "leaders",
                new Definition.CuratedCount("leader_relations", false),
                Sourcing.of("curated"),
                new Transform.Identity())),
        Aggregation.ARITHMETIC_MEAN,
        List.of(
            new ModelStep.Normalise(NormalisationSpec.minMax(0, 100)),
            new ModelStep.Aggregate(Aggregation.ARITHMETIC_MEAN)));
  }
}
