package org.borderland.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static final boolean[] Y = {false, false, true, true};

  @Test
  void rocAucCountsTheEventsScoredAboveTheNonEvents() {
    // Pairs (event, non-event): 0.35 > 0.1, 0.35 < 0.4, 0.8 > 0.1, 0.8 > 0.4: 3 of 4.
    assertThat(Metrics.rocAuc(new double[] {0.1, 0.4, 0.35, 0.8}, Y)).isEqualTo(0.75);
    // A tie between an event and a non-event counts one half: (0.5 + 1 + 1 + 1) / 4.
    assertThat(
            Metrics.rocAuc(
                new double[] {0.5, 0.5, 0.2, 0.9}, new boolean[] {true, false, false, true}))
        .isEqualTo(0.875);
    assertThat(Metrics.rocAuc(new double[] {1, 2, 3, 4}, Y)).isEqualTo(1.0);
    assertThat(Metrics.rocAuc(new double[] {4, 3, 2, 1}, Y)).isEqualTo(0.0);
    assertThat(Metrics.rocAuc(new double[] {1, 1, 1, 1}, Y)).as("no skill").isEqualTo(0.5);
    assertThat(Metrics.rocAuc(new double[] {1, 2}, new boolean[] {true, true})).isNaN();
  }

  @Test
  void prAucIsTheAveragePrecisionOverThresholds() {
    // Ranked 0.8 (event), 0.4 (non-event), 0.35 (event), 0.1: precision 1 at recall 1/2, then
    // 2/3 at recall 1: (1/2)(1) + (1/2)(2/3) = 5/6.
    assertThat(Metrics.prAuc(new double[] {0.1, 0.4, 0.35, 0.8}, Y))
        .isCloseTo(5.0 / 6, within(1e-15));
    // One threshold for tied scores: all four at once, precision 2/4.
    assertThat(Metrics.prAuc(new double[] {1, 1, 1, 1}, Y)).isEqualTo(0.5);
    assertThat(Metrics.prAuc(new double[] {1, 2, 3, 4}, Y)).isEqualTo(1.0);
  }

  @Test
  void brierIsTheMeanSquaredError() {
    // (0.1² + 0.3² + 0.2² + 0.1²) / 4 = (0.01 + 0.09 + 0.04 + 0.01) / 4
    assertThat(Metrics.brier(new double[] {0.1, 0.3, 0.8, 0.9}, Y))
        .isCloseTo(0.0375, within(1e-15));
    // Forecasting the rate 1/2 for everything: 0.25.
    assertThat(Metrics.brierConstant(0.5, Y)).isCloseTo(0.25, within(1e-15));
    assertThatThrownBy(() -> Metrics.brier(new double[] {0.1, 0.3, 1.8, 0.9}, Y))
        .hasMessageContaining("1.8 at row 2 is not in [0, 1]");
  }

  @Test
  void reliabilityBinsForecastsAndCountsEvents() {
    double[] p = {0.0005, 0.002, 0.002, 0.5, 1.0};
    boolean[] y = {false, false, true, true, true};
    List<Metrics.Bin> bins = Metrics.reliability(p, y, Metrics.RARE_EVENT_EDGES);
    assertThat(bins).hasSize(7);
    assertThat(bins.get(0).n()).isEqualTo(1);
    assertThat(bins.get(1).n()).isEqualTo(2);
    assertThat(bins.get(1).events()).isEqualTo(1);
    assertThat(bins.get(1).observed()).isEqualTo(0.5);
    assertThat(bins.get(1).meanPredicted()).isCloseTo(0.002, within(1e-15));
    assertThat(bins.get(2).n()).isZero();
    assertThat(bins.get(2).observed()).isNaN();
    assertThat(bins.get(6).n()).as("0.5 and 1.0 fall in the last bin").isEqualTo(2);
    assertThatThrownBy(() -> Metrics.reliability(p, y, new double[] {0, 0.5}))
        .hasMessageContaining("from 0 to 1");
  }

  @Test
  void rejectsScoresWithoutOutcomes() {
    assertThatThrownBy(() -> Metrics.rocAuc(new double[] {1, 2, 3}, Y))
        .hasMessageContaining("3 scores for 4 outcomes");
    assertThatThrownBy(() -> Metrics.rocAuc(new double[] {1, Double.NaN, 3, 4}, Y))
        .hasMessageContaining("row 1 is NaN");
  }
}
