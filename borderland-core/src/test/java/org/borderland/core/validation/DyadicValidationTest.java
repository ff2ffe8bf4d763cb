package org.borderland.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DyadicValidationTest {
  /**
   * Synthetic dyad-years 1990–2009 in which disputes follow one factor ("hot") and land contiguity,
   * and another factor ("cold") is noise and missing for a third of the rows.
   */
  private static DyadYears synthetic(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 40_000;
    String[] a = new String[n];
    String[] t = new String[n];
    int[] year = new int[n];
    int[] host = new int[n];
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (String c : List.of("hot", "cold", DyadYearBuilder.INDEX)) {
      cols.put(c, new double[n]);
    }
    for (String c : DyadYearBuilder.BREMER) {
      cols.put(c, new double[n]);
    }
    for (int i = 0; i < n; i++) {
      a[i] = "A" + (i % 50);
      t[i] = "T" + (i % 47);
      year[i] = 1990 + i % 20;
      double hot = r.nextDouble();
      double land = r.nextDouble() < 0.05 ? 1 : 0;
      cols.get("hot")[i] = hot;
      cols.get("cold")[i] = r.nextDouble() < 0.33 ? Double.NaN : r.nextDouble();
      cols.get(DyadYearBuilder.INDEX)[i] = (hot + r.nextDouble()) / 2;
      cols.get(DyadYearBuilder.LAND)[i] = land;
      cols.get(DyadYearBuilder.SEA)[i] = 0;
      cols.get(DyadYearBuilder.PACT)[i] = r.nextDouble() < 0.1 ? 1 : 0;
      cols.get(DyadYearBuilder.DISPARITY)[i] = 3 * r.nextDouble();
      cols.get(DyadYearBuilder.A_MAJOR)[i] = r.nextDouble() < 0.03 ? 1 : 0;
      cols.get(DyadYearBuilder.T_MAJOR)[i] = r.nextDouble() < 0.03 ? 1 : 0;
      double eta = -6 + 3 * hot + 2 * land;
      boolean event = r.nextDouble() < LogisticRegression.logistic(eta);
      host[i] = event ? (r.nextDouble() < 0.5 ? 4 : 2) : 0;
    }
    return new DyadYears(a, t, year, host, cols);
  }

  private static final DyadicValidation.Split SPLIT =
      new DyadicValidation.Split(1991, 2003, 2004, 2010);

  @Test
  void everyModelIsScoredOnTheTestYearsBesideTheNoSkillReferences() {
    DyadYears d = synthetic(7);
    DyadicValidation.Result r =
        DyadicValidation.run(d, List.of("hot", "cold"), DyadYears.Outcome.ANY_MID, SPLIT, 2);
    assertThat(r.models())
        .extracting(DyadicValidation.ModelResult::name)
        .containsExactly(
            "factors", "bremer", "contiguity", "index", "index-fitted", "factors+bremer");
    assertThat(r.trainN() + r.testN()).isEqualTo(d.size());
    DyadicValidation.ModelResult f = r.model("factors");
    assertThat(f.auc()).isGreaterThan(r.model("contiguity").auc()).isGreaterThan(0.6);
    assertThat(f.brier()).isLessThan(f.brierNoSkill());
    assertThat(f.prAuc()).isGreaterThan(r.testRate());
    assertThat(r.model("index").brier()).as("an unfitted score has no Brier score").isNull();
    assertThat(r.model("index").auc()).isEqualTo(r.model("index-fitted").auc());
    assertThat(f.fit().terms()).containsExactly("(intercept)", "hot", "cold", "cold missing");
    // The generating coefficient of "hot" is 3: its estimate lies within three standard errors.
    assertThat(Math.abs(f.fit().estimates()[1] - 3)).isLessThan(3 * f.fit().standardErrors()[1]);
    assertThat(f.reliability()).hasSize(Metrics.RARE_EVENT_EDGES.length - 1);
  }

  @Test
  void theUseOfForceCountsFewerEventsThanAnyDispute() {
    DyadYears d = synthetic(7);
    DyadicValidation.Result any =
        DyadicValidation.run(d, List.of("hot"), DyadYears.Outcome.ANY_MID, SPLIT, 1);
    DyadicValidation.Result force =
        DyadicValidation.run(d, List.of("hot"), DyadYears.Outcome.FORCE, SPLIT, 1);
    assertThat(force.testEvents()).isLessThan(any.testEvents()).isPositive();
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    DyadYears d = synthetic(11);
    DyadicValidation.Result one =
        DyadicValidation.run(d, List.of("hot", "cold"), DyadYears.Outcome.ANY_MID, SPLIT, 1);
    DyadicValidation.Result four =
        DyadicValidation.run(d, List.of("hot", "cold"), DyadYears.Outcome.ANY_MID, SPLIT, 4);
    for (int m = 0; m < one.models().size(); m++) {
      assertThat(four.models().get(m).auc()).isEqualTo(one.models().get(m).auc());
      assertThat(four.models().get(m).brier()).isEqualTo(one.models().get(m).brier());
    }
  }

  @Test
  void aSplitOutsideTheDataIsRefused() {
    DyadYears d = synthetic(3);
    assertThatThrownBy(
            () ->
                DyadicValidation.run(
                    d,
                    List.of("hot"),
                    DyadYears.Outcome.ANY_MID,
                    new DyadicValidation.Split(1960, 1970, 1971, 1980),
                    1))
        .hasMessageContaining("choose years the data cover");
    assertThatThrownBy(() -> new DyadicValidation.Split(1991, 2005, 2005, 2014))
        .hasMessageContaining("trainTo < testFrom");
  }

  @Test
  void theCalibrationFitsEveryYearAndSaysWhenItExtrapolates() {
    DyadYears d = synthetic(5);
    Calibration c = Calibration.fit(d, List.of("hot", "cold"), DyadYears.Outcome.ANY_MID);
    assertThat(c.n()).isEqualTo(d.size());
    assertThat(c.fromYear()).isEqualTo(1990);
    assertThat(c.toYear()).isEqualTo(2009);
    assertThat(c.extrapolates(2009)).isFalse();
    assertThat(c.extrapolates(2021)).isTrue();
    Map<String, double[]> hot =
        Map.of("hot", new double[] {0.9, 0.1}, "cold", new double[] {0.5, Double.NaN});
    Calibration.Probability high = c.probability(hot, 0);
    Calibration.Probability low = c.probability(hot, 1);
    assertThat(high.p()).isGreaterThan(low.p());
    assertThat(high.low()).isLessThan(high.p());
    assertThat(high.high()).isGreaterThan(high.p());
  }

  @Test
  void aDesignImputesTheTrainingMeanAndSharesOneMissingTermPerPattern() {
    double nan = Double.NaN;
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("x", new double[] {1, 3, nan, 5});
    cols.put("y", new double[] {1, 1, nan, 1});
    cols.put("z", new double[] {nan, nan, nan, nan});
    cols.put("w", new double[] {2, 2, 2, 7});
    DyadYears d =
        new DyadYears(
            new String[] {"A", "A", "A", "A"},
            new String[] {"B", "C", "D", "E"},
            new int[] {2000, 2000, 2000, 2001},
            new int[] {0, 1, 0, 0},
            cols);
    Design design = Design.learn(d, List.of("x", "y", "z", "w"), new int[] {0, 1, 2});
    // y is 1 wherever known and w is 2 in every training row: no value term (it would equal the
    // intercept); y's missingness is x's, so they share one term; z is never known.
    assertThat(design.terms()).containsExactly("x", "x & y missing");
    double[][] m = design.matrix(d, new int[] {2, 3});
    assertThat(m[0]).containsExactly(2, 5); // the training mean of x is (1 + 3) / 2
    assertThat(m[1]).containsExactly(1, 0);
  }
}
