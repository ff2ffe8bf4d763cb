package org.borderland.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderland.core.scenario.Scenario;
import org.borderland.core.scenario.World;
import org.borderland.core.scenario.WorldScorer;
import org.borderland.core.score.Provenance;
import org.borderland.data.engine.Engine;

/**
 * What a command scores: the engine, the model (the scenario's when it names one), the scenario,
 * the world it describes for the aggressor and year, and a scorer for it. Without a scenario the
 * world is as it is and the scores are those of {@code rank}.
 */
record Situation(
    Engine engine,
    Engine.LoadedModel model,
    Scenario scenario,
    String scenarioHash,
    WorldScorer scorer,
    World world) {

  /** Loads the engine, model and scenario the options name, and checks the scenario. */
  static Situation of(EngineOptions options, ScenarioOption scenarioOption) throws Exception {
    Engine engine = options.engine();
    Scenario s = scenarioOption.load();
    String hash = scenarioOption.hash();
    String modelName = options.model;
    if (s.model() != null) {
      modelName = s.model().nameOrPath();
      Path near =
          scenarioOption.file == null || scenarioOption.file.getParent() == null
              ? null
              : scenarioOption.file.getParent().resolve(modelName);
      if (near != null && Files.isRegularFile(near)) {
        modelName = near.toString();
      }
    }
    Engine.LoadedModel model = engine.model(modelName);
    if (options.year == null && s.year() != null) {
      options.year = s.year();
    }
    int year = options.year(engine);
    String aggressor = options.aggressor(engine, year);
    WorldScorer scorer = engine.worlds(model, s);
    World world = scorer.world(s, aggressor, year);
    return new Situation(engine, model, s, hash, scorer, world);
  }

  int year() {
    return world.year();
  }

  String aggressor() {
    return world.aggressor();
  }

  boolean hasScenario() {
    return !scenario.isEmpty();
  }

  Provenance provenance() {
    return engine.provenance(model, world.year(), null);
  }

  /** The scenario for JSON output: id, name, file, hash and what it changed; null without one. */
  Map<String, Object> scenarioJson() {
    if (!hasScenario()) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", scenario.id());
    m.put("name", scenario.name());
    m.put("file", scenario.origin().file());
    m.put("hash", scenarioHash);
    m.put("absorbed", world.absorbed());
    m.put("model", model.model().id());
    return m;
  }

  /** One line for tables: the scenario's name, file and what it absorbs. */
  String scenarioLine() {
    if (!hasScenario()) {
      return "";
    }
    List<String> a = world.absorbed();
    return "Scenario: "
        + scenario.name()
        + " ("
        + scenario.origin().file()
        + (a.isEmpty() ? "" : "; absorbed into " + world.aggressor() + ": " + String.join(", ", a))
        + ")";
  }
}
