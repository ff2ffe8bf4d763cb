package org.borderland.cli;

import java.nio.file.Path;
import org.borderland.core.scenario.Scenario;
import org.borderland.data.scenario.ScenarioFileException;
import org.borderland.data.scenario.ScenarioReader;
import picocli.CommandLine.Option;

/** The shared {@code --scenario FILE} option. */
public final class ScenarioOption {
  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description =
          "Apply a scenario file: absorb states, set values, change blocs, transit, weights or"
              + " the model (see scenarios/ and docs/scenarios.md).")
  Path file;

  /** The scenario, or {@link Scenario#none()} without the option. */
  Scenario load() throws ScenarioFileException {
    return file == null ? Scenario.none() : ScenarioReader.read(file);
  }
}
