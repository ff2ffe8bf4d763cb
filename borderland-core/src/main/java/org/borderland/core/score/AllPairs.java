package org.borderland.core.score;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;

/**
 * Scores every ordered pair of states in a span of knowledge years: for each year, each state the
 * registry has in that year (sovereign or disputed; no territory) is the aggressor once, with every
 * other such state as its targets, ranked through the model's full pipeline.
 *
 * <p>The work is split deterministically: the aggressor-years are listed in a fixed order (year,
 * then ISO3) and thread {@code k} of {@code n} scores tasks {@code k, k + n, k + 2n, …}. Scoring
 * one aggressor-year does not depend on any other, so the results do not depend on the number of
 * threads; {@link Outcome#digest()} condenses them so that two runs can be compared.
 */
public final class AllPairs {
  private AllPairs() {}

  /**
   * One aggressor-year.
   *
   * @param year the knowledge year
   * @param aggressor ISO3
   * @param targets every other state of that year, by ISO3
   */
  public record Task(int year, String aggressor, List<String> targets) {
    /** Copies the targets. */
    public Task {
      Objects.requireNonNull(aggressor, "aggressor");
      targets = List.copyOf(targets);
    }
  }

  /**
   * Every aggressor-year from {@code from} to {@code to}, in order of year, then aggressor.
   *
   * @throws IllegalArgumentException when {@code from > to}
   */
  public static List<Task> tasks(CountryRegistry registry, int from, int to) {
    if (from > to) {
      throw new IllegalArgumentException("The years run from " + from + " to " + to);
    }
    List<Task> out = new ArrayList<>();
    List<Country> all = registry.all(); // sorted by ISO3
    for (int y = from; y <= to; y++) {
      List<String> states = new ArrayList<>();
      for (Country c : all) {
        if (c.isState() && c.existsIn(y)) {
          states.add(c.iso3());
        }
      }
      for (String a : states) {
        List<String> targets = new ArrayList<>(states.size() - 1);
        for (String t : states) {
          if (!t.equals(a)) {
            targets.add(t);
          }
        }
        out.add(new Task(y, a, targets));
      }
    }
    return out;
  }

  /**
   * What a run did.
   *
   * @param tasks the aggressor-years scored
   * @param rows the dyad-years scored (targets summed over tasks)
   * @param threads the threads used
   * @param nanos the wall time
   * @param cpuNanos the CPU time of the threads that scored, summed (-1 when the JVM cannot tell)
   * @param digests one per task, in task order: a hash of its ranking (targets, ranks, index and
   *     factor scores, bit for bit)
   * @param results the rankings, in task order, when kept; else empty
   */
  public record Outcome(
      int tasks,
      long rows,
      int threads,
      long nanos,
      long cpuNanos,
      long[] digests,
      List<List<TargetResult>> results) {
    /** One hash of every task's digest, in task order. */
    public long digest() {
      long h = 1125899906842597L;
      for (long d : digests) {
        h = 31 * h + d;
      }
      return h;
    }
  }

  /** Scores one aggressor-year: the ranking, best first. */
  public interface TaskScorer {
    /** The ranking of one task's targets. */
    List<TargetResult> score(Task task);
  }

  /**
   * Scores the tasks on {@code threads} threads.
   *
   * @param keep whether to keep every ranking in the outcome (for tests; a full run has ~1.4 M)
   * @throws IllegalArgumentException when {@code threads < 1}
   * @throws RuntimeException the first failure of any thread, with the task it failed on
   */
  public static Outcome run(List<Task> tasks, int threads, TaskScorer scorer, boolean keep) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " must be at least 1");
    }
    int n = tasks.size();
    long[] digests = new long[n];
    @SuppressWarnings("unchecked")
    List<TargetResult>[] kept = keep ? new List[n] : null;
    long[] rows = new long[threads];
    long[] cpu = new long[threads];
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    boolean timed = mx.isCurrentThreadCpuTimeSupported();
    RuntimeException[] failures = new RuntimeException[threads];
    long t0 = System.nanoTime();
    Thread[] workers = new Thread[threads];
    for (int k = 0; k < threads; k++) {
      int first = k;
      Runnable work =
          () -> {
            long c0 = timed ? mx.getCurrentThreadCpuTime() : 0;
            for (int i = first; i < n; i += threads) {
              Task task = tasks.get(i);
              try {
                List<TargetResult> r = scorer.score(task);
                digests[i] = digest(r);
                rows[first] += r.size();
                if (kept != null) {
                  kept[i] = r;
                }
              } catch (RuntimeException e) {
                failures[first] =
                    new IllegalStateException(
                        "Scoring " + task.aggressor() + " in " + task.year() + " failed: " + e, e);
                return;
              }
            }
            cpu[first] = timed ? mx.getCurrentThreadCpuTime() - c0 : -1;
          };
      if (threads == 1) {
        work.run();
      } else {
        workers[k] = new Thread(work, "all-pairs-" + k);
        workers[k].start();
      }
    }
    for (Thread w : workers) {
      if (w != null) {
        try {
          w.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while scoring all pairs", e);
        }
      }
    }
    long nanos = System.nanoTime() - t0;
    for (RuntimeException f : failures) {
      if (f != null) {
        throw f;
      }
    }
    long total = 0;
    long cpuTotal = 0;
    for (int k = 0; k < threads; k++) {
      total += rows[k];
      cpuTotal = cpuTotal < 0 || cpu[k] < 0 ? -1 : cpuTotal + cpu[k];
    }
    return new Outcome(
        n, total, threads, nanos, cpuTotal, digests, keep ? List.of(kept) : List.of());
  }

  /** A hash of a ranking: every target, rank, index and factor score, bit for bit. */
  public static long digest(List<TargetResult> ranking) {
    long h = 17;
    for (TargetResult r : ranking) {
      h = 31 * h + r.target().hashCode();
      h = 31 * h + (r.rank() == null ? -1 : r.rank());
      h = 31 * h + Double.doubleToLongBits(r.index());
      for (Double f : r.factors().values()) {
        h = 31 * h + Double.doubleToLongBits(f);
      }
      Quality q = r.quality();
      h =
          31 * h
              + (((long) q.filled() * 31 + q.imputed()) * 31 + q.missing()) * 31
              + q.unverified();
    }
    return h;
  }
}
