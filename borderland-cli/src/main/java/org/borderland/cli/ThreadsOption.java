package org.borderland.cli;

import picocli.CommandLine.Option;

/** The shared {@code --threads N} option; results never depend on it. */
public final class ThreadsOption {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Worker threads (default: the number of cores); the output does not depend on it.")
  Integer threads;

  /** The threads given, or null for the default. */
  Integer given() {
    return threads;
  }

  /** The threads given, or the number of cores. */
  int count() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }
}
