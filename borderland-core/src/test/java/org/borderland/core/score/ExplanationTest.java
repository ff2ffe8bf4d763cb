package org.borderland.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.Definition;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.ModelStep;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.RawValue;
import org.borderland.core.model.Sourcing;
import org.borderland.core.model.Transform;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.Source;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Imputation;
import org.borderland.core.pipeline.NormalisationSpec;
import org.junit.jupiter.api.Test;

/** Explanations, comparisons and histories of hand-made scorings. */
class ExplanationTest {
  private static final List<String> TARGETS =
      List.of("AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG");

  private static Observation row(String country, String indicator, double value, int edition) {
    return new Observation(
        country,
        indicator,
        "",
        value,
        "persons",
        edition - 1,
        edition,
        LocalDate.of(edition, 12, 31),
        true,
        new Source("factbook-archive", edition + " edition", "Population", "text"),
        "");
  }

  private static IndicatorSpec spec(String id, String factor, Transform t, double weight) {
    return new IndicatorSpec(
        id,
        id.toUpperCase(),
        factor,
        new Definition.KinShare(),
        1,
        t,
        weight,
        "%",
        false,
        Sourcing.of("factbook-archive"),
        null,
        "");
  }

  /**
   * Two factors: {@code alpha} (x1 with weight 1, x2 with weight 3) and {@code beta} (y, a ratio
   * with an outlier and a log transform), weighted 1 and 2 in the index.
   */
  private static Model model(Aggregation index, Imputation imputation, double low) {
    List<ModelStep> steps = new ArrayList<>();
    steps.add(new ModelStep.Impute(imputation));
    steps.add(ModelStep.Treat.winsorise(1));
    steps.add(new ModelStep.Normalise(NormalisationSpec.minMax(low, 100)));
    steps.add(new ModelStep.Aggregate(Aggregation.ARITHMETIC_MEAN));
    return new Model(
        "test",
        "Test model",
        "",
        Map.of(),
        List.of(
            new FactorGroup("alpha", "Alpha", "", 1, Aggregation.ARITHMETIC_MEAN, false),
            new FactorGroup("beta", "Beta", "", 2, Aggregation.ARITHMETIC_MEAN, false)),
        List.of(
            spec("x1", "alpha", null, 1),
            spec("x2", "alpha", null, 3),
            spec("y", "beta", new Transform.Log(0), 1)),
        index,
        steps);
  }

  /**
   * x1: 10, 20, …, 70; x2: 5, missing, 1, 2, 3, 4, 2.5; y: a ratio of two rows, 2, 3, 4, 400 (an
   * outlier), missing, 5, 6: EEE has only alpha.
   */
  private static RawTable raw(int year) {
    String[] t = TARGETS.toArray(String[]::new);
    double[] x1 = {10, 20, 30, 40, 50, 60, 70};
    Double[] x2 = {5.0, null, 1.0, 2.0, 3.0, 4.0, 2.5};
    Double[] y = {2.0, 3.0, 4.0, 400.0, null, 5.0, 6.0};
    RawValue[][] cells = new RawValue[t.length][3];
    for (int i = 0; i < t.length; i++) {
      cells[i][0] = RawValue.filled(x1[i], "%", List.of(row(t[i], "x1", x1[i], year)), "");
      cells[i][1] =
          x2[i] == null
              ? RawValue.missing("%", "the " + year + " edition has no entry")
              : RawValue.filled(x2[i], "%", List.of(row(t[i], "x2", x2[i], year)), "");
      cells[i][2] =
          y[i] == null
              ? RawValue.missing("ratio", "no population for " + t[i])
              : RawValue.filled(
                  y[i],
                  "ratio",
                  List.of(
                      row("ZZZ", "population", 100 * y[i], year),
                      row(t[i], "population", 100, year)),
                  "");
    }
    return new RawTable("test", "ZZZ", year, TARGETS, List.of("x1", "x2", "y"), cells);
  }

  private static Scoring score(Model m, RawTable raw) {
    Scorer s =
        new Scorer(
            m,
            new Panel(List.of()),
            CuratedCounts.none(),
            new CountryRegistry(List.of(), List.of()));
    return s.score(raw);
  }

