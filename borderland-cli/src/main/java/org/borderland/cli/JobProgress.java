package org.borderland.cli;

import java.util.function.LongConsumer;

/**
 * Progress of a long analysis, for a caller running the command in process (the server's job
 * runner): set {@link #LISTENER} on the thread that runs the command to {@code {onTotal, onStep}};
 * the analysis reports its total replications, then each batch done (from its worker threads).
 */
public final class JobProgress {
  /** The listener of the command running on this thread, or null. */
  public static final ThreadLocal<LongConsumer[]> LISTENER = new ThreadLocal<>();

  private JobProgress() {}
}
