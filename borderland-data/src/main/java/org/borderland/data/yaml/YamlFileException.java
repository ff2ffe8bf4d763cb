package org.borderland.data.yaml;

import java.util.List;

/**
 * A YAML file (a model, a scenario, transit rules, an uncertainty spec, a cases file) could not be
 * read. Lists every problem found, each with the file, line and column, the field, what was wrong
 * and what is allowed; the message summarises them. Each kind of file has its own subclass, so a
 * caller can tell them apart.
 */
public abstract class YamlFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<YamlProblem> problems;

  /**
   * @param problems at least one problem
   * @param subject how the message starts, e.g. {@code The scenario file has}
   * @param maxListed how many problems the message lists in full
   */
  protected YamlFileException(List<YamlProblem> problems, String subject, int maxListed) {
    super(YamlProblem.summary(problems, subject, maxListed));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order. */
  public List<YamlProblem> problems() {
    return problems;
  }
}
