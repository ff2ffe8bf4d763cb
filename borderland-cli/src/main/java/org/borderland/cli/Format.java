package org.borderland.cli;

/** Output formats. With {@code json}, stdout holds only JSON; messages go to stderr. */
public enum Format {
  /** Aligned columns for reading. */
  table,
  /** Comma-separated values with a header. */
  csv,
  /** JSON. */
  json
}
