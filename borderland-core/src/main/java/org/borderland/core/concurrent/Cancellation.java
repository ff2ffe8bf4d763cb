package org.borderland.core.concurrent;

import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation of long computations by thread interruption: a caller (e.g. the server's
 * job runner) interrupts the thread running an analysis, and the analysis's loops call {@link
 * #check()} between batches, so the work stops within one batch.
 */
public final class Cancellation {
  private Cancellation() {}

  /**
   * Throws when the current thread was interrupted (keeping its interrupt status).
   *
   * @throws CancellationException when the thread was interrupted
   */
  public static void check() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("The computation was cancelled");
    }
  }

  /** The exception for a computation whose wait for {@code what} was interrupted. */
  public static CancellationException cancelled(String what, InterruptedException cause) {
    CancellationException e = new CancellationException("Cancelled while " + what);
    e.initCause(cause);
    return e;
  }
}
