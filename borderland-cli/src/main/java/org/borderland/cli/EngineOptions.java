package org.borderland.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.borderland.core.country.Country;
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
  Engine engine() throws Exception {
    return Engines.get(
        panelOption.dir(), curatedDir != null ? curatedDir : Engine.defaultCuratedDir());
  }

  /** The aggressor, checked against the registry and the year. */
  String aggressor(Engine engine, int y) {
    Country c = engine.registry().resolve(aggressor, "--aggressor");
    if (!c.existsIn(y)) {
      throw new IllegalArgumentException(
          "--aggressor "
              + c.iso3()
              + " ("
              + c.name()
              + ") did not exist in "
              + y
              + "; it existed "
              + c.fromYear()
              + "–"
              + (c.toYear() == null ? "" : c.toYear()));
    }
    return c.iso3();
  }

  /** The knowledge year, checked against the panel's editions. */
  int year(Engine engine) {
    int[] span = engine.years();
    if (year == null) {
      return span[1];
    }
    if (year < span[0] || year > span[1]) {
      throw new IllegalArgumentException(
          "--year "
              + year
              + " is outside the panel's knowledge years "
              + span[0]
              + "–"
              + span[1]
              + "; give a year in that range");
    }
    return year;
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
