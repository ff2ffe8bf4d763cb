package org.borderland.core.pipeline;

/**
 * Sample statistics of a column, skipping missing values ({@code NaN}), with COINr's estimators.
 *
 * <p>Skewness and kurtosis are COINr's {@code skew()} and {@code kurt()} (R/treat.R), which copy
 * {@code e1071::skewness} and {@code e1071::kurtosis} with {@code type = 2} — the estimators of
 * Excel's {@code SKEW} and {@code KURT} and of SAS, and SciPy's {@code skew(x, bias=False)} and
 * {@code kurtosis(x, bias=False)} (Joanes and Gill 1998, "Comparing measures of sample skewness and
 * kurtosis", <i>The Statistician</i> 47(1), their G1 and G2).
 */
public final class Moments {
  private Moments() {}

  /** The number of values present. */
  public static int count(double[] x) {
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /** The arithmetic mean of the values present; {@code NaN} when none are. */
  public static double mean(double[] x) {
    double s = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        s += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /**
   * The sample standard deviation {@code sqrt(Σ(x−x̄)² / (n−1))} (R's {@code sd}); {@code NaN} with
   * fewer than two values.
   */
  public static double sd(double[] x) {
    int n = count(x);
    if (n < 2) {
      return Double.NaN;
    }
    double m = mean(x);
    double ss = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        ss += (v - m) * (v - m);
      }
    }
    return Math.sqrt(ss / (n - 1));
  }

  /** The smallest value present; {@code NaN} when none is. */
  public static double min(double[] x) {
    double m = Double.NaN;
    for (double v : x) {
      if (!Double.isNaN(v) && (Double.isNaN(m) || v < m)) {
        m = v;
      }
    }
    return m;
  }

  /** The largest value present; {@code NaN} when none is. */
  public static double max(double[] x) {
    double m = Double.NaN;
    for (double v : x) {
      if (!Double.isNaN(v) && (Double.isNaN(m) || v > m)) {
        m = v;
      }
    }
    return m;
  }

  /**
   * The sample skewness G1 of the {@code n} values present, with {@code d = x − x̄}:
   *
   * <pre>
   *   g1 = √n · Σd³ / (Σd²)^{3/2}
   *   G1 = g1 · √(n(n−1)) / (n−2)
   * </pre>
   *
   * {@code NaN} when all values are equal.
   *
   * @throws IllegalArgumentException with fewer than 3 values (as COINr)
   */
  public static double skewness(double[] x) {
    double[] d = deviations(x, 3, "skewness");
    int n = d.length;
    double s2 = 0;
    double s3 = 0;
    for (double v : d) {
      s2 += v * v;
      s3 += v * v * v;
    }
    double y = Math.sqrt(n) * s3 / Math.pow(s2, 1.5);
    return y * Math.sqrt((double) n * (n - 1)) / (n - 2);
  }

  /**
   * The sample excess kurtosis G2 of the {@code n} values present, with {@code d = x − x̄}:
   *
   * <pre>
   *   r  = n · Σd⁴ / (Σd²)²
   *   G2 = ((n+1)(r−3) + 6) · (n−1) / ((n−2)(n−3))
   * </pre>
   *
   * {@code NaN} when all values are equal.
   *
   * @throws IllegalArgumentException with fewer than 4 values (as COINr)
   */
  public static double kurtosis(double[] x) {
    double[] d = deviations(x, 4, "kurtosis");
    int n = d.length;
    double s2 = 0;
    double s4 = 0;
    for (double v : d) {
      s2 += v * v;
      s4 += v * v * v * v;
    }
    double r = n * s4 / (s2 * s2);
    return ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
  }

  /**
   * {@link #skewness} and {@link #kurtosis} of the same values in one pass: the same sums, added in
   * the same order, so both equal the values computed apart.
   *
   * @return {skewness, kurtosis}
   * @throws IllegalArgumentException as {@link #skewness} with fewer than 3 values, as {@link
   *     #kurtosis} with 3
   */
  static double[] skewnessAndKurtosis(double[] x) {
    double[] d = deviations(x, 3, "skewness");
    int n = d.length;
    if (n < 4) {
      deviations(x, 4, "kurtosis"); // throws, saying what the kurtosis needs
    }
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    for (double v : d) {
      s2 += v * v;
      s3 += v * v * v;
      s4 += v * v * v * v;
    }
    double y = Math.sqrt(n) * s3 / Math.pow(s2, 1.5);
    double skew = y * Math.sqrt((double) n * (n - 1)) / (n - 2);
    double r = n * s4 / (s2 * s2);
    double kurt = ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
    return new double[] {skew, kurt};
  }

  private static double[] deviations(double[] x, int min, String what) {
    int n = count(x);
    if (n < min) {
      throw new IllegalArgumentException(
          "Cannot compute "
              + what
              + " of "
              + n
              + " values; at least "
              + min
              + " non-missing values are needed");
    }
    double m = mean(x);
    double[] d = new double[n];
    int i = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        d[i++] = v - m;
      }
    }
    return d;
  }
}
