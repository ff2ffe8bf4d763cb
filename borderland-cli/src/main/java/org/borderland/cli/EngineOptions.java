package org.borderland.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.borderland.app.common.Situation;
import org.borderland.data.engine.Engine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the engine's commands: panel, curated facts, model, aggressor and year. */
public final class EngineOptions {
  @Mixin PanelOption panelOption;

  @Option(
      names = "--curated",
      paramLabel = "DIR",
      description = "Curated facts directory (default: the project's curated/).")
  Path curatedDir;

  @Option(
      names = "--model",
      defaultValue = "essay",
      paramLabel = "NAME|FILE",
      description = "Model: essay, extended, or a model file (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(
      names = "--aggressor",
      defaultValue = "RUS",
      paramLabel = "ISO3",
      description = "The aggressor (default: ${DEFAULT-VALUE}).")
  String aggressor;

  @Option(
      names = "--year",
      paramLabel = "Y",
      description =
          "Knowledge year: only what was published by the end of Y (default: the latest).")
  Integer year;

  /** Loads the engine, or reuses the one loaded from the same unchanged files. */
  Engine engine() {
    return app().engine();
  }

  /** The application these options read. */
  org.borderland.app.Borderland app() {
    return panelOption.app(curatedDir);
  }

  /** The situation these options and a scenario describe (see {@link Situation#of}). */
  Situation situation(ScenarioOption scenario) {
    return Situation.of(app(), aggressor, year, model, scenario.input());
  }

  /** The aggressor, checked against the registry and the year. */
  String aggressor(Engine engine, int y) {
    return org.borderland.app.common.Inputs.country(engine, aggressor, "aggressor", y);
  }

  /** The knowledge year, checked against the panel's editions. */
  int year(Engine engine) {
    return org.borderland.app.common.Inputs.year(engine, year);
  }

  /** A comma-separated list of codes as a list. */
  static Optional<List<String>> codes(String csv) {
    if (csv == null || csv.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
  }
}
