package org.borderland.data.registry;

/** A registry table is malformed: says which file and line, what was wrong and what to do. */
public final class RegistryTableException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;

  /**
   * @param file the table's file name, as the user would find it
   * @param line 1-based line, or 0 when the problem is not on one line
   * @param message what was wrong (with the offending value) and what to do
   */
  public RegistryTableException(String file, int line, String message) {
    super(file + (line > 0 ? " line " + line : "") + ": " + message);
    this.file = file;
    this.line = line;
  }

  /** The table's file name. */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0. */
  public int line() {
    return line;
  }
}
