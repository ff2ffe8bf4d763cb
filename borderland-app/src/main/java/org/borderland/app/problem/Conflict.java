package org.borderland.app.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request that cannot be done in the present state (e.g. the same heavy computation already
 * running, a queue full): try again later, after {@link #retryAfterSeconds()} when it is known.
 */
public final class Conflict extends Problem {
  private static final long serialVersionUID = 1L;

  private final String resource;
  private final Integer retryAfterSeconds;

  /**
   * @param resource what is busy or in the way
   * @param retryAfterSeconds when to try again, or null
   * @param message what is in the way and what to do
   */
  public Conflict(String resource, Integer retryAfterSeconds, String message) {
    super(message, null);
    this.resource = resource;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  @Override
  public String parameter() {
    return resource;
  }

  /** Seconds to wait before trying again, or null. */
  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }

  @Override
  public Map<String, Object> details() {
    Map<String, Object> d = new LinkedHashMap<>();
    if (retryAfterSeconds != null) {
      d.put("retryAfterSeconds", retryAfterSeconds);
    }
    return d;
  }
}
