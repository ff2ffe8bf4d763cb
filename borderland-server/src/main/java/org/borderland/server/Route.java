package org.borderland.server;

import java.util.List;
import java.util.Objects;

/**
 * One route of the API.
 *
 * @param method {@code GET}, {@code POST} or {@code DELETE}
 * @param path the path, e.g. {@code /api/v1/rank} or {@code /api/v1/jobs/{id}}
 * @param command the command it runs (e.g. {@code [rank]}, {@code [data, show]}), or empty for a
 *     route that runs none
 * @param kind what the route does with it
 * @param summary one line for the OpenAPI document
 */
public record Route(String method, String path, List<String> command, Kind kind, String summary) {
  /** What a route does. */
  public enum Kind {
    /** Runs the command with the query parameters as options; answers its JSON. */
    COMMAND,
    /** Runs the command with the request body as its {@code --scenario} file. */
    SCENARIO,
    /** Starts the command as a job; answers the job. */
    JOB_START,
    /** Answers a job's state, progress and result. */
    JOB_STATUS,
    /** Cancels a job. */
    JOB_CANCEL,
    /** Answers the OpenAPI document. */
    OPENAPI
  }

  /** Requires every part; copies the command. */
  public Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    command = List.copyOf(command);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
  }
}
