package org.borderland.cli;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/** The figures benchmarks print: spreads of timings, and what the machine was. */
final class BenchFigures {
  private BenchFigures() {}

  /** The core count and JVM flags the figures were measured under. */
  static String machine() {
    return String.format(
        Locale.ROOT,
        "%d cores, JVM flags %s",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  /** The median, 90th percentile and maximum of {@code x}. */
  static String percentiles(double[] x, String unit) {
    double[] s = sorted(x);
    return String.format(
        Locale.ROOT,
        "median %.3f %s, p90 %.3f %s, max %.3f %s",
        s[s.length / 2],
        unit,
        s[Math.min(s.length - 1, (int) Math.ceil(0.9 * s.length) - 1)],
        unit,
        s[s.length - 1],
        unit);
  }

  /** The time the JVM's collectors have spent so far, in milliseconds. */
  static long gcMillis() {
    long ms = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }

  /** A span of years, {@code FROM-TO} or one year. */
  static int[] span(String s) {
    String[] p = s.split("-", -1);
    try {
      if (p.length == 2) {
        int a = Integer.parseInt(p[0].strip());
        int b = Integer.parseInt(p[1].strip());
        if (a <= b) {
          return new int[] {a, b};
        }
      } else if (p.length == 1) {
        int a = Integer.parseInt(p[0].strip());
        return new int[] {a, a};
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--years '" + s + "' should be FROM-TO with FROM ≤ TO, e.g. 1990-2026, or one year");
  }

  /** A sorted copy. */
  static double[] sorted(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return s;
  }

  /** The minimum, median and maximum of {@code x}. */
  static String spread(double[] x, String unit) {
    double[] s = sorted(x);
    return String.format(
        Locale.ROOT,
        "min %.2f %s, median %.2f %s, max %.2f %s",
        s[0],
        unit,
        s[s.length / 2],
        unit,
        s[s.length - 1],
        unit);
  }
}
