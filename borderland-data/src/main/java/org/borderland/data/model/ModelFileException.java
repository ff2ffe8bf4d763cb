package org.borderland.data.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A model file could not be loaded. Lists every problem found, each with the file, line and column,
 * the field (as a path such as {@code indicators[3].definition.kind}), what was wrong and what is
 * allowed.
 */
public final class ModelFileException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The most problems a message lists in full. */
  static final int MAX_LISTED = 30;

  private final transient List<Problem> problems;

  /**
   * One thing wrong in a model file.
   *
   * @param file the file
   * @param line 1-based line, or 0 when not known
   * @param column 1-based column, or 0 when not known
   * @param field the field's path, or empty for the whole file
   * @param message what was wrong and what is allowed
   */
  public record Problem(Path file, int line, int column, String field, String message) {
    /** Requires the file and the message. */
    public Problem {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(message, "message");
      field = field == null ? "" : field;
    }

    /** E.g. {@code models/essay.yaml line 12, column 11, field indicators[0].unit: …}. */
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(file.toString());
      if (line > 0) {
        b.append(" line ").append(line);
        if (column > 0) {
          b.append(", column ").append(column);
        }
      }
      if (!field.isEmpty()) {
        b.append(line > 0 ? ", field " : " field ").append(field);
      }
      return b.append(": ").append(message).toString();
    }
  }

  /**
   * @param problems at least one problem
   */
  public ModelFileException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A ModelFileException needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    StringBuilder b =
        new StringBuilder("The model file has ")
            .append(problems.size())
            .append(" problems; fix them and load again:");
    for (int i = 0; i < Math.min(problems.size(), MAX_LISTED); i++) {
      b.append("\n  - ").append(problems.get(i));
    }
    if (problems.size() > MAX_LISTED) {
      b.append("\n  … and ").append(problems.size() - MAX_LISTED).append(" more");
    }
    return b.toString();
  }

  /** Every problem found, in file order. */
  public List<Problem> problems() {
    return problems;
  }
}
