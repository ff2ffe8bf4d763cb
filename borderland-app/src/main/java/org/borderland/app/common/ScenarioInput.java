package org.borderland.app.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.scenario.Scenario;
import org.borderland.data.engine.Engine;
import org.borderland.data.scenario.ScenarioFileException;
import org.borderland.data.scenario.ScenarioReader;

/**
 * A scenario as a request carries it: parsed, with the hash of its bytes, the parameter that gave
 * it (for messages), and the directory a model file it names may sit in — only for a file the
 * command line was given; the server's bodies have none, so they can name only shipped models.
 *
 * @param scenario the scenario ({@link Scenario#none()} for none)
 * @param hash the short hash of its bytes, empty for none
 * @param parameter {@code scenario} (a file) or {@code body} (a request body)
 * @param dir the scenario file's directory, or null
 */
public record ScenarioInput(Scenario scenario, String hash, String parameter, Path dir) {
  /** What a scenario given as text is called in messages and output. */
  public static final String BODY_NAME = "request body";

  /** Requires the scenario, hash and parameter. */
  public ScenarioInput {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(parameter, "parameter");
  }

  /** No scenario. */
  public static ScenarioInput none() {
    return new ScenarioInput(Scenario.none(), "", "scenario", null);
  }

  /** Whether there is a scenario. */
  public boolean given() {
    return !scenario.isEmpty();
  }

  /**
   * A request body, read in memory (never written to a file).
   *
   * @throws BadParameter naming {@code body}, with the reader's file, line and field
   */
  public static ScenarioInput ofBody(byte[] body) {
    try {
      return new ScenarioInput(
          ScenarioReader.read(body, BODY_NAME), Engine.shortHash(body), "body", null);
    } catch (ScenarioFileException e) {
      throw BadParameter.of("body", null, e);
    }
  }

  /** A request body given as text. */
  public static ScenarioInput ofBody(String text) {
    return ofBody(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A scenario file the command line names (the CLI's door only).
   *
   * @throws BadParameter naming {@code scenario}
   */
  public static ScenarioInput ofFile(Path file) {
    try {
      Scenario s = ScenarioReader.read(file);
      return new ScenarioInput(
          s,
          Engine.shortHash(Files.readAllBytes(file)),
          "scenario",
          file.toAbsolutePath().getParent());
    } catch (ScenarioFileException e) {
      throw BadParameter.of("scenario", file.toString(), e);
    } catch (IOException e) {
      throw new BadParameter(
          "scenario", file.toString(), "Cannot read the scenario file " + file + ": " + e);
    }
  }
}
