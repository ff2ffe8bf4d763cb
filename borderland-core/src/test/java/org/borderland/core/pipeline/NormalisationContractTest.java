package org.borderland.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every normaliser keeps its contract; then reference values and properties. */
class NormalisationContractTest {
  private static final double[] X = {3.5, -1.0, 12.0, Double.NaN, 0.25, 7.0, 2.0};

  /** Valid parameters for each method, with goalposts and the target outside the data. */
  static List<Double> params(Normalisation m) {
    return params(m, 1);
  }

  /** As {@link #params(Normalisation)}; a target lies at the good end: above, or below for −1. */
  static List<Double> params(Normalisation m, int direction) {
    if (m == Normalisation.DISTANCE_TO_TARGET && direction == -1) {
      return List.of(-10.0, 0.0);
    }
    return switch (m) {
      case MIN_MAX -> List.of(0.0, 100.0);
      case Z_SCORE -> List.of(0.0, 1.0);
      case GOALPOSTS -> List.of(-5.0, 20.0, 100.0, 1.0);
      case DISTANCE_TO_TARGET -> List.of(15.0, 0.0);
      default -> List.of();
    };
  }

  @ParameterizedTest
  @EnumSource(Normalisation.class)
  void keepsLengthAndMissingValuesAndLeavesInputAlone(Normalisation m) {
    double[] in = X.clone();
    double[] y = m.normalise(in, 1, params(m));
    assertThat(in).containsExactly(X);
    assertThat(y).hasSize(X.length);
    for (int i = 0; i < X.length; i++) {
      assertThat(Double.isNaN(y[i])).as("row %d", i).isEqualTo(Double.isNaN(X[i]));
    }
  }

  @ParameterizedTest
  @EnumSource(Normalisation.class)
  void keepsTheOrderOfValuesAndDirectionMinusOneReversesIt(Normalisation m) {
    double[] up = m.normalise(X, 1, params(m));
    double[] down = m.normalise(X, -1, params(m, -1));
    for (int i = 0; i < X.length; i++) {
      for (int j = 0; j < X.length; j++) {
        if (Double.isNaN(X[i]) || Double.isNaN(X[j]) || X[i] >= X[j]) {
          continue;
        }
        assertThat(up[i]).as("%s x[%d] < x[%d]", m, i, j).isLessThan(up[j]);
        assertThat(down[i]).as("%s reversed", m).isGreaterThan(down[j]);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Normalisation.class)
  void isDeterministic(Normalisation m) {
    assertThat(m.normalise(X, 1, params(m))).containsExactly(m.normalise(X, 1, params(m)));
  }

  @Test
  void minMaxOntoTwoToSevenGivesMinimumTwoAndMaximumSeven() {
    Random r = new Random(42);
    for (int k = 0; k < 20; k++) {
      double[] x = r.doubles(30, -1e3, 1e3).toArray();
      double[] y = NormalisationSpec.minMax(2, 7).method().normalise(x, 1, List.of(2.0, 7.0));
      assertThat(Arrays.stream(y).min().orElseThrow()).isEqualTo(2.0);
      assertThat(Arrays.stream(y).max().orElseThrow()).isEqualTo(7.0);
      double[] rev = Normalisation.MIN_MAX.normalise(x, -1, List.of(2.0, 7.0));
      int argmax = 0;
      for (int i = 1; i < x.length; i++) {
        argmax = x[i] > x[argmax] ? i : argmax;
      }
      assertThat(rev[argmax]).isEqualTo(2.0);
    }
  }

  @Test
  void referenceValues() {
    double[] x = {1, 2, 3, 3, Double.NaN};
    assertThat(Normalisation.MIN_MAX.normalise(x, 1, List.of(0.0, 100.0)))
        .containsExactly(0, 50, 100, 100, Double.NaN);
    // mean 2.25, sd = sqrt(2.75/3)
    double sd = Math.sqrt(2.75 / 3);
    assertThat(Normalisation.Z_SCORE.normalise(x, 1, List.of(10.0, 2.0))[0])
        .isCloseTo((1 - 2.25) / sd * 2 + 10, within(1e-12));
    assertThat(Normalisation.RANK.normalise(x, 1, List.of()))
        .containsExactly(1, 2, 3, 3, Double.NaN);
    assertThat(Normalisation.PERCENTILE_RANK.normalise(x, 1, List.of()))
        .containsExactly(0, 1.0 / 3, 2.0 / 3, 2.0 / 3, Double.NaN);
    assertThat(
            Normalisation.GOALPOSTS.normalise(
                new double[] {-1, 5, 12}, 1, List.of(0.0, 10.0, 100.0, 1.0)))
        .containsExactly(0, 50, 100);
    assertThat(
            Normalisation.GOALPOSTS.normalise(
                new double[] {-1, 5, 12}, 1, List.of(0.0, 10.0, 1.0, 0.0)))
        .containsExactly(-0.1, 0.5, 1.2);
    // lower is better: 2 of [0, 10] is 80% of the way to the good end
    assertThat(
            Normalisation.GOALPOSTS
                .normalise(new double[] {2}, -1, List.of(0.0, 10.0, 1.0, 1.0))[0])
        .isCloseTo(0.8, within(1e-15));
    // 1 − (target − x)/(target − min): target 5, min 1
    assertThat(
            Normalisation.DISTANCE_TO_TARGET.normalise(
                new double[] {1, 3, 5, 7}, 1, List.of(5.0, 0.0)))
        .containsExactly(0, 0.5, 1, 1.5);
    assertThat(
            Normalisation.DISTANCE_TO_TARGET.normalise(
                new double[] {1, 3, 5, 7}, 1, List.of(5.0, 1.0)))
        .containsExactly(0, 0.5, 1, 1);
    assertThat(Normalisation.NONE.normalise(new double[] {1, 3}, -1, List.of()))
        .containsExactly(-1, -3);
  }

  @Test
  void specsCheckTheirParameters() {
    assertThatThrownBy(() -> NormalisationSpec.minMax(5, 5))
        .hasMessageContaining("lower (5.0) must be less than upper (5.0)");
    assertThatThrownBy(() -> NormalisationSpec.zScore(0, 0)).hasMessageContaining("sd must be");
    assertThatThrownBy(() -> new NormalisationSpec(Normalisation.RANK, List.of(1.0)))
        .hasMessageContaining("rank takes no parameters but 1 were given");
    assertThatThrownBy(() -> new NormalisationSpec(Normalisation.GOALPOSTS, List.of()))
        .hasMessageContaining("lower must be a finite number");
    assertThat(new NormalisationSpec(Normalisation.MIN_MAX, List.of()).parameters())
        .containsExactly(0.0, 100.0);
    Node noTarget = Node.indicator("X", null, 1, 1);
    assertThatThrownBy(() -> NormalisationSpec.distanceToTarget().parametersFor(noTarget))
        .hasMessageContaining("Indicator 'X' has no target");
  }
}
