package org.borderland.app.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request beyond a limit (replications, model runs, bootstrap samples, a body's size): the
 * parameter, the value, and the largest allowed.
 */
public final class TooLarge extends Problem {
  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final String value;
  private final String allowed;

  /**
   * @param parameter the parameter's plain name
   * @param value the value given
   * @param allowed the allowed range, e.g. {@code 1-100000}
   * @param message what is too large and what to give instead
   */
  public TooLarge(String parameter, String value, String allowed, String message) {
    super(message, null);
    this.parameter = parameter;
    this.value = value;
    this.allowed = allowed;
  }

  @Override
  public String parameter() {
    return parameter;
  }

  /** The value given. */
  public String value() {
    return value;
  }

  /** The allowed range. */
  public String allowed() {
    return allowed;
  }

  @Override
  public Map<String, Object> details() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("parameter", parameter);
    d.put("value", value);
    d.put("allowed", allowed);
    return d;
  }
}
