package org.borderland.cli;

import org.borderland.app.Borderland;
import org.borderland.app.common.Inputs;
import org.borderland.app.common.Situation;
import org.borderland.data.engine.Engine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the engine's commands: panel, curated facts, model, aggressor and year. */
public final class EngineOptions {
  @Mixin PanelOption panelOption;
  @Mixin CuratedOption curated;
  @Mixin ModelOption modelOption;
  @Mixin AggressorOption aggressorOption;

  @Option(
      names = "--year",
      paramLabel = "Y",
      description =
          "Knowledge year: only what was published by the end of Y (default: the latest).")
  Integer year;

  /** The aggressor's ISO3 code (not yet checked against the year). */
  String aggressor() {
    return aggressorOption.code();
  }

  /** The model's name or file. */
  String model() {
    return modelOption.name();
  }

  /** Loads the engine, or reuses the one loaded from the same unchanged files. */
  Engine engine() {
    return app().engine();
  }

  /** The application these options read. */
  Borderland app() {
    return panelOption.app(curated.dir());
  }

  /** The situation these options and a scenario describe (see {@link Situation#of}). */
  Situation situation(ScenarioOption scenario) {
    return Situation.of(app(), aggressor(), year, model(), scenario.input());
  }

  /** The aggressor, checked against the registry and the year. */
  String aggressor(Engine engine, int y) {
    return Inputs.country(engine, aggressor(), "aggressor", y);
  }

  /** The knowledge year, checked against the panel's editions. */
  int year(Engine engine) {
    return Inputs.year(engine, year);
  }
}
