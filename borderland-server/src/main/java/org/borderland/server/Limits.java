package org.borderland.server;

import java.time.Duration;
import java.util.Objects;

/**
 * What the server bounds, with the defaults for a 2-core machine (docs/security.md lists each).
 *
 * @param runningJobs jobs that run at once
 * @param queuedJobs jobs that may wait; a submission beyond running + waiting gets {@code 429}
 * @param maxRuns replications of one uncertainty job
 * @param maxModelRuns model runs N·(d+2) of one sensitivity job
 * @param maxBootstrap bootstrap replications of one sensitivity job
 * @param maxThreads worker threads a request may ask for
 * @param jobTtl how long a finished job is kept
 * @param heavyRequests computations of an expensive GET route ({@code validate}) at once; a request
 *     equal to a running one waits for its answer, another gets {@code 429}
 * @param cacheTtl how long a GET answer is reused, counted from when it was computed
 * @param cacheBytes how much answer text the cache holds
 */
public record Limits(
    int runningJobs,
    int queuedJobs,
    int maxRuns,
    long maxModelRuns,
    int maxBootstrap,
    int maxThreads,
    Duration jobTtl,
    int heavyRequests,
    Duration cacheTtl,
    long cacheBytes) {
  /** Checks that every limit is positive. */
  public Limits {
    positive(runningJobs, "running jobs");
    if (queuedJobs < 0) {
      throw new IllegalArgumentException("queued jobs " + queuedJobs + " must be at least 0");
    }
    positive(maxRuns, "maximum runs");
    positive(maxModelRuns, "maximum model runs");
    positive(maxBootstrap, "maximum bootstrap");
    positive(maxThreads, "maximum threads");
    Objects.requireNonNull(jobTtl, "jobTtl");
    positive(heavyRequests, "heavy requests");
    Objects.requireNonNull(cacheTtl, "cacheTtl");
    positive(cacheBytes, "cache bytes");
  }

  /** The defaults: 1 running + 16 waiting jobs, 100,000 runs, 1 h, 60 s, 64 MiB. */
  public static Limits defaults() {
    return new Limits(
        1,
        16,
        100_000,
        200_000,
        10_000,
        Runtime.getRuntime().availableProcessors(),
        Duration.ofHours(1),
        1,
        Duration.ofSeconds(60),
        64L << 20);
  }

  /** These limits with another job queue. */
  public Limits withJobs(int running, int queued) {
    return new Limits(
        running,
        queued,
        maxRuns,
        maxModelRuns,
        maxBootstrap,
        maxThreads,
        jobTtl,
        heavyRequests,
        cacheTtl,
        cacheBytes);
  }

  /** These limits with finished jobs kept for {@code ttl}. */
  public Limits withJobTtl(Duration ttl) {
    return new Limits(
        runningJobs,
        queuedJobs,
        maxRuns,
        maxModelRuns,
        maxBootstrap,
        maxThreads,
        ttl,
        heavyRequests,
        cacheTtl,
        cacheBytes);
  }

  private static void positive(long v, String what) {
    if (v < 1) {
      throw new IllegalArgumentException(what + " " + v + " must be at least 1");
    }
  }
}
