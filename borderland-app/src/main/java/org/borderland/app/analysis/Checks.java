package org.borderland.app.analysis;

import org.borderland.app.problem.BadParameter;

/** The checks both analyses' requests make. */
final class Checks {
  /** The most worker threads an analysis takes. */
  static final int MAX_THREADS = 256;

  private Checks() {}

  /** Refuses a thread count outside 1-256 (null: the number of cores, resolved later). */
  static void threads(Integer threads) {
    int t = Prepared.threads(threads);
    if (t < 1 || t > MAX_THREADS) {
      throw new BadParameter(
          "threads",
          String.valueOf(t),
          "1-" + MAX_THREADS,
          java.util.List.of(),
          "threads " + t + " must be between 1 and " + MAX_THREADS,
          null);
    }
  }
}
