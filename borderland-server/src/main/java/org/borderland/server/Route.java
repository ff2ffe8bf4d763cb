package org.borderland.server;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.borderland.app.common.Progress;
import org.borderland.app.common.ScenarioInput;

/**
 * One route of the API: its method and path, what it does, the parameters it takes, the record its
 * answer is (for the OpenAPI schema), and the service call that answers it.
 *
 * @param method {@code GET}, {@code POST} or {@code DELETE}
 * @param path the path, e.g. {@code /api/v1/rank} or {@code /api/v1/jobs/{id}}
 * @param kind what the route does
 * @param summary one line for the OpenAPI document
 * @param params the query parameters it takes
 * @param result the type of its answer (or of a job's result), or null for the server's own
 * @param answer the service call of a query or scenario route, or null
 * @param job how a job route checks a request and what it runs, or null
 * @param takesScenario whether a request body may carry a scenario (a scenario route requires one;
 *     a job route that does not take one refuses a non-empty body)
 */
public record Route(
    String method,
    String path,
    Kind kind,
    String summary,
    List<Param> params,
    Type result,
    Answer answer,
    JobStart job,
    boolean takesScenario) {
  /** What a route does. */
  public enum Kind {
    /** Answers a GET from its query parameters (cached when the server caches). */
    QUERY,
    /** Answers a GET from its query parameters, computing one at a time (e.g. validation). */
    HEAVY,
    /** Answers a POST whose body is a scenario. */
    SCENARIO,
    /** Starts a job; answers the job. */
    JOB_START,
    /** Answers a job's state, progress and result. */
    JOB_STATUS,
    /** Cancels a job. */
    JOB_CANCEL,
    /** Answers the OpenAPI document. */
    OPENAPI
  }

  /** A service call answering a request. */
  @FunctionalInterface
  public interface Answer {
    /**
     * @param query the checked query parameters
     * @param scenario the body's scenario ({@link ScenarioInput#none()} for a GET)
     * @return the result record
     */
    Object answer(Query query, ScenarioInput scenario);
  }

  /** What a job route checks before it queues a job, and the work it queues. */
  @FunctionalInterface
  public interface JobStart {
    /**
     * Checks the request (a bad one is a problem now, not a failed job).
     *
     * @return the work to queue
     */
    Work prepare(Query query, ScenarioInput scenario);
  }

  /**
   * A job's work, checked.
   *
   * @param kind the analysis, e.g. {@code uncertainty}
   * @param run the work, reporting progress; returns the result record
   */
  public record Work(String kind, Function<Progress, Object> run) {}

  /** Requires the method, path, kind, summary and parameters. */
  public Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    params = List.copyOf(params);
  }

  /** A route the server answers itself (OpenAPI, job status and cancel). */
  static Route own(String method, String path, Kind kind, String summary) {
    return new Route(method, path, kind, summary, List.of(), null, null, null, false);
  }
}
