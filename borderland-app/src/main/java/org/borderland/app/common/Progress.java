package org.borderland.app.common;

/**
 * How far a long computation is, for whoever waits on it (a progress bar, the server's job status).
 * Called from worker threads; an implementation may throw {@link
 * java.util.concurrent.CancellationException} to stop the work.
 */
@FunctionalInterface
public interface Progress {
  /** Told nothing. */
  Progress NONE = fraction -> {};

  /**
   * The share of the work done so far, from 0 to 1; calls from several threads may arrive out of
   * order, so a caller keeps the largest.
   */
  void update(double fraction);

  /**
   * Told once, before the first {@link #update}, how many units (e.g. replications) the work is.
   */
  default void total(long units) {}
}
