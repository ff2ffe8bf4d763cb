package org.borderland.core.uncertainty;

import java.util.Arrays;

/** Summary statistics with R's conventions, as COINr computes them. */
final class Stats {
  private Stats() {}

  /**
   * R's default quantile ({@code quantile(x, p, type = 7)}): {@code h = (n − 1)p}, linear between
   * the order statistics around {@code h}.
   *
   * @param sorted ascending, no {@code NaN}, at least one value
   */
  static double quantile(double[] sorted, int n, double p) {
    if (n == 1) {
      return sorted[0];
    }
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** The mean of the first {@code n} values, summed in order. */
  static double mean(double[] x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += x[i];
    }
    return s / n;
  }

  /** R's {@code median} of the first {@code n} values of a sorted array. */
  static double median(double[] sorted, int n) {
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /**
   * The sample variance ({@code n − 1} in the denominator) of the values, as R's {@code var}: the
   * mean first, then the sum of squared deviations.
   */
  static double variance(double[] x) {
    double m = mean(x, x.length);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return s / (x.length - 1);
  }

  /** A sorted copy of the first {@code n} values. */
  static double[] sorted(double[] x, int n) {
    double[] s = Arrays.copyOf(x, n);
    Arrays.sort(s);
    return s;
  }
}
