package org.borderland.core.country;

import java.util.List;

/** A code or name that is not in the registry; the message lists the closest matches. */
public final class UnknownCountryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String query;
  private final List<Country> suggestions;

  /**
   * @param what what was looked up ("country code", "FIPS code", "country name")
   * @param query the text that was not found
   * @param where where it came from, e.g. {@code "scenario.yaml line 4"}; may be empty
   * @param suggestions the closest registry entries, best first
   */
  public UnknownCountryException(
      String what, String query, String where, List<Country> suggestions) {
    super(message(what, query, where, suggestions));
    this.query = query;
    this.suggestions = List.copyOf(suggestions);
  }

  private static String message(
      String what, String query, String where, List<Country> suggestions) {
    StringBuilder b = new StringBuilder("Unknown ").append(what).append(" '").append(query);
    b.append('\'');
    if (where != null && !where.isEmpty()) {
      b.append(" in ").append(where);
    }
    if (suggestions.isEmpty()) {
      b.append("; run `borderland data countries` to list the known codes");
    } else {
      b.append("; did you mean ");
      for (int i = 0; i < suggestions.size(); i++) {
        Country c = suggestions.get(i);
        if (i > 0) {
          b.append(i == suggestions.size() - 1 ? " or " : ", ");
        }
        b.append(c.iso3()).append(" (").append(c.name()).append(')');
      }
      b.append('?');
    }
    return b.toString();
  }

  /** The text that was not found. */
  public String query() {
    return query;
  }

  /** The closest registry entries, best first. */
  public List<Country> suggestions() {
    return suggestions;
  }
}
