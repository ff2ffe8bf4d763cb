package org.borderland.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The shared {@code --curated DIR} option: where the curated facts are. */
public final class CuratedOption {
  @Option(
      names = "--curated",
      paramLabel = "DIR",
      description = "Curated facts directory (default: the project's curated/).")
  Path dir;

  /** The directory given, or null for the default. */
  Path dir() {
    return dir;
  }
}
