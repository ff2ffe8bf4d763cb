package org.borderland.data.importer;

import java.nio.file.Path;

/** A raw file could not be read: says which dataset, file and line, what was wrong, and the fix. */
public final class ImportException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * @param dataset dataset id
   * @param file the file (as the user would find it)
   * @param line 1-based line number, or 0 when not applicable
   * @param message what was wrong and what to do
   * @param cause the underlying error, or {@code null}
   */
  public ImportException(String dataset, Path file, long line, String message, Throwable cause) {
    super(
        dataset + ": " + (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + message,
        cause);
  }

  /** Same, without a cause. */
  public ImportException(String dataset, Path file, long line, String message) {
    this(dataset, file, line, message, null);
  }
}
