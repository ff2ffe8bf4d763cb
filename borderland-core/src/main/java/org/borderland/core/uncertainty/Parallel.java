package org.borderland.core.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.borderland.core.concurrent.Cancellation;

/**
 * Runs indexed work on a number of threads, each with its own state (its buffers). Each index is
 * computed independently and writes only its own slots, so the result does not depend on the number
 * of threads or on which thread ran which index.
 *
 * <p>Interrupting the calling thread cancels the run: workers stop after their current chunk and
 * the call throws {@link java.util.concurrent.CancellationException}.
 */
final class Parallel {
  /** The work for one index, with the calling thread's state. */
  interface Body<S> {
    void run(S state, int index);
  }

  private Parallel() {}

  /**
   * Runs {@code body} for every index in {@code [0, count)}.
   *
   * @param threads 1 to run on the calling thread
   * @param chunk indices taken at a time by a thread
   * @param state a new state per thread
   * @param progress told how many indices were done, after each chunk; may be {@code null}
   */
  static <S> void run(
      int count, int threads, int chunk, Supplier<S> state, Body<S> body, IntConsumer progress) {
    if (count <= 0) {
      return;
    }
    if (threads <= 1 || count <= chunk) {
      S s = state.get();
      for (int start = 0; start < count; start += chunk) {
        Cancellation.check();
        int end = Math.min(count, start + chunk);
        for (int i = start; i < end; i++) {
          body.run(s, i);
        }
        if (progress != null) {
          progress.accept(end - start);
        }
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    int workers = Math.min(threads, (count + chunk - 1) / chunk);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "borderland-replications");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        futures.add(
            pool.submit(
                () -> {
                  S s = state.get();
                  while (true) {
                    int start = next.getAndAdd(chunk);
                    if (start >= count || Thread.currentThread().isInterrupted()) {
                      return;
                    }
                    int end = Math.min(count, start + chunk);
                    for (int i = start; i < end; i++) {
                      body.run(s, i);
                    }
                    if (progress != null) {
                      progress.accept(end - start);
                    }
                  }
                }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          if (c instanceof RuntimeException r) {
            throw r;
          }
          if (c instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(c);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Cancellation.cancelled("replications", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
