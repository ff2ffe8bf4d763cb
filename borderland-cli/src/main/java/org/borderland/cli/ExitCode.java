package org.borderland.cli;

/** The exit codes of every command. */
public final class ExitCode {
  /** Success. */
  public static final int OK = 0;

  /** The command ran and failed (bad data, failed validation, unreadable file). */
  public static final int FAILURE = 1;

  /** The command line was wrong (unknown option, bad value). */
  public static final int USAGE = 2;

  private ExitCode() {}
}
