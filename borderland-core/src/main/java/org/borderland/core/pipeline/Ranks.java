package org.borderland.core.pipeline;

import java.util.Arrays;

/** Ranks with R's conventions for ties ({@code ties.method = "min"}) and missing values. */
public final class Ranks {
  private Ranks() {}

  /**
   * Ranks, highest value first, as R's {@code rank(-x, ties.method = "min", na.last = "keep")}: 1
   * plus the number of values strictly greater; tied values share the smallest rank; a missing
   * value ({@code NaN}) gets rank 0, meaning "no rank".
   */
  public static int[] descending(double[] x) {
    double[] s = new double[x.length];
    int m = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        s[m++] = v;
      }
    }
    Arrays.sort(s, 0, m);
    int[] r = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      if (Double.isNaN(v)) {
        continue;
      }
      // The first sorted value strictly greater than v; "greater" is monotone in the sort order
      // (which only splits -0.0 from 0.0, and neither is greater than the other).
      int lo = 0;
      int hi = m;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (s[mid] > v) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      r[i] = m - lo + 1;
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
