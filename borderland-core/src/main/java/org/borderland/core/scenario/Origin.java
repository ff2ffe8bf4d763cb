package org.borderland.core.scenario;

import java.util.Objects;

/**
 * Where a scenario entry was written, for messages: a file and line, or an option on the command
 * line (line 0).
 *
 * @param file the file name as the user gave it, or the option, e.g. {@code --absorb}
 * @param line the 1-based line, or 0 when there is none
 */
public record Origin(String file, int line) {
  /** Requires a file and a line ≥ 0. */
  public Origin {
    Objects.requireNonNull(file, "file");
    if (line < 0) {
      throw new IllegalArgumentException("An origin's line is ≥ 0, not " + line);
    }
  }

  /** An entry given by a command-line option (or built in code). */
  public static Origin option(String option) {
    return new Origin(option, 0);
  }

  /** {@code file line N}, or the option alone. */
  @Override
  public String toString() {
    return line > 0 ? file + " line " + line : file;
  }
}
