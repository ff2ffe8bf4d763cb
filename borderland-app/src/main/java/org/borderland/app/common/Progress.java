package org.borderland.app.common;

/**
 * How long work reports how far it is: the total number of steps once known, then steps as they
 * finish. The CLI draws a bar on a terminal, the server fills a job's {@code progress}. A caller
 * that cancels interrupts the working thread (see {@code core.concurrent.Cancellation}); {@link
 * #advance} may also throw {@link java.util.concurrent.CancellationException} to stop the work.
 */
public interface Progress {
  /** Reports nothing. */
  Progress NONE =
      new Progress() {
        @Override
        public void total(long steps) {}

        @Override
        public void advance(long steps) {}
      };

  /** The total number of steps (called once, before the first {@link #advance}). */
  void total(long steps);

  /** {@code steps} more steps are done. */
  void advance(long steps);
}
