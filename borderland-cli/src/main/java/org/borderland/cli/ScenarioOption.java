package org.borderland.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderland.core.scenario.Scenario;
import org.borderland.data.engine.Engine;
import org.borderland.data.scenario.ScenarioFileException;
import org.borderland.data.scenario.ScenarioReader;
import picocli.CommandLine.Option;

/**
 * The shared {@code --scenario FILE} option, and its hidden in-memory form for the server, which
 * passes a request body as text (never through a file) and names it "request body" in messages.
 */
public final class ScenarioOption {
  /** What a scenario given as text is called in messages and output. */
  public static final String BODY_NAME = "request body";

  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description =
          "Apply a scenario file: absorb states, set values, change blocs, transit, weights or"
              + " the model (see scenarios/ and docs/scenarios.md).")
  Path file;

  @Option(
      names = "--scenario-body",
      hidden = true,
      paramLabel = "TEXT",
      description = "The scenario itself, as text (the server's request body).")
  String body;

  /** Whether a scenario was given, as a file or as text. */
  boolean given() {
    return file != null || body != null;
  }

  /** The scenario, or {@link Scenario#none()} without the option. */
  Scenario load() throws ScenarioFileException {
    if (file != null && body != null) {
      throw new IllegalArgumentException("Give --scenario FILE or a scenario body, not both");
    }
    if (body != null) {
      return ScenarioReader.read(body, BODY_NAME);
    }
    return file == null ? Scenario.none() : ScenarioReader.read(file);
  }

  /** The short hash of the scenario's bytes, or empty without one. */
  String hash() throws java.io.IOException {
    if (body != null) {
      return Engine.shortHash(body.getBytes(StandardCharsets.UTF_8));
    }
    return file == null ? "" : Engine.shortHash(Files.readAllBytes(file));
  }
}
