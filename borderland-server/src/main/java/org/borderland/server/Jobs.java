package org.borderland.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.borderland.app.common.Progress;

/**
 * Long analyses (uncertainty, sensitivity, validation) run as jobs, so that a long run never holds
 * a request: a {@code POST} answers at once with the job, a {@code GET} answers its state, progress
 * and, when done, its result (the command's JSON) or its error, and a {@code DELETE} cancels it.
 *
 * <p>Bounded: {@link Limits#runningJobs()} run at once in submission order and {@link
 * Limits#queuedJobs()} wait; a submission beyond that is refused ({@code 429}). A cancelled job's
 * thread is interrupted and the analysis stops after its current batch. A finished job is kept for
 * {@link Limits#jobTtl()} (at most the last {@value #KEEP}), then forgotten.
 */
final class Jobs implements AutoCloseable {
  private static final int KEEP = 100;

  /** A job's state. */
  enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED;

    boolean finished() {
      return this == DONE || this == FAILED || this == CANCELLED;
    }

    String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Limits limits;
  private final ThreadPoolExecutor runner;
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final AtomicInteger active = new AtomicInteger();

  Jobs(Limits limits) {
    this.limits = limits;
    AtomicInteger threads = new AtomicInteger();
    this.runner =
        new ThreadPoolExecutor(
            limits.runningJobs(),
            limits.runningJobs(),
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "borderland-job-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** One job. Its state changes under its own lock. */
  static final class Job {
    final String id;
    final String kind;
    private State state = State.QUEUED;
    private boolean cancelRequested;
    private Thread thread;
    private Runnable task;
    final AtomicLong done = new AtomicLong();
    volatile long total;
    volatile Object result;
    volatile ApiError error;
    final long submitted = System.currentTimeMillis();
    volatile long finished;

    Job(String id, String kind) {
      this.id = id;
      this.kind = kind;
    }

    synchronized State state() {
      return state;
    }

    private synchronized boolean cancelRequested() {
      return cancelRequested;
    }

    /** The job as the API shows it, with its result when asked and done. */
    synchronized JobView view(String base, boolean withResult) {
      double fraction =
          total == 0 ? (state == State.DONE ? 1.0 : 0.0) : (double) done.get() / total;
      return new JobView(
          id,
          kind,
          state.json(),
          base + "/" + id,
          new JobView.Progress(done.get(), total, fraction),
          error,
          withResult ? result : null);
    }
  }

  /**
   * Queues a job doing {@code work}; {@code errors} turns what ended a failed run into an API
   * error.
   *
   * @throws ApiException {@code 429} with the wait when the queue is full
   */
  Job submit(String kind, Function<Progress, Object> work, Function<Throwable, ApiError> errors) {
    expire();
    int capacity = limits.runningJobs() + limits.queuedJobs();
    if (active.incrementAndGet() > capacity) {
      active.decrementAndGet();
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("running", limits.runningJobs());
      d.put("waiting", limits.queuedJobs());
      d.put("retryAfterSeconds", 10);
      throw new ApiException(
          new ApiError(
              "The job queue is full ("
                  + limits.runningJobs()
                  + " running and "
                  + limits.queuedJobs()
                  + " waiting); try again later or cancel a job (DELETE /api/v1/jobs/{id})",
              429,
              "too-many-jobs",
              d));
    }
    Job job = new Job(Long.toString(ids.incrementAndGet()), kind);
    job.task = () -> run(job, work, errors);
    jobs.put(job.id, job);
    runner.execute(job.task);
    return job;
  }

  private void run(Job job, Function<Progress, Object> work, Function<Throwable, ApiError> errors) {
    try {
      synchronized (job) {
        if (job.state != State.QUEUED) {
          return; // cancelled while waiting
        }
        job.state = State.RUNNING;
        job.thread = Thread.currentThread();
      }
      Progress progress =
          new Progress() {
            @Override
            public void total(long steps) {
              job.total = steps;
            }

            @Override
            public void advance(long steps) {
              if (job.cancelRequested()) {
                throw new CancellationException("The job was cancelled");
              }
              job.done.addAndGet(steps);
            }
          };
      State end;
      try {
        Object result = work.apply(progress);
        if (job.cancelRequested()) {
          end = State.CANCELLED;
        } else {
          job.result = result;
          job.done.set(job.total);
          end = State.DONE;
        }
      } catch (RuntimeException | Error e) {
        end = job.cancelRequested() ? State.CANCELLED : State.FAILED;
        if (end == State.FAILED) {
          job.error = errors.apply(e);
        }
      }
      synchronized (job) {
        job.finished = System.currentTimeMillis();
        job.state = end;
        job.thread = null;
        Thread.interrupted(); // a cancel's interrupt must not reach the next job
      }
    } finally {
      active.decrementAndGet();
    }
  }

  /**
   * Cancels a job: a waiting one at once, a running one by interrupting it (it stops after its
   * current batch); a finished one stays as it is.
   *
   * @return the job, or null when there is none with that id
   */
  Job cancel(String id) {
    Job job = get(id);
    if (job == null) {
      return null;
    }
    synchronized (job) {
      switch (job.state) {
        case QUEUED -> {
          job.state = State.CANCELLED;
          job.finished = System.currentTimeMillis();
          if (runner.remove(job.task)) {
            active.decrementAndGet();
          }
        }
        case RUNNING -> {
          job.cancelRequested = true;
          if (job.thread != null) {
            job.thread.interrupt();
          }
        }
        default -> {
          // finished: nothing to stop
        }
      }
    }
    return job;
  }

  /** The job with this id, or null (never one that expired). */
  Job get(String id) {
    expire();
    return jobs.get(id);
  }

  /** How long a finished job is kept. */
  Duration ttl() {
    return limits.jobTtl();
  }

  /** Forgets finished jobs older than the time to live, and all but the last {@value #KEEP}. */
  private void expire() {
    long cutoff = System.currentTimeMillis() - limits.jobTtl().toMillis();
    jobs.values().removeIf(j -> j.state().finished() && j.finished <= cutoff);
    List<Job> done =
        jobs.values().stream()
            .filter(j -> j.state().finished())
            .sorted((a, b) -> Long.compare(a.submitted, b.submitted))
            .toList();
    for (int i = 0; i < done.size() - KEEP; i++) {
      jobs.remove(done.get(i).id);
    }
  }

  @Override
  public void close() {
    runner.shutdownNow();
  }
}
