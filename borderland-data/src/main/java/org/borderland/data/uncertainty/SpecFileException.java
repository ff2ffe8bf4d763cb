package org.borderland.data.uncertainty;

import java.util.List;
import org.borderland.data.yaml.YamlFileException;
import org.borderland.data.yaml.YamlProblem;

/**
 * An uncertainty spec file could not be read: every problem found, each with the file, line,
 * column, field, what was wrong and what is allowed.
 */
public final class SpecFileException extends YamlFileException {
  private static final long serialVersionUID = 1L;

  /**
   * @param problems at least one problem
   */
  public SpecFileException(List<YamlProblem> problems) {
    super(problems, "The uncertainty spec has", 30);
  }
}
