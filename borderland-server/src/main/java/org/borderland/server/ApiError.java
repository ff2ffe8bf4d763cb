package org.borderland.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one error shape of the API, as Javalin's own: what was wrong ({@code title}), the HTTP
 * status, a type, and details naming the parameter and value that were wrong where known. Never a
 * stack trace.
 *
 * @param title what was wrong and what to do, in a sentence
 * @param status the HTTP status
 * @param type a short kind, e.g. {@code bad-request}
 * @param details e.g. {@code {parameter: "year", value: "1850"}}
 */
public record ApiError(String title, int status, String type, Map<String, Object> details) {
  /** Requires a title; copies the details keeping their order. */
  public ApiError {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
    details = details == null ? Map.of() : new LinkedHashMap<>(details);
  }

  /** A 400 with details. */
  static ApiError badRequest(String title, Map<String, Object> details) {
    return new ApiError(title, 400, "bad-request", details);
  }

  /** A 404. */
  static ApiError notFound(String title) {
    return new ApiError(title, 404, "not-found", Map.of());
  }
}
