package org.borderland.data.transit;

import java.util.List;
import org.borderland.data.yaml.YamlFileException;
import org.borderland.data.yaml.YamlProblem;

/**
 * A transit-rules file could not be read. Lists every problem found, each with the file, line and
 * column, the field, what was wrong and what is allowed.
 */
public final class TransitFileException extends YamlFileException {
  private static final long serialVersionUID = 1L;

  /**
   * @param problems at least one problem
   */
  public TransitFileException(List<YamlProblem> problems) {
    super(problems, "The transit file has", 20);
  }
}
