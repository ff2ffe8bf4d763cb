package org.borderland.data.curated;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The curated files could not be loaded. Lists every problem found, each with the file, line and
 * column, the entry's id when known, what was wrong and what to do.
 */
public final class CuratedFactsException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The most problems a message lists in full. */
  static final int MAX_LISTED = 50;

  private final transient List<Problem> problems;

  /**
   * One thing wrong in a curated file.
   *
   * @param file the file
   * @param line 1-based line, or 0 when not known
   * @param column 1-based column, or 0 when not known
   * @param entryId the entry's id, or empty when not known
   * @param message what was wrong and what to do
   */
  public record Problem(Path file, int line, int column, String entryId, String message) {
    /** Requires the file and the message. */
    public Problem {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(message, "message");
      entryId = entryId == null ? "" : entryId;
    }

    /** E.g. {@code curated/facts.yaml line 12, column 13 (entry 'kaz-x'): Unknown …}. */
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(file.toString());
      if (line > 0) {
        b.append(" line ").append(line);
        if (column > 0) {
          b.append(", column ").append(column);
        }
      }
      if (!entryId.isEmpty()) {
        b.append(" (entry '").append(entryId).append("')");
      }
      return b.append(": ").append(message).toString();
    }
  }

  /**
   * @param problems at least one problem
   */
  public CuratedFactsException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A CuratedFactsException needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    StringBuilder b =
        new StringBuilder("The curated files have ")
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
