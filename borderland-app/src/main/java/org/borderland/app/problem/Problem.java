package org.borderland.app.problem;

import java.util.Map;

/**
 * What a user can get wrong, as the application tells it to both doors: the CLI turns it into a
 * message and an exit code, the server into the JSON error shape and a status. Anything else that
 * escapes a service is a bug (the server answers {@code 500} with an id).
 *
 * <p>A message says what was wrong, where, and what to do, in words without a front end's syntax: a
 * parameter is named by its plain name ({@code year}), which the CLI shows as {@code --year} and
 * the server as the query parameter {@code year}.
 */
public abstract sealed class Problem extends RuntimeException
    permits BadParameter, NotFound, Conflict, TooLarge {
  private static final long serialVersionUID = 1L;

  Problem(String message, Throwable cause) {
    super(message, cause, false, false);
  }

  /** The parameter or resource this is about (e.g. {@code year}, {@code body}), or null. */
  public abstract String parameter();

  /** Details for the error shape: parameter, value, allowed, suggestions, as they apply. */
  public abstract Map<String, Object> details();
}
