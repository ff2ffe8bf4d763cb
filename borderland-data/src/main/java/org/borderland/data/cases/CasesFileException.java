package org.borderland.data.cases;

import java.util.List;
import org.borderland.data.yaml.YamlProblem;

/**
 * A cases file could not be read. Lists every problem found, each with the file, line and column,
 * the field, what was wrong and what is allowed.
 */
public final class CasesFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<YamlProblem> problems;

  /**
   * @param problems at least one problem
   */
  public CasesFileException(List<YamlProblem> problems) {
    super(YamlProblem.summary(problems, "The cases file has", 30));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order. */
  public List<YamlProblem> problems() {
    return problems;
  }
}
