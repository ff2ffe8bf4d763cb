package org.borderland.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The aggregation kernel: every row is the method's mean of that row alone, bit for bit; missing
 * children, the availability threshold, weights that sum to zero and the values a method refuses
 * behave as pinned here.
 */
class AggregationKernelTest {
  private static final double NA = Double.NaN;

  /** Children as columns {@code 0…n−1}; rows are units. */
  private static double[] run(Aggregation a, double[][] columns, double[] w, double min) {
    double[] out = new double[columns[0].length];
    new AggregationKernel().aggregate(a, columns, null, positions(columns.length), w, min, out);
    return out;
  }

  private static int[] positions(int n) {
    int[] p = new int[n];
    for (int j = 0; j < n; j++) {
      p[j] = j;
    }
    return p;
  }

  /**
   * COINr's {@code a_amean}, {@code a_gmean} and {@code a_hmean} for one unit, spelled out with the
   * operations in the kernel's order: the children present, in order.
   */
  private static double byDefinition(Aggregation a, double[] x, double[] w) {
    double sw = 0;
    boolean any = false;
    for (int j = 0; j < x.length; j++) {
      if (!Double.isNaN(x[j])) {
        sw += w[j];
        any = true;
      }
    }
    if (!any) {
      return NA;
    }
    double s = 0;
    for (int j = 0; j < x.length; j++) {
      if (!Double.isNaN(x[j])) {
        s +=
            switch (a) {
              case ARITHMETIC_MEAN -> (w[j] / sw) * x[j];
              case GEOMETRIC_MEAN -> w[j] * Math.log(x[j]);
              case HARMONIC_MEAN -> w[j] / x[j];
            };
      }
    }
    return switch (a) {
      case ARITHMETIC_MEAN -> s;
      case GEOMETRIC_MEAN -> Math.exp(s / sw);
      case HARMONIC_MEAN -> sw / s;
    };
  }

