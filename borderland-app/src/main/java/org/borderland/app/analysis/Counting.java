package org.borderland.app.analysis;

import java.util.function.IntConsumer;
import org.borderland.app.common.Progress;

/** Passes the replications an analysis reports done to a {@link Progress}. */
final class Counting {
  private Counting() {}

  /** Tells {@code progress} the total, and returns what the analysis calls per batch done. */
  static IntConsumer of(Progress progress, long total) {
    if (progress == Progress.NONE) {
      return null;
    }
    progress.total(total);
    return progress::advance;
  }
}
