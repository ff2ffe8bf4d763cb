package org.borderland.cli;

import java.nio.file.Path;
import org.borderland.app.common.ScenarioInput;
import picocli.CommandLine.Option;

/** The shared {@code --scenario FILE} option: the command line reads the file it names. */
public final class ScenarioOption {
  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description =
          "Apply a scenario file: absorb states, set values, change blocs, transit, weights or"
              + " the model (see scenarios/ and docs/scenarios.md).")
  Path file;

  /** Whether a scenario file was given. */
  boolean given() {
    return file != null;
  }

  /** The scenario as a request carries it ({@link ScenarioInput#none()} without the option). */
  ScenarioInput input() {
    return file == null ? ScenarioInput.none() : ScenarioInput.ofFile(file);
  }
}