  /** Random columns: {@code n} children × {@code rows} units, values in (0.5, 100), a fifth NaN. */
  private static double[][] columns(Random r, int n, int rows) {
    double[][] c = new double[n][rows];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < rows; i++) {
        c[j][i] = r.nextInt(5) == 0 ? NA : 0.5 + r.nextDouble() * 99.5;
      }
    }
    return c;
  }

  /** The bits of a value ({@code NaN}s as one). */
  private static long bits(double v) {
    return Double.doubleToLongBits(v);
  }

  private static double[] row(double[][] columns, int i) {
    double[] x = new double[columns.length];
    for (int j = 0; j < x.length; j++) {
      x[j] = columns[j][i];
    }
    return x;
  }

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void everyRowIsTheMeanOfThatRowAloneBitForBit(Aggregation a) {
    Random r = new Random(17);
    for (int trial = 0; trial < 50; trial++) {
      int n = 1 + r.nextInt(7);
      double[][] c = columns(r, n, 1 + r.nextInt(60));
      double[] w = r.doubles(n, 0, 3).toArray();
      double[] out = run(a, c, w, 0);
      for (int i = 0; i < out.length; i++) {
        assertThat(bits(out[i]))
            .as("trial %d row %d", trial, i)
            .isEqualTo(bits(byDefinition(a, row(c, i), w)));
        assertThat(bits(out[i])).isEqualTo(bits(a.aggregate(row(c, i), w)));
      }
    }
  }

  @Test
  void referenceValues() {
    // COINr's a_amean example, x = 1:10 and w = 10:1: 220/55 = 4; the other rows by hand:
    // (2^1 · 8^3)^(1/4) = 2^(10/4) and 4 / (1/2 + 3/8).
    double[][] c = new double[10][1];
    double[] w = new double[10];
    for (int j = 0; j < 10; j++) {
      c[j][0] = j + 1;
      w[j] = 10 - j;
    }
    assertThat(run(Aggregation.ARITHMETIC_MEAN, c, w, 0)[0]).isCloseTo(4.0, within(1e-14));
    double[][] two = {{2}, {8}};
    double[] w13 = {1, 3};
    assertThat(run(Aggregation.GEOMETRIC_MEAN, two, w13, 0)[0])
        .isCloseTo(Math.pow(2, 2.5), within(1e-12));
    assertThat(run(Aggregation.HARMONIC_MEAN, two, w13, 0)[0])
        .isCloseTo(4 / (0.5 + 3.0 / 8), within(1e-12));
  }

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void aMissingChildIsSkippedAndTheOtherWeightsRescaledExactly(Aggregation a) {
    double[][] withGap = {{10, 3}, {NA, 5}, {40, NA}};
    double[] out = run(a, withGap, new double[] {1, 7, 3}, 0);
    assertThat(out[0]).isEqualTo(run(a, new double[][] {{10}, {40}}, new double[] {1, 3}, 0)[0]);
    assertThat(out[1]).isEqualTo(run(a, new double[][] {{3}, {5}}, new double[] {1, 7}, 0)[0]);
  }

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void weightsAreRelative(Aggregation a) {
    double[][] c = {{3}, {9}, {27}};
    assertThat(run(a, c, new double[] {1, 2, 3}, 0)[0])
        .isCloseTo(run(a, c, new double[] {10, 20, 30}, 0)[0], within(1e-12));
  }

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void noChildPresentOrOnlyZeroWeightsGiveMissing(Aggregation a) {
    assertThat(run(a, new double[][] {{NA}, {NA}}, new double[] {1, 1}, 0)[0]).isNaN();
    assertThat(run(a, new double[][] {{4}, {NA}}, new double[] {0, 1}, 0)[0]).isNaN();
  }

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void belowTheAvailabilityThresholdTheAggregateIsMissing(Aggregation a) {
    // Rows: one child of three present, two, three.
    double[][] c = {{5, 5, 5}, {NA, 20, 20}, {NA, NA, 80}};
    double[] w = {1, 1, 2};
    double[] half = run(a, c, w, 0.5);
    assertThat(half[0]).isNaN();
    assertThat(half[1]).isEqualTo(run(a, c, w, 0)[1]);
    assertThat(half[2]).isEqualTo(run(a, c, w, 0)[2]);
    assertThat(run(a, c, w, 1)).containsExactly(NA, NA, run(a, c, w, 0)[2]);
    assertThat(run(a, c, w, 0)[0]).isCloseTo(5.0, within(1e-13));
  }

  @Test
  void theArithmeticMeanTakesZeroAndNegativeValues() {
    assertThat(
            run(
                Aggregation.ARITHMETIC_MEAN,
                new double[][] {{-2}, {0}, {5}},
                new double[] {1, 1, 2},
                0)[0])
        .isEqualTo(2.0);
  }

  @Test
  void theHarmonicMeanTakesNegativeValuesButNotZero() {
    // 2 / (1/−2 + 1/4) = −8: today's behaviour, pinned.
    assertThat(
            run(Aggregation.HARMONIC_MEAN, new double[][] {{-2}, {4}}, new double[] {1, 1}, 0)[0])
        .isEqualTo(-8.0);
    AggregationKernel.Refused e =
        catchThrowableOfType(
            AggregationKernel.Refused.class,
            () ->
                run(
                    Aggregation.HARMONIC_MEAN,
                    new double[][] {{1, 2}, {3, 0}},
                    new double[] {1, 1},
                    0));
    assertThat(e.row()).isEqualTo(1);
    assertThat(e).hasMessageStartingWith("the harmonic mean cannot take a zero value");
  }

  @Nested
  class TheGeometricMeanIsUndefinedForZeroAndNegativeValues {
    @Test
    void itNamesTheFirstRowAndTheFirstValueInChildOrder() {
      double[][] c = {{1, 2, -1, 0}, {3, 0, -2, 5}};
      AggregationKernel.Refused e =
          catchThrowableOfType(
              AggregationKernel.Refused.class,
              () -> run(Aggregation.GEOMETRIC_MEAN, c, new double[] {1, 1}, 0));
      assertThat(e.row()).isEqualTo(1);
      assertThat(e)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "the geometric mean needs positive values but one is 0.0; normalise onto a positive"
                  + " range first (e.g. min-max onto [1, 100])");
      assertThatThrownBy(
              () ->
                  run(
                      Aggregation.GEOMETRIC_MEAN,
                      new double[][] {{-1}, {0}},
                      new double[] {1, 1},
                      0))
          .hasMessageContaining("but one is -1.0");
      assertThatThrownBy(
              () ->
                  Aggregation.GEOMETRIC_MEAN.aggregate(new double[] {-0.0, 1}, new double[] {1, 1}))
          .hasMessageContaining("but one is -0.0");
    }

    @Test
    void aRowBelowTheAvailabilityThresholdIsNotChecked() {
      // Row 0: one child of two present, and it is 0; the threshold makes the row missing.
      double[][] c = {{0, 4}, {NA, 9}};
      double[] out = run(Aggregation.GEOMETRIC_MEAN, c, new double[] {1, 1}, 0.75);
      assertThat(out[0]).isNaN();
      assertThat(out[1]).isCloseTo(6.0, within(1e-13));
      assertThatThrownBy(() -> run(Aggregation.GEOMETRIC_MEAN, c, new double[] {1, 1}, 0))
          .isInstanceOf(AggregationKernel.Refused.class);
    }

    @Test
    void aMissingValueIsNoRefusal() {
      assertThat(
              run(Aggregation.GEOMETRIC_MEAN, new double[][] {{NA}, {4}}, new double[] {1, 1}, 0)[
                  0])
          .isCloseTo(4.0, within(1e-15));
    }
  }

  @Test
  void theGeometricMeanReadsLogarithmsGivenForAColumnAndTakesTheOthers() {
    Random r = new Random(5);
    double[][] c = columns(r, 3, 30);
    double[] w = {1, 2, 0.5};
    double[][] logs = new double[3][];
    logs[0] = new double[30];
    for (int i = 0; i < 30; i++) {
      logs[0][i] = Math.log(c[0][i]);
    }
    double[] with = new double[30];
    new AggregationKernel()
        .aggregate(Aggregation.GEOMETRIC_MEAN, c, logs, positions(3), w, 0, with);
    assertThat(with).containsExactly(run(Aggregation.GEOMETRIC_MEAN, c, w, 0));
    // Other logarithms are read as given: ln 2 for every value of column 0.
    java.util.Arrays.fill(logs[0], Math.log(2));
    double[] read = new double[30];
    new AggregationKernel()
        .aggregate(Aggregation.GEOMETRIC_MEAN, c, logs, positions(3), w, 0, read);
    double[][] twos = {new double[30], c[1], c[2]};
    for (int i = 0; i < 30; i++) {
      twos[0][i] = Double.isNaN(c[0][i]) ? NA : 2;
    }
    assertThat(read).containsExactly(run(Aggregation.GEOMETRIC_MEAN, twos, w, 0));
  }

  @Test
  void oneKernelServesCallsOfAnyLengthAsNewOnesDo() {
    Random r = new Random(9);
    AggregationKernel kernel = new AggregationKernel();
    for (int trial = 0; trial < 30; trial++) {
      Aggregation a = Aggregation.values()[trial % 3];
      double[][] c = columns(r, 4, 1 + r.nextInt(50));
      double[] w = r.doubles(4, 0.1, 2).toArray();
      double[] out = new double[c[0].length];
      java.util.Arrays.fill(out, 123);
      kernel.aggregate(a, c, null, positions(4), w, trial % 2 == 0 ? 0 : 0.5, out);
      assertThat(out).containsExactly(run(a, c, w, trial % 2 == 0 ? 0 : 0.5));
    }
  }

  @Test
  void childrenAreReadAtTheirPositionsInTheColumns() {
    double[][] c = {{1, 2}, {100, 100}, {3, 4}, {5, 6}};
    double[] out = new double[2];
    new AggregationKernel()
        .aggregate(
            Aggregation.ARITHMETIC_MEAN, c, null, new int[] {3, 0}, new double[] {1, 3}, 0, out);
    assertThat(out)
        .containsExactly(
            run(
                Aggregation.ARITHMETIC_MEAN,
                new double[][] {{5, 6}, {1, 2}},
                new double[] {1, 3},
                0));
  }
}
