package org.borderland.app.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parameter's value is not allowed: the parameter's plain name, the value given (null when it is
 * missing), what is allowed, and close values a user may have meant.
 */
public final class BadParameter extends Problem {
  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final String value;
  private final String allowed;
  private final List<String> suggestions;

  /**
   * @param parameter the parameter's plain name, e.g. {@code year} or {@code body}
   * @param value the value given, or null
   * @param allowed what would be accepted, or null when the message says it
   * @param suggestions values the user may have meant (may be empty)
   * @param message what was wrong and what to do
   * @param cause the domain exception this reports, or null
   */
  public BadParameter(
      String parameter,
      String value,
      String allowed,
      List<String> suggestions,
      String message,
      Throwable cause) {
    super(message, cause);
    this.parameter = Objects.requireNonNull(parameter, "parameter");
    this.value = value;
    this.allowed = allowed;
    this.suggestions = List.copyOf(suggestions);
  }

  /** A bad value with a message. */
  public BadParameter(String parameter, String value, String message) {
    this(parameter, value, null, List.of(), message, null);
  }

  /** A bad value reported by a domain exception, whose message is the problem's. */
  public static BadParameter of(String parameter, String value, Throwable cause) {
    return new BadParameter(parameter, value, null, List.of(), cause.getMessage(), cause);
  }

  /**
   * A value a request must give.
   *
   * @param value the value, or null when missing
   * @param parameter its plain name
   * @param what what to give, e.g. {@code "the code or name of the country to show"}
   * @throws BadParameter when the value is missing or blank
   */
  public static String required(String value, String parameter, String what) {
    if (value == null || value.isBlank()) {
      throw new BadParameter(parameter, value, parameter + " is missing; give " + what);
    }
    return value;
  }

  @Override
  public String parameter() {
    return parameter;
  }

  /** The value given, or null. */
  public String value() {
    return value;
  }

  /** What is allowed, or null. */
  public String allowed() {
    return allowed;
  }

  /** Values the user may have meant. */
  public List<String> suggestions() {
    return suggestions;
  }

  @Override
  public Map<String, Object> details() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("parameter", parameter);
    if (value != null) {
      d.put("value", value);
    }
    if (allowed != null) {
      d.put("allowed", allowed);
    }
    if (!suggestions.isEmpty()) {
      d.put("suggestions", suggestions);
    }
    return d;
  }
}
