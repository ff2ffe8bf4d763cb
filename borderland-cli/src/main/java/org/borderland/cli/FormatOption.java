package org.borderland.cli;

import picocli.CommandLine.Option;

/** The {@code --format table|csv|json} option of the commands that print all three. */
public final class FormatOption {
  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  /** Whether JSON was asked for. */
  boolean json() {
    return format == Format.json;
  }

  /** Whether CSV was asked for. */
  boolean csv() {
    return format == Format.csv;
  }
}
