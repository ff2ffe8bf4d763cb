package org.borderland.app.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A named thing (a job, a country's figure, a case) does not exist; with close names. */
public final class NotFound extends Problem {
  private static final long serialVersionUID = 1L;

  private final String resource;
  private final List<String> suggestions;

  /**
   * @param resource what was looked for, e.g. {@code job} or {@code case}
   * @param suggestions close names (may be empty)
   * @param message what was not found and what to do
   */
  public NotFound(String resource, List<String> suggestions, String message) {
    super(message, null);
    this.resource = resource;
    this.suggestions = List.copyOf(suggestions);
  }

  @Override
  public String parameter() {
    return resource;
  }

  /** Close names. */
  public List<String> suggestions() {
    return suggestions;
  }

  @Override
  public Map<String, Object> details() {
    Map<String, Object> d = new LinkedHashMap<>();
    if (resource != null) {
      d.put("resource", resource);
    }
    if (!suggestions.isEmpty()) {
      d.put("suggestions", suggestions);
    }
    return d;
  }
}
