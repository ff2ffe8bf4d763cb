package org.borderland.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every aggregator keeps its contract; then reference values and the mean inequality. */
class AggregationContractTest {
  private static final double NA = Double.NaN;

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void equalValuesAggregateToThatValue(Aggregation a) {
    assertThat(a.aggregate(new double[] {42, 42, 42}, new double[] {1, 5, 0.5}))
        .isCloseTo(42, within(1e-12));
  }

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void skipsMissingChildrenAndRescalesTheRemainingWeights(Aggregation a) {
    double withGap = a.aggregate(new double[] {10, NA, 40}, new double[] {1, 7, 3});
    double without = a.aggregate(new double[] {10, 40}, new double[] {1, 3});
    assertThat(withGap).isCloseTo(without, within(1e-12));
  }

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void allMissingGivesMissing(Aggregation a) {
    assertThat(a.aggregate(new double[] {NA, NA}, new double[] {1, 1})).isNaN();
  }

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void weightsAreRelative(Aggregation a) {
    double[] x = {3, 9, 27};
    assertThat(a.aggregate(x, new double[] {1, 2, 3}))
        .isCloseTo(a.aggregate(x, new double[] {10, 20, 30}), within(1e-12));
  }

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void liesBetweenTheSmallestAndLargestValue(Aggregation a) {
    Random r = new Random(7);
    for (int k = 0; k < 50; k++) {
      double[] x = r.doubles(6, 0.5, 100).toArray();
      double[] w = r.doubles(6, 0, 3).toArray();
      double y = a.aggregate(x, w);
      assertThat(y)
          .isBetween(
              Arrays.stream(x).min().orElseThrow() - 1e-9,
              Arrays.stream(x).max().orElseThrow() + 1e-9);
    }
  }

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void rejectsMismatchedOrNegativeWeights(Aggregation a) {
    assertThatThrownBy(() -> a.aggregate(new double[] {1, 2}, new double[] {1}))
        .hasMessageContaining("2 values but 1 weights");
    assertThatThrownBy(() -> a.aggregate(new double[] {1, 2}, new double[] {1, -1}))
        .hasMessageContaining("weight -1.0");
  }

  @Test
  void harmonicIsAtMostGeometricIsAtMostArithmeticForPositiveValues() {
    Random r = new Random(11);
    for (int k = 0; k < 200; k++) {
      double[] x = r.doubles(5, 0.01, 100).toArray();
      double[] w = r.doubles(5, 0.1, 2).toArray();
      double am = Aggregation.ARITHMETIC_MEAN.aggregate(x, w);
      double gm = Aggregation.GEOMETRIC_MEAN.aggregate(x, w);
      double hm = Aggregation.HARMONIC_MEAN.aggregate(x, w);
      assertThat(gm).isLessThanOrEqualTo(am + 1e-12);
      assertThat(hm).isLessThanOrEqualTo(gm + 1e-12);
    }
  }

  @Test
  void referenceValues() {
    // COINr's a_amean example: x = 1:10, w = 10:1 gives 220/55 = 4.
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    double[] w = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    assertThat(Aggregation.ARITHMETIC_MEAN.aggregate(x, w)).isCloseTo(4.0, within(1e-14));
    // (2^1 · 8^3)^(1/4) = 2^(10/4); 4 / (1/2 + 3/8)
    assertThat(Aggregation.GEOMETRIC_MEAN.aggregate(new double[] {2, 8}, new double[] {1, 3}))
        .isCloseTo(Math.pow(2, 2.5), within(1e-12));
    assertThat(Aggregation.HARMONIC_MEAN.aggregate(new double[] {2, 8}, new double[] {1, 3}))
        .isCloseTo(4 / (0.5 + 3.0 / 8), within(1e-12));
  }

  @Test
  void geometricAndHarmonicMeansRefuseValuesTheyCannotTake() {
    assertThatThrownBy(
            () -> Aggregation.GEOMETRIC_MEAN.aggregate(new double[] {0, 1}, new double[] {1, 1}))
        .hasMessageContaining("positive values but one is 0.0");
    assertThatThrownBy(
            () -> Aggregation.HARMONIC_MEAN.aggregate(new double[] {0, 1}, new double[] {1, 1}))
        .hasMessageContaining("cannot take a zero");
  }
}
