package org.borderland.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.borderland.cli.JobProgress;
import org.borderland.cli.Main;

/**
 * Long analyses (uncertainty, sensitivity) run as jobs, one at a time in submission order, so that
 * a 10,000-run analysis never holds a request: a {@code POST} answers at once with the job, a
 * {@code GET} answers its state, progress and, when done, its result (the command's JSON) or its
 * error. The last 100 jobs are kept.
 */
final class Jobs implements AutoCloseable {
  private static final int KEEP = 100;

  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "borderland-jobs");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  /** One job. */
  static final class Job {
    final String id;
    final String kind;
    final List<String> args;
    volatile String state = "queued";
    final AtomicLong done = new AtomicLong();
    volatile long total;
    volatile String result;
    volatile ApiError error;
    final long submitted = System.currentTimeMillis();
    volatile long finished;

    Job(String id, String kind, List<String> args) {
      this.id = id;
      this.kind = kind;
      this.args = args;
    }

    /** The job as JSON: id, kind, state, progress and, when done, result or error. */
    Map<String, Object> json(String base) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      m.put("kind", kind);
      m.put("state", state);
      m.put("url", base + "/" + id);
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("done", done.get());
      p.put("total", total);
      p.put(
          "fraction",
          total == 0 ? (state.equals("done") ? 1.0 : 0.0) : (double) done.get() / total);
      m.put("progress", p);
      m.put("error", error);
      return m;
    }
  }

  /**
   * Queues a job running {@code args}; {@code errors} turns a failed run into an API error; {@code
   * hide} (if not null) is a temporary file name replaced by "request body" in the result; {@code
   * cleanup} (if not null) runs when the job ends.
   */
  Job submit(
      String kind,
      List<String> args,
      Function<Main.Outcome, ApiError> errors,
      String hide,
      Runnable cleanup) {
    Job job = new Job(Long.toString(ids.incrementAndGet()), kind, args);
    jobs.put(job.id, job);
    trim();
    runner.execute(
        () -> {
          job.state = "running";
          JobProgress.LISTENER.set(
              new LongConsumer[] {t -> job.total = t, n -> job.done.addAndGet(n)});
          try {
            Main.Outcome o = Main.capture(args.toArray(String[]::new));
            if (o.exitCode() == 0) {
              job.result = hide == null ? o.out() : o.out().replace(hide, "request body");
              job.done.set(job.total);
              job.state = "done";
            } else {
              job.error = errors.apply(o);
              job.state = "failed";
            }
          } catch (RuntimeException | Error e) {
            job.error = new ApiError("The job failed: " + e, 500, "internal", Map.of());
            job.state = "failed";
          } finally {
            if (cleanup != null) {
              cleanup.run();
            }
            JobProgress.LISTENER.remove();
            job.finished = System.currentTimeMillis();
          }
        });
    return job;
  }

  Job get(String id) {
    return jobs.get(id);
  }

  private void trim() {
    if (jobs.size() <= KEEP) {
      return;
    }
    jobs.values().stream()
        .filter(j -> j.state.equals("done") || j.state.equals("failed"))
        .sorted((a, b) -> Long.compare(a.submitted, b.submitted))
        .limit(jobs.size() - KEEP)
        .forEach(j -> jobs.remove(j.id));
  }

  @Override
  public void close() {
    runner.shutdownNow();
  }
}
