package org.borderland.app.rank;

import java.util.List;
import java.util.Objects;
import org.borderland.app.common.ScenarioInput;
import org.borderland.app.problem.BadParameter;

/**
 * What {@code rank} is asked.
 *
 * @param aggressor the aggressor's code or name
 * @param year the knowledge year, or null for the scenario's or the latest
 * @param model the model's name
 * @param candidates the targets to score instead of the model's candidates (empty: the model's)
 * @param calibrated whether to add each target's fitted probability of a dispute (slow)
 * @param scenario the scenario ({@link ScenarioInput#none()} for none)
 */
public record RankRequest(
    String aggressor,
    Integer year,
    String model,
    List<String> candidates,
    boolean calibrated,
    ScenarioInput scenario) {
  /** Requires the aggressor, model and scenario; a calibrated rank takes no scenario. */
  public RankRequest {
    Objects.requireNonNull(aggressor, "aggressor");
    Objects.requireNonNull(model, "model");
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(scenario, "scenario");
    if (calibrated && scenario.given()) {
      throw new BadParameter(
          "calibrated",
          "true",
          "calibrated does not apply to a scenario: the probabilities are fitted on the world as"
              + " it was; drop the scenario or calibrated");
    }
  }

  /** The default ranking of an aggressor in a year with the essay's model. */
  public static RankRequest of(String aggressor, Integer year) {
    return new RankRequest(aggressor, year, "essay", List.of(), false, ScenarioInput.none());
  }
}