  @Test
  void contributionsAreWeightSharesTimesScoresAndAddUpToTheIndex() {
    Scoring s = score(model(Aggregation.ARITHMETIC_MEAN, Imputation.NONE, 0), raw(2020));
    for (String t : TARGETS) {
      Explanation e = Explanation.of(s, t, false);
      assertThat(e.contributionTotal()).as(t).isCloseTo(e.index(), within(1e-9));
      double weights = 0;
      for (Explanation.Factor f : e.factors()) {
        if (f.present()) {
          assertThat(f.contribution()).isCloseTo(f.weight() * f.score(), within(1e-12));
          weights += f.weight();
        }
      }
      assertThat(weights).isCloseTo(1, within(1e-12));
    }
    Explanation a = Explanation.of(s, "AAA", false);
    assertThat(a.factor("alpha").weight()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(a.factor("beta").weight()).isCloseTo(2.0 / 3, within(1e-12));
    // EEE has no beta: alpha carries the whole weight and the index is alpha's score.
    Explanation e = Explanation.of(s, "EEE", false);
    assertThat(e.factor("beta").present()).isFalse();
    assertThat(e.factor("beta").contribution()).isNaN();
    assertThat(e.factor("alpha").weight()).isEqualTo(1.0);
    assertThat(e.index()).isCloseTo(e.factor("alpha").score(), within(1e-12));
  }

  @Test
  void ranksAndIndicatorsComeFromTheScoring() {
    Scoring s = score(model(Aggregation.ARITHMETIC_MEAN, Imputation.NONE, 0), raw(2020));
    Explanation a = Explanation.of(s, "AAA", false);
    assertThat(a.rank()).isEqualTo(s.result("AAA").orElseThrow().rank());
    assertThat(a.targets()).isEqualTo(7);
    assertThat(a.factor("alpha").rank()).isEqualTo(s.factorRank("AAA", "alpha").getAsInt());
    Explanation.Indicator x2 = a.factor("alpha").indicators().get(1);
    assertThat(x2.id()).isEqualTo("x2");
    assertThat(x2.raw()).isEqualTo(5.0);
    assertThat(x2.normalised()).isEqualTo(100.0); // the largest
    assertThat(x2.weight()).isCloseTo(0.75, within(1e-12));
    assertThat(x2.status()).isEqualTo(Explanation.Status.FILLED);
    assertThat(x2.primary().dataset()).isEqualTo("factbook-archive");
    assertThat(x2.primary().edition()).isEqualTo(2020);
    assertThat(x2.primary().refYear()).isEqualTo(2019);
  }

  @Test
  void aMissingValueSaysWhyAndTheOtherIndicatorCarriesTheFactor() {
    Scoring s = score(model(Aggregation.ARITHMETIC_MEAN, Imputation.NONE, 0), raw(2020));
    Explanation b = Explanation.of(s, "BBB", false);
    Explanation.Indicator x2 = b.factor("alpha").indicators().get(1);
    assertThat(x2.status()).isEqualTo(Explanation.Status.MISSING);
    assertThat(x2.raw()).isNull();
    assertThat(x2.normalised()).isNaN();
    assertThat(x2.weight()).isNaN();
    assertThat(x2.note()).isEqualTo("the 2020 edition has no entry");
    assertThat(b.factor("alpha").indicators().get(0).weight()).isEqualTo(1.0);
    assertThat(b.withStatus(Explanation.Status.MISSING))
        .extracting(Explanation.Indicator::id)
        .containsExactly("x2");
  }

  @Test
  void anImputedValueIsFlaggedWithTheMethodAndWhyItWasMissing() {
    Scoring s = score(model(Aggregation.ARITHMETIC_MEAN, Imputation.MEAN, 0), raw(2020));
    Explanation.Indicator x2 = Explanation.of(s, "BBB", false).factor("alpha").indicators().get(1);
    assertThat(x2.status()).isEqualTo(Explanation.Status.IMPUTED);
    assertThat(x2.raw()).isNull();
    assertThat(x2.normalised()).isNotNaN();
    assertThat(x2.note()).contains("impute").contains("mean").contains("no entry");
  }

  @Test
  void aRatioCitesBothSidesAndShowsItsTransformAndTreatment() {
    Scoring s = score(model(Aggregation.ARITHMETIC_MEAN, Imputation.NONE, 0), raw(2020));
    Explanation.Indicator y = Explanation.of(s, "DDD", false).factor("beta").indicators().get(0);
    assertThat(y.sources())
        .extracting(Explanation.SourceRef::country)
        .containsExactly("ZZZ", "DDD");
    assertThat(y.primary().country()).isEqualTo("ZZZ");
    assertThat(y.transform()).isEqualTo("ln(x)");
    assertThat(y.transformed()).isCloseTo(Math.log(400), within(1e-12));
    // ln 2 … ln 400 is still skewed by the outlier (skew 2.23, kurtosis 5.21): it is winsorised
    // down to the next value, after which the column passes.
    assertThat(y.treatment()).isEqualTo("winhi");
    assertThat(y.treated()).isCloseTo(Math.log(6), within(1e-12));
    Explanation.Indicator plain =
        Explanation.of(s, "AAA", false).factor("beta").indicators().get(0);
    assertThat(plain.treatment()).isEmpty();
    assertThat(plain.treated()).isNaN();
    Explanation.Indicator x1 = Explanation.of(s, "AAA", false).factor("alpha").indicators().get(0);
    assertThat(x1.transform()).isNull();
    assertThat(x1.transformed()).isNaN();
  }

  @Test
  void geometricContributionsAddUpToTheLogOfTheIndexAndHarmonicToItsReciprocal() {
    Scoring g = score(model(Aggregation.GEOMETRIC_MEAN, Imputation.NONE, 1), raw(2020));
    Scoring h = score(model(Aggregation.HARMONIC_MEAN, Imputation.NONE, 1), raw(2020));
    for (String t : TARGETS) {
      Explanation eg = Explanation.of(g, t, false);
      assertThat(eg.contributionTotal()).isCloseTo(Math.log(eg.index()), within(1e-9));
      Explanation eh = Explanation.of(h, t, false);
      assertThat(eh.contributionTotal()).isCloseTo(1 / eh.index(), within(1e-12));
    }
  }

  @Test
  void aComparisonsDifferencesAddUpToTheGapLargestFirst() {
    for (Aggregation m : Aggregation.values()) {
      Scoring s = score(model(m, Imputation.NONE, 1), raw(2020));
      for (String a : TARGETS) {
        for (String b : TARGETS) {
          if (a.equals(b)) {
            continue;
          }
          Comparison c = Comparison.of(Explanation.of(s, a, false), Explanation.of(s, b, false));
          assertThat(c.total()).as(m + " " + a + " vs " + b).isCloseTo(c.gap(), within(1e-9));
          // Positive gap exactly when the first target's index is higher.
          assertThat(Math.signum(c.gap()))
              .isEqualTo(Math.signum(c.first().index() - c.second().index()));
          for (int i = 1; i < c.differences().size(); i++) {
            assertThat(Math.abs(c.differences().get(i - 1).difference()))
                .isGreaterThanOrEqualTo(Math.abs(c.differences().get(i).difference()));
          }
        }
      }
    }
    Scoring s = score(model(Aggregation.ARITHMETIC_MEAN, Imputation.NONE, 0), raw(2020));
    Comparison c = Comparison.of(Explanation.of(s, "AAA", false), Explanation.of(s, "EEE", false));
    assertThat(c.gap())
        .isCloseTo(
            s.result("AAA").orElseThrow().index() - s.result("EEE").orElseThrow().index(),
            within(1e-12));
  }

  @Test
  void comparingTargetsOfDifferentScoringsIsRefused() {
    Model m = model(Aggregation.ARITHMETIC_MEAN, Imputation.NONE, 0);
    Explanation a = Explanation.of(score(m, raw(2020)), "AAA", false);
    Explanation b = Explanation.of(score(m, raw(2021)), "BBB", false);
    assertThatThrownBy(() -> Comparison.of(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one scoring");
    assertThatThrownBy(() -> Explanation.of(score(m, raw(2020)), "QQQ", false))
        .hasMessageContaining("QQQ was not scored");
  }

  @Test
  void historyNamesTheFactorThatMovedMostIncludingOneThatEnteredTheIndex() {
    Model m = model(Aggregation.ARITHMETIC_MEAN, Imputation.NONE, 0);
    Explanation y2020 = Explanation.of(score(m, raw(2020)), "EEE", false);
    Explanation y2021 = Explanation.of(score(m, raw(2021)), "EEE", true);
    // In 2022 EEE gets a y value: beta enters its index.
    RawTable r = raw(2022);
    RawValue[][] cells = new RawValue[TARGETS.size()][3];
    for (int t = 0; t < TARGETS.size(); t++) {
      for (int i = 0; i < 3; i++) {
        cells[t][i] = r.get(t, i);
      }
    }
    cells[4][2] = RawValue.filled(3.5, "ratio", List.of(row("EEE", "population", 1, 2022)), "");
    RawTable withBeta = new RawTable("test", "ZZZ", 2022, TARGETS, r.indicators(), cells);
    Explanation y2022 = Explanation.of(score(m, withBeta), "EEE", false);
    History h =
        History.of(
            "ZZZ",
            "EEE",
            "test",
            List.of(
                History.Point.of(y2020),
                History.Point.absent(2021, "not scored in this test"),
                History.Point.of(y2022)));
    assertThat(h.points()).extracting(History.Point::year).containsExactly(2020, 2021, 2022);
    assertThat(h.points().get(0).moved()).isNull();
    assertThat(h.points().get(1).scored()).isFalse();
    History.Move move = h.points().get(2).moved();
    assertThat(move.factor()).isEqualTo("beta");
    assertThat(move.kind()).isEqualTo(History.Kind.ENTERED);
    assertThat(move.from()).isEqualTo(2020);
    assertThat(move.indexChange()).isCloseTo(y2022.index() - y2020.index(), within(1e-12));
    // The effect of beta entering: the index with it minus alpha's alone.
    assertThat(move.change())
        .isCloseTo(y2022.index() - y2022.factor("alpha").score(), within(1e-9));
    assertThat(History.Point.of(y2021).added()).isTrue();
  }

  @Test
  void historyChangesOfFactorsScoredInBothYearsAddUpToTheIndexChange() {
    Model m = model(Aggregation.ARITHMETIC_MEAN, Imputation.NONE, 0);
    RawTable r = raw(2021);
    RawValue[][] cells = new RawValue[TARGETS.size()][3];
    for (int t = 0; t < TARGETS.size(); t++) {
      for (int i = 0; i < 3; i++) {
        cells[t][i] = r.get(t, i);
      }
    }
    cells[0][0] = RawValue.filled(45, "%", List.of(row("AAA", "x1", 45, 2021)), "");
    Explanation before = Explanation.of(score(m, raw(2020)), "AAA", false);
    Explanation after =
        Explanation.of(
            score(m, new RawTable("test", "ZZZ", 2021, TARGETS, r.indicators(), cells)),
            "AAA",
            false);
    History h =
        History.of(
            "ZZZ", "AAA", "test", List.of(History.Point.of(before), History.Point.of(after)));
    History.Move move = h.points().get(1).moved();
    assertThat(move.factor()).isEqualTo("alpha");
    assertThat(move.kind()).isEqualTo(History.Kind.CHANGED);
    double beta = after.factor("beta").contribution() - before.factor("beta").contribution();
    assertThat(move.change() + beta).isCloseTo(after.index() - before.index(), within(1e-9));
  }

  @Test
  void historyYearsStartAtTheAggressorsFirstFactbookEditionAndStopWhenAStateEnds() {
    Panel p =
        new Panel(List.of(row("RUS", "population", 1, 1992), row("RUS", "population", 1, 1993)));
    Country rus =
        new Country("RUS", "Russia", "Russia", Country.Kind.STATE, 1991, null, List.of(), "");
    Country kaz =
        new Country(
            "KAZ", "Kazakhstan", "Kazakhstan", Country.Kind.STATE, 1991, null, List.of(), "");
    Country old =
        new Country(
            "YUG", "Yugoslavia", "Yugoslavia", Country.Kind.STATE, 1918, 2003, List.of(), "");
    assertThat(History.years(p, 1990, 1996, rus, kaz))
        .containsExactly(1992, 1993, 1994, 1995, 1996);
    assertThat(History.years(p, 1990, 2006, rus, old)).startsWith(1992).endsWith(2003);
    // An aggressor without Factbook rows starts when both states exist.
    assertThat(History.years(p, 1990, 1993, kaz, rus)).containsExactly(1991, 1992, 1993);
  }
}
