package org.borderland.data.yaml;

import java.util.Objects;

/**
 * A YAML file could not be read into a tree: it is missing, unreadable, empty, not valid YAML, or
 * repeats a key. Readers turn its {@link #problem()} into their own exception type.
 */
public final class YamlException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient YamlProblem problem;

  /** An exception for {@code problem}. */
  public YamlException(YamlProblem problem) {
    super(Objects.requireNonNull(problem, "problem").toString());
    this.problem = problem;
  }

  /** What was wrong and where. */
  public YamlProblem problem() {
    return problem;
  }
}
