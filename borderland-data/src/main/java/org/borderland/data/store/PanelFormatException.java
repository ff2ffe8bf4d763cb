package org.borderland.data.store;

import java.nio.file.Path;

/** A panel file is not in the expected form: names the file, the line and what to do. */
public final class PanelFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What to do about a panel file in the wrong form, unless said otherwise. */
  static final String REBUILD =
      "rebuild the panel with `borderland data build --sources ../shared/data`";

  /** A problem at a line of a panel file; the remedy is to rebuild the panel. */
  public PanelFormatException(Path file, long line, String message) {
    this(file, line, message, REBUILD);
  }

  /** A problem at a line of a panel file, with what to do about it. */
  public PanelFormatException(Path file, long line, String message, String whatToDo) {
    super(
        "Panel file "
            + file
            + (line > 0 ? " line " + line : "")
            + ": "
            + message
            + "; "
            + whatToDo);
  }
}
