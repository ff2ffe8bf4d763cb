package org.borderland.app.explain;

import java.util.Objects;
import org.borderland.app.common.ScenarioInput;
import org.borderland.app.problem.BadParameter;

/**
 * What {@code explain} is asked.
 *
 * @param aggressor the aggressor's code or name
 * @param year the knowledge year, or null for the scenario's or the latest
 * @param model the model's name
 * @param target the target to explain, by code or name
 * @param versus the target to compare it with, or null for none
 * @param scenario the scenario ({@link ScenarioInput#none()} for none)
 */
public record ExplainRequest(
    String aggressor,
    Integer year,
    String model,
    String target,
    String versus,
    ScenarioInput scenario) {
  /**
   * Requires the aggressor, model, target and scenario.
   *
   * @throws BadParameter naming {@code target} or {@code versus} when it is blank
   */
  public ExplainRequest {
    Objects.requireNonNull(aggressor, "aggressor");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(scenario, "scenario");
    if (target == null || target.isBlank()) {
      throw new BadParameter(
          "target", target, "target is missing; give the code or name of the state to explain");
    }
    if (versus != null && versus.isBlank()) {
      throw new BadParameter(
          "versus", versus, "versus is empty; give the code or name of a state, or leave it out");
    }
  }

  /** The explanation of one target with the essay's model and no scenario. */
  public static ExplainRequest of(String aggressor, Integer year, String target) {
    return new ExplainRequest(aggressor, year, "essay", target, null, ScenarioInput.none());
  }

  /** The same request comparing the target with {@code other}. */
  public ExplainRequest versus(String other) {
    return new ExplainRequest(aggressor, year, model, target, other, scenario);
  }
}
