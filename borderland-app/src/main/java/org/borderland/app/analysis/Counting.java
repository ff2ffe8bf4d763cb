package org.borderland.app.analysis;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.borderland.app.common.Progress;

/** Turns the replications an analysis reports done into the fraction a {@link Progress} takes. */
final class Counting {
  private Counting() {}

  /** Tells {@code progress} the total, and returns what the analysis calls per batch done. */
  static IntConsumer of(Progress progress, long total) {
    if (progress == Progress.NONE) {
      return null;
    }
    progress.total(total);
    AtomicLong done = new AtomicLong();
    return n -> progress.update(done.addAndGet(n) / (double) total);
  }
}
