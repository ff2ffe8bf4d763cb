package org.borderland.app.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderland.app.Borderland;
import org.borderland.core.scenario.Scenario;
import org.borderland.core.scenario.World;
import org.borderland.core.scenario.WorldScorer;
import org.borderland.core.score.Provenance;
import org.borderland.data.engine.Engine;

/**
 * What a request scores: the engine, the model (the scenario's when it names one), the scenario,
 * the world it describes for the aggressor and year, and a warm scorer for it. Without a scenario
 * the world is as it is.
 */
public record Situation(
    Engine engine, Engine.LoadedModel model, ScenarioInput input, WorldScorer scorer, World world) {

  /**
   * Resolves a request's aggressor, year, model and scenario against the current engine.
   *
   * @param app the application
   * @param aggressor the aggressor's code or name as given
   * @param year the knowledge year, or null for the scenario's or the latest
   * @param model the model's name as given
   * @param input the scenario ({@link ScenarioInput#none()} for none)
   * @throws org.borderland.app.problem.BadParameter for any of them
   */
  public static Situation of(
      Borderland app, String aggressor, Integer year, String model, ScenarioInput input) {
    Engine engine = app.engine();
    Scenario s = input.scenario();
    String modelName = model;
    String modelParameter = "model";
    if (s.model() != null) {
      modelName = s.model().nameOrPath();
      modelParameter = input.parameter();
      Path near = input.dir() == null ? null : input.dir().resolve(modelName);
      if (near != null && Files.isRegularFile(near)) {
        modelName = near.toString();
      }
    }
    Engine.LoadedModel m = Inputs.model(engine, modelName, modelParameter);
    int y = Inputs.year(engine, year != null ? year : s.year());
    String a = Inputs.country(engine, aggressor, "aggressor", y);
    WorldScorer scorer = Inputs.scenario(input, () -> engine.worlds(m, s));
    World world = Inputs.scenario(input, () -> scorer.world(s, a, y));
    return new Situation(engine, m, input, scorer, world);
  }

  /** The knowledge year. */
  public int year() {
    return world.year();
  }

  /** The aggressor's code. */
  public String aggressor() {
    return world.aggressor();
  }

  /** Whether a scenario applies. */
  public boolean hasScenario() {
    return input.given();
  }

  /** The scenario. */
  public Scenario scenario() {
    return input.scenario();
  }

  /** The provenance of results computed here. */
  public Provenance provenance() {
    return engine.provenance(model, world.year(), null);
  }

  /** The scenario as results show it, or null without one. */
  public ScenarioView scenarioView() {
    if (!hasScenario()) {
      return null;
    }
    Scenario s = input.scenario();
    return new ScenarioView(
        s.id(), s.name(), s.origin().file(), input.hash(), world.absorbed(), model.model().id());
  }

  /** One line for tables: the scenario's name, file and what it absorbs; empty without one. */
  public String scenarioLine() {
    if (!hasScenario()) {
      return "";
    }
    Scenario s = input.scenario();
    List<String> a = world.absorbed();
    return "Scenario: "
        + s.name()
        + " ("
        + s.origin().file()
        + (a.isEmpty() ? "" : "; absorbed into " + world.aggressor() + ": " + String.join(", ", a))
        + ")";
  }
}
