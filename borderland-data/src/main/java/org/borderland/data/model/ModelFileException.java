package org.borderland.data.model;

import java.util.List;
import org.borderland.data.yaml.YamlFileException;
import org.borderland.data.yaml.YamlProblem;

/**
 * A model file could not be loaded. Lists every problem found, each with the file, line and column,
 * the field (as a path such as {@code indicators[3].definition.kind}), what was wrong and what is
 * allowed.
 */
public final class ModelFileException extends YamlFileException {
  private static final long serialVersionUID = 1L;

  /** The most problems a message lists in full. */
  static final int MAX_LISTED = 30;

  /**
   * @param problems at least one problem
   */
  public ModelFileException(List<YamlProblem> problems) {
    super(problems, "The model file has", MAX_LISTED);
  }
}
