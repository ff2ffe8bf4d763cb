package org.borderland.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * COINr's skewness and kurtosis estimators, against values computed independently with SciPy 1.17.1
 * ({@code scipy.stats.skew(x, bias=False)} and {@code scipy.stats.kurtosis(x, bias=False)}, the
 * same G1 and G2 estimators) and against the values COINr's "Outlier treatment" vignette prints.
 */
class MomentsTest {
  private static final double[] COINR = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100};

  @Test
  void matchSciPyUnbiasedEstimators() {
    assertThat(Moments.skewness(COINR)).isCloseTo(3.0632410342394993, within(1e-12));
    assertThat(Moments.kurtosis(COINR)).isCloseTo(9.741390834569144, within(1e-12));
    double[] small = {2.5, -1.0, 4.0, 7.5, 0.25};
    assertThat(Moments.skewness(small)).isCloseTo(0.608398421731165, within(1e-12));
    assertThat(Moments.kurtosis(small)).isCloseTo(-0.23306352735154467, within(1e-12));
    double[] fib = {1, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89};
    assertThat(Moments.skewness(fib)).isCloseTo(1.8544121579705897, within(1e-12));
    assertThat(Moments.kurtosis(fib)).isCloseTo(3.081684495078729, within(1e-12));
  }

  @Test
  void matchTheValuesCoinrPrints() {
    // vignette("treat"): skew(x) 3.063241, kurt(x) 9.741391; after winsorising 100 → 30:
    // 1.712038 and 1.815781.
    assertThat(Moments.skewness(COINR)).isCloseTo(3.063241, within(5e-7));
    assertThat(Moments.kurtosis(COINR)).isCloseTo(9.741391, within(5e-7));
    double[] w = COINR.clone();
    w[11] = 30;
    assertThat(Moments.skewness(w)).isCloseTo(1.712038, within(5e-7));
    assertThat(Moments.kurtosis(w)).isCloseTo(1.815781, within(5e-7));
  }

  @Test
  void skipMissingValues() {
    double[] withGaps = {1, Double.NaN, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100, Double.NaN};
    assertThat(Moments.skewness(withGaps)).isEqualTo(Moments.skewness(COINR));
    assertThat(Moments.mean(withGaps)).isCloseTo(185.0 / 12, within(1e-12));
    assertThat(Moments.sd(new double[] {1, 2, 3, Double.NaN})).isEqualTo(1.0);
  }

  @Test
  void needThreeValuesForSkewnessAndFourForKurtosis() {
    assertThatThrownBy(() -> Moments.skewness(new double[] {1, 2, Double.NaN}))
        .hasMessageContaining("skewness of 2 values; at least 3");
    assertThatThrownBy(() -> Moments.kurtosis(new double[] {1, 2, 3}))
        .hasMessageContaining("kurtosis of 3 values; at least 4");
    assertThat(Moments.skewness(new double[] {4, 4, 4, 4})).isNaN();
  }
}
