package org.borderland.data.curated;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.borderland.data.yaml.YamlProblem;

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
      return YamlProblem.where(file, line, column)
          + (entryId.isEmpty() ? "" : " (entry '" + entryId + "')")
          + ": "
          + message;
    }
  }

  /**
   * @param problems at least one problem
   */
  public CuratedFactsException(List<Problem> problems) {
    super(YamlProblem.summary(problems, "The curated files have", MAX_LISTED));
    this.problems = List.copyOf(problems);
  }

  /** The exception for a file that could not be read as YAML at all. */
  static CuratedFactsException of(YamlProblem p) {
    return new CuratedFactsException(
        List.of(new Problem(p.file(), p.line(), p.column(), p.field(), p.message())));
  }

  /** Every problem found, in file order. */
  public List<Problem> problems() {
    return problems;
  }
}
