package org.borderland.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The estimators on test functions whose indices are known analytically. */
class SobolTest {
  /** Outputs of a design of {@code n} rows for {@code f} of {@code d} uniform inputs. */
  private static double[][] design(int n, int d, long seed, ToDoubleFunction<double[]> f) {
    double[][] y = new double[d + 2][n];
    for (int j = 0; j < n; j++) {
      long[] a = Draws.words(seed, Draws.A, j, d);
      long[] b = Draws.words(seed, Draws.B, j, d);
      y[0][j] = f.applyAsDouble(units(a));
      y[1][j] = f.applyAsDouble(units(b));
      for (int i = 0; i < d; i++) {
        long[] ab = a.clone();
        ab[i] = b[i];
        y[2 + i][j] = f.applyAsDouble(units(ab));
      }
    }
    return y;
  }

  private static double[] units(long[] w) {
    double[] x = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      x[i] = Draws.unit(w[i]);
    }
    return x;
  }

  private static List<Sobol.Estimate> estimate(double[][] y, int bootstrap, int threads) {
    double[][] ab = new double[y.length - 2][];
    System.arraycopy(y, 2, ab, 0, ab.length);
    return Sobol.estimate(y[0], y[1], ab, bootstrap, 99, threads);
  }

  @Test
  void anUnusedInputHasIndicesOfExactlyZero() {
    // COINr's own test: y = x1 + 10 x2, x3 unused.
    List<Sobol.Estimate> e = estimate(design(100, 3, 1, x -> x[0] + 10 * x[1]), 0, 1);
    assertThat(e.get(2).si()).isZero();
    assertThat(e.get(2).sti()).isZero();
    assertThat(Double.isNaN(e.get(2).siLow())).isTrue();
  }

  @Test
  void ishigamiIndicesAreRecoveredWithinMonteCarloError() {
    // Ishigami (a = 7, b = 0.1) on [-π, π]^3: S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424,
    // 0.2437) (Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, §4.5). With N =
    // 20,000 the estimators' standard errors are below 0.01; the tolerance is 0.03.
    ToDoubleFunction<double[]> ishigami =
        u -> {
          double x1 = -Math.PI + 2 * Math.PI * u[0];
          double x2 = -Math.PI + 2 * Math.PI * u[1];
          double x3 = -Math.PI + 2 * Math.PI * u[2];
          double s2 = Math.sin(x2);
          return Math.sin(x1) + 7 * s2 * s2 + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
        };
    List<Sobol.Estimate> e = estimate(design(20_000, 3, 5, ishigami), 200, 2);
    double[] s = {0.3139, 0.4424, 0};
    double[] st = {0.5576, 0.4424, 0.2437};
    for (int i = 0; i < 3; i++) {
      assertThat(e.get(i).si()).as("S%d", i + 1).isCloseTo(s[i], within(0.03));
      assertThat(e.get(i).sti()).as("ST%d", i + 1).isCloseTo(st[i], within(0.03));
      assertThat(e.get(i).siLow()).isLessThan(e.get(i).siHigh());
      assertThat(e.get(i).stiLow()).isLessThanOrEqualTo(e.get(i).sti() + 0.02);
      assertThat(e.get(i).stiHigh()).isGreaterThanOrEqualTo(e.get(i).sti() - 0.02);
    }
  }

  @Test
  void bootstrapDoesNotDependOnTheThreadCount() {
    double[][] y = design(500, 2, 3, x -> x[0] * x[1] + x[0]);
    assertThat(estimate(y, 300, 3)).isEqualTo(estimate(y, 300, 1));
  }

  @Test
  void theFormulasAreCoinrs() {
    double[] yA = {1, 2, 3, 4};
    double[] yB = {2, 2, 5, 1};
    double[] yAB = {1, 3, 3, 2};
    // var(c(yA, yB)) in R: 2 (mean 2.5, Σ(y − 2.5)² = 14, divided by 8 − 1)
    double v = Sobol.variance(yA, yB);
    assertThat(v).isEqualTo(2.0);
    // mean(yB*(yAB − yA)) / v = mean(0, 2, 0, −2) / v = 0
    assertThat(Sobol.first(yA, yB, yAB, v)).isZero();
    // Σ(yA − yAB)² / (2·4·v) = (0 + 1 + 0 + 4) / (8 v)
    assertThat(Sobol.total(yA, yAB, v)).isCloseTo(5 / (8 * v), within(1e-15));
  }
}
