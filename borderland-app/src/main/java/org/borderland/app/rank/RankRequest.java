package org.borderland.app.rank;

import java.util.List;
import java.util.Objects;
import org.borderland.app.common.ScenarioInput;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.model.Reach;

/**
 * What {@code rank} is asked.
 *
 * @param aggressor the aggressor's code or name
 * @param year the knowledge year, or null for the scenario's or the latest
 * @param model the model's name
 * @param candidates the targets to score instead of the model's candidates (empty: the model's)
 * @param calibrated whether to add each target's fitted probability of a dispute (slow)
 * @param scenario the scenario ({@link ScenarioInput#none()} for none)
 * @param reach how far the default candidates reach, or null for {@link Reach#LAND}
 */
public record RankRequest(
    String aggressor,
    Integer year,
    String model,
    List<String> candidates,
    boolean calibrated,
    ScenarioInput scenario,
    Reach reach) {
  /**
   * Requires the aggressor, model and scenario; a calibrated rank takes no scenario, and named
   * candidates take no reach wider than the default.
   */
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
    if (reach != null && reach != Reach.LAND && !candidates.isEmpty()) {
      throw new BadParameter(
          "reach",
          reach.id(),
          "reach applies to the default candidates, not to the candidates named; drop reach or"
              + " candidates");
    }
  }

  /** A request at the default reach ({@link Reach#LAND}). */
  public RankRequest(
      String aggressor,
      Integer year,
      String model,
      List<String> candidates,
      boolean calibrated,
      ScenarioInput scenario) {
    this(aggressor, year, model, candidates, calibrated, scenario, null);
  }

  /** The default ranking of an aggressor in a year with the essay's model. */
  public static RankRequest of(String aggressor, Integer year) {
    return new RankRequest(aggressor, year, "essay", List.of(), false, ScenarioInput.none());
  }

  /** The reach asked for, or {@link Reach#LAND}. */
  public Reach reachOrDefault() {
    return reach == null ? Reach.LAND : reach;
  }
}
