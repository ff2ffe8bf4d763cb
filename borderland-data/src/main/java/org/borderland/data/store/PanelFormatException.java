package org.borderland.data.store;

import java.nio.file.Path;

/** A panel file is not in the expected form: names the file, the line and what to do. */
public final class PanelFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem at a line of a panel file. */
  public PanelFormatException(Path file, long line, String message) {
    super(
        "Panel file "
            + file
            + (line > 0 ? " line " + line : "")
            + ": "
            + message
            + "; rebuild the panel with `borderland data build --sources ../shared/data`");
  }
}
