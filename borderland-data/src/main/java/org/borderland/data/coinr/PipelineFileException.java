package org.borderland.data.coinr;

import java.nio.file.Path;
import org.borderland.data.yaml.YamlProblem;

/**
 * A pipeline file could not be read: names the file, line and column, the field, what was wrong and
 * what is allowed.
 */
public final class PipelineFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final int column;

  /**
   * @param file the file
   * @param line 1-based line, or 0 when not known
   * @param column 1-based column, or 0 when not known
   * @param message what was wrong and what to do
   */
  public PipelineFileException(Path file, int line, int column, String message) {
    super(YamlProblem.where(file, line, column) + ": " + message);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** The 1-based line, or 0. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0. */
  public int column() {
    return column;
  }
}
