package org.borderland.cli;

import java.nio.file.Path;
import org.borderland.app.common.ScenarioInput;
import org.borderland.app.problem.BadParameter;
import picocli.CommandLine.Option;

/**
 * The shared {@code --scenario FILE} option, and its hidden in-memory form ({@code
 * --scenario-body}), which passes a scenario as text and names it "request body" in messages.
 */
public final class ScenarioOption {
  /** What a scenario given as text is called in messages and output. */
  public static final String BODY_NAME = ScenarioInput.BODY_NAME;

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

  /** The scenario as a request carries it ({@link ScenarioInput#none()} without the option). */
  ScenarioInput input() {
    if (file != null && body != null) {
      throw new BadParameter("scenario", null, "Give --scenario FILE or a scenario body, not both");
    }
    if (body != null) {
      return ScenarioInput.ofBody(body);
    }
    return file == null ? ScenarioInput.none() : ScenarioInput.ofFile(file);
  }
}
