package org.borderland.core.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * First- and total-order sensitivity indices from a Saltelli design, with COINr's estimators and
 * bootstrap ({@code SA_estimate} in R/sensitivity.R; Saltelli et al., "Variance based sensitivity
 * analysis of model output", Computer Physics Communications 181, 2010, table 2, estimators (b) and
 * (f)).
 *
 * <p>With {@code y_A}, {@code y_B} the outputs on the two sample matrices and {@code y_ABi} the
 * output on {@code A} with column {@code i} taken from {@code B}, each of {@code N} runs, and
 * {@code V} the sample variance of {@code y_A} and {@code y_B} together ({@code var(c(yA, yB))}):
 *
 * <pre>
 *   S_i  = mean(y_B · (y_ABi − y_A)) / V                      (Saltelli 2010)
 *   ST_i = Σ (y_A − y_ABi)² / (2 N V)                          (Jansen 1999)
 * </pre>
 *
 * Confidence intervals, as COINr: {@code B} bootstrap replications resample, with replacement, the
 * {@code N} terms {@code y_B(y_ABi − y_A)} of each {@code S_i} and, separately, the {@code N} terms
 * {@code y_A − y_ABi} of each {@code ST_i}, keeping {@code V}; the bounds are the 5th and 95th
 * percentiles (R's type 7) of the replicated indices. Bootstrap replication {@code b} draws from
 * {@link Draws#generator}{@code (seed, BOOTSTRAP, b)}: for each input in order {@code N} indices
 * for {@code S_i}, then for each input {@code N} indices for {@code ST_i}.
 */
public final class Sobol {
  /**
   * The indices of one input.
   *
   * @param si first order
   * @param sti total order
   * @param siLow 5th percentile of the bootstrapped first-order index ({@code NaN} without
   *     bootstrap)
   * @param siHigh 95th percentile of the bootstrapped first-order index
   * @param stiLow 5th percentile of the bootstrapped total-order index
   * @param stiHigh 95th percentile of the bootstrapped total-order index
   */
  public record Estimate(
      double si, double sti, double siLow, double siHigh, double stiLow, double stiHigh) {}

  private Sobol() {}

  /** {@code V}: the sample variance of {@code y_A} and {@code y_B} together. */
  public static double variance(double[] yA, double[] yB) {
    double[] y = new double[yA.length + yB.length];
    System.arraycopy(yA, 0, y, 0, yA.length);
    System.arraycopy(yB, 0, y, yA.length, yB.length);
    return Stats.variance(y);
  }

  /** {@code S_i = mean(y_B · (y_ABi − y_A)) / V}. */
  public static double first(double[] yA, double[] yB, double[] yABi, double v) {
    double s = 0;
    for (int j = 0; j < yA.length; j++) {
      s += yB[j] * (yABi[j] - yA[j]);
    }
    return s / yA.length / v;
  }

  /** {@code ST_i = Σ (y_A − y_ABi)² / (2 N V)}. */
  public static double total(double[] yA, double[] yABi, double v) {
    double s = 0;
    for (int j = 0; j < yA.length; j++) {
      double d = yA[j] - yABi[j];
      s += d * d;
    }
    return s / (2.0 * yA.length * v);
  }

  /**
   * The indices of every input, with bootstrap confidence intervals.
   *
   * @param yA outputs on A, {@code N} of them, none {@code NaN}
   * @param yB outputs on B
   * @param yAB per input, outputs on A with that input's column from B
   * @param bootstrap the number of bootstrap replications; 0 for none (bounds {@code NaN})
   * @param seed the analysis seed
   * @param threads threads for the bootstrap
   * @throws IllegalArgumentException when {@code N < 2} or the output does not vary ({@code V = 0})
   */
  public static List<Estimate> estimate(
      double[] yA, double[] yB, double[][] yAB, int bootstrap, long seed, int threads) {
    int n = yA.length;
    int d = yAB.length;
    if (n < 2) {
      throw new IllegalArgumentException(
          "Sensitivity indices need at least 2 complete rows of the design; there are " + n);
    }
    double v = variance(yA, yB);
    if (!(v > 0)) {
      throw new IllegalArgumentException(
          "The output did not vary over the "
              + 2 * n
              + " runs of A and B (variance "
              + v
              + "): no input has an effect to apportion; widen the inputs or choose another output");
    }
    double[][] siTerms = new double[d][n];
    double[][] stTerms = new double[d][n];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < n; j++) {
        siTerms[i][j] = yB[j] * (yAB[i][j] - yA[j]);
        stTerms[i][j] = yA[j] - yAB[i][j];
      }
    }
    double[][] siBoot = new double[d][bootstrap];
    double[][] stBoot = new double[d][bootstrap];
    Parallel.run(
        bootstrap,
        threads,
        8,
        () -> null,
        (state, b) -> {
          SplittableRandom g = Draws.generator(seed, Draws.BOOTSTRAP, b);
          for (int i = 0; i < d; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
              s += siTerms[i][g.nextInt(n)];
            }
            siBoot[i][b] = s / n / v;
          }
          for (int i = 0; i < d; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
              double t = stTerms[i][g.nextInt(n)];
              s += t * t;
            }
            stBoot[i][b] = s / (2.0 * n * v);
          }
        },
        null);
    List<Estimate> out = new ArrayList<>(d);
    for (int i = 0; i < d; i++) {
      double lo1 = Double.NaN;
      double hi1 = Double.NaN;
      double lo2 = Double.NaN;
      double hi2 = Double.NaN;
      if (bootstrap > 0) {
        double[] s1 = Stats.sorted(siBoot[i], bootstrap);
        double[] s2 = Stats.sorted(stBoot[i], bootstrap);
        lo1 = Stats.quantile(s1, bootstrap, 0.05);
        hi1 = Stats.quantile(s1, bootstrap, 0.95);
        lo2 = Stats.quantile(s2, bootstrap, 0.05);
        hi2 = Stats.quantile(s2, bootstrap, 0.95);
      }
      out.add(new Estimate(first(yA, yB, yAB[i], v), total(yA, yAB[i], v), lo1, hi1, lo2, hi2));
    }
    return out;
  }
}
