package org.borderland.data.model;

import java.util.List;
import org.borderland.data.yaml.YamlProblem;

/**
 * A model file could not be loaded. Lists every problem found, each with the file, line and column,
 * the field (as a path such as {@code indicators[3].definition.kind}), what was wrong and what is
 * allowed.
 */
public final class ModelFileException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The most problems a message lists in full. */
  static final int MAX_LISTED = 30;

  private final transient List<YamlProblem> problems;

  /**
   * @param problems at least one problem
   */
  public ModelFileException(List<YamlProblem> problems) {
    super(YamlProblem.summary(problems, "The model file has", MAX_LISTED));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order. */
  public List<YamlProblem> problems() {
    return problems;
  }
}
