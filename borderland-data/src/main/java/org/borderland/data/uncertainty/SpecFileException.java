package org.borderland.data.uncertainty;

import java.util.List;
import org.borderland.data.yaml.YamlProblem;

/**
 * An uncertainty spec file could not be read: every problem found, each with the file, line,
 * column, field, what was wrong and what is allowed.
 */
public final class SpecFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<YamlProblem> problems;

  /**
   * @param problems at least one problem
   */
  public SpecFileException(List<YamlProblem> problems) {
    super(YamlProblem.summary(problems, "The uncertainty spec has", 30));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in file order. */
  public List<YamlProblem> problems() {
    return problems;
  }
}
