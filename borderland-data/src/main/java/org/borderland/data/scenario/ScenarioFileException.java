package org.borderland.data.scenario;

import java.util.List;
import org.borderland.data.yaml.YamlFileException;
import org.borderland.data.yaml.YamlProblem;

/**
 * A scenario file could not be read. Lists every problem found, each with the file, line and
 * column, the field, what was wrong and what is allowed.
 */
public final class ScenarioFileException extends YamlFileException {
  private static final long serialVersionUID = 1L;

  /**
   * @param problems at least one problem
   */
  public ScenarioFileException(List<YamlProblem> problems) {
    super(problems, "The scenario file has", 30);
  }
}
