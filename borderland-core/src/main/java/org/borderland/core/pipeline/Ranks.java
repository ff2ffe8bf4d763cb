package org.borderland.core.pipeline;

/** Ranks with R's conventions for ties ({@code ties.method = "min"}) and missing values. */
public final class Ranks {
  private Ranks() {}

  /**
   * Ranks, highest value first, as R's {@code rank(-x, ties.method = "min", na.last = "keep")}: 1
   * plus the number of values strictly greater; tied values share the smallest rank; a missing
   * value ({@code NaN}) gets rank 0, meaning "no rank".
   */
  public static int[] descending(double[] x) {
    int[] r = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        continue;
      }
      int above = 0;
      for (double v : x) {
        if (!Double.isNaN(v) && v > x[i]) {
          above++;
        }
      }
      r[i] = above + 1;
    }
    return r;
  }

  /**
   * Ranks, lowest value first, as R's {@code rank(x, ties.method = "min", na.last = "keep")}: 1
   * plus the number of values strictly smaller; {@code NaN} stays {@code NaN}.
   */
  public static double[] ascending(double[] x) {
    double[] r = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        r[i] = Double.NaN;
        continue;
      }
      int below = 0;
      for (double v : x) {
        if (!Double.isNaN(v) && v < x[i]) {
          below++;
        }
      }
      r[i] = below + 1;
    }
    return r;
  }
}
