package org.borderland.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
  // Bliss (1935) beetle mortality after five hours' exposure to gaseous carbon disulphide, as
  // printed in A. J. Dobson and A. G. Barnett, "An Introduction to Generalized Linear Models",
  // 3rd ed. (Chapman & Hall/CRC, 2008), Table 7.2: log10 dose, beetles exposed, beetles killed.
  private static final double[] DOSE = {
    1.6907, 1.7242, 1.7552, 1.7842, 1.8113, 1.8369, 1.8610, 1.8839
  };
  private static final int[] EXPOSED = {59, 60, 62, 56, 63, 59, 62, 60};
  private static final int[] KILLED = {6, 13, 18, 28, 52, 53, 61, 60};

  /** The grouped data as 16 weighted rows: the killed (y = 1) and the survivors (y = 0). */
  private static LogisticRegression.Fit beetles(boolean firth) {
    int n = DOSE.length;
    double[][] x = new double[1][2 * n];
    double[] y = new double[2 * n];
    double[] w = new double[2 * n];
    for (int i = 0; i < n; i++) {
      x[0][2 * i] = DOSE[i];
      y[2 * i] = 1;
      w[2 * i] = KILLED[i];
      x[0][2 * i + 1] = DOSE[i];
      y[2 * i + 1] = 0;
      w[2 * i + 1] = EXPOSED[i] - KILLED[i];
    }
    return LogisticRegression.fit(List.of("dose"), x, y, w, firth);
  }

  @Test
  void reproducesTheTextbookBeetleFit() {
    // Dobson and Barnett (2008), Section 7.3.1 and Table 7.3: b1 = -60.72 (s.e. 5.18),
    // b2 = 34.27 (s.e. 2.91) for the logistic model, to the printed precision.
    LogisticRegression.Fit fit = beetles(false);
    assertThat(fit.converged()).isTrue();
    assertThat(fit.estimates()[0]).isCloseTo(-60.72, within(0.005));
    assertThat(fit.estimates()[1]).isCloseTo(34.27, within(0.005));
    assertThat(fit.standardErrors()[0]).isCloseTo(5.18, within(0.005));
    assertThat(fit.standardErrors()[1]).isCloseTo(2.91, within(0.005));
    assertThat(fit.n()).isEqualTo(481);
    assertThat(fit.events()).isEqualTo(291);
    assertThat(fit.terms()).containsExactly("(intercept)", "dose");
  }

  @Test
  void oneRowPerBeetleGivesTheSameFitAsWeights() {
    List<double[]> rows = new ArrayList<>();
    for (int i = 0; i < DOSE.length; i++) {
      for (int k = 0; k < EXPOSED[i]; k++) {
        rows.add(new double[] {DOSE[i], k < KILLED[i] ? 1 : 0});
      }
    }
    double[][] x = new double[1][rows.size()];
    double[] y = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      x[0][i] = rows.get(i)[0];
      y[i] = rows.get(i)[1];
    }
    LogisticRegression.Fit ungrouped = LogisticRegression.fit(List.of("dose"), x, y, null, false);
    LogisticRegression.Fit grouped = beetles(false);
    assertThat(ungrouped.estimates()[1]).isCloseTo(grouped.estimates()[1], within(1e-8));
    assertThat(ungrouped.standardErrors()[1]).isCloseTo(grouped.standardErrors()[1], within(1e-8));
  }

  @Test
  void firthWithoutCovariatesEstimatesKPlusAHalfOverNPlusOne() {
    // The Jeffreys-prior estimate of a proportion: (k + 1/2) / (n + 1); here 3 events in 20.
    double[] y = new double[20];
    for (int i = 0; i < 3; i++) {
      y[i] = 1;
    }
    LogisticRegression.Fit firth =
        LogisticRegression.fit(List.of(), new double[0][], y, null, true);
    LogisticRegression.Fit ml = LogisticRegression.fit(List.of(), new double[0][], y, null, false);
    assertThat(LogisticRegression.logistic(firth.estimates()[0]))
        .isCloseTo(3.5 / 21, within(1e-10));
    assertThat(LogisticRegression.logistic(ml.estimates()[0])).isCloseTo(3.0 / 20, within(1e-10));
  }

  @Test
  void firthStaysFiniteUnderCompleteSeparationAndShrinksTowardsZero() {
    // x < 0 never an event, x > 0 always: maximum likelihood has no finite estimate.
    double[][] x = {{-3, -2, -1, -0.5, 0.5, 1, 2, 3}};
    double[] y = {0, 0, 0, 0, 1, 1, 1, 1};
    LogisticRegression.Fit firth = LogisticRegression.fit(List.of("x"), x, y, null, true);
    LogisticRegression.Fit ml = LogisticRegression.fit(List.of("x"), x, y, null, false);
    assertThat(firth.converged()).isTrue();
    assertThat(firth.estimates()[1]).isPositive().isLessThan(10);
    assertThat(Math.abs(ml.estimates()[1])).isGreaterThan(3 * firth.estimates()[1]);
  }

  @Test
  void theIntervalSurroundsTheProbabilityAndNarrowsWithMoreData() {
    LogisticRegression.Fit fit = beetles(false);
    double[] at = {1.78};
    double p = fit.probability(at);
    double[] ci = fit.interval(at, 1.96);
    assertThat(ci[0]).isLessThan(p);
    assertThat(ci[1]).isGreaterThan(p);
    assertThat(p).isCloseTo(LogisticRegression.logistic(-60.717 + 34.270 * 1.78), within(1e-3));
  }

  @Test
  void rejectsMissingValuesBadOutcomesAndConstantTerms() {
    assertThatThrownBy(
            () ->
                LogisticRegression.fit(
                    List.of("x"),
                    new double[][] {{1, Double.NaN}},
                    new double[] {0, 1},
                    null,
                    true))
        .hasMessageContaining("row 1 is NaN")
        .hasMessageContaining("fill or drop");
    assertThatThrownBy(
            () ->
                LogisticRegression.fit(
                    List.of("x"), new double[][] {{1, 2}}, new double[] {0, 2}, null, true))
        .hasMessageContaining("Outcome of row 1 is 2.0");
    assertThatThrownBy(
            () ->
                LogisticRegression.fit(
                    List.of("x"), new double[][] {{1, 1, 1}}, new double[] {0, 1, 0}, null, false))
        .hasMessageContaining("singular");
    assertThatThrownBy(
            () ->
                LogisticRegression.fit(
                    List.of("x", "y"), new double[][] {{1, 2}}, new double[] {0, 1}, null, true))
        .hasMessageContaining("2 term names for 1 columns");
  }
}
