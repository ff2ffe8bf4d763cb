package org.borderland.app.scenario;

import java.util.Objects;
import org.borderland.app.common.ScenarioInput;
import org.borderland.app.problem.BadParameter;

/**
 * What {@code scenario diff} is asked.
 *
 * @param aggressor the aggressor's code or name
 * @param year the knowledge year, or null for the scenario's or the latest
 * @param model the model before the scenario (after it: the scenario's when it names one)
 * @param scenario the scenario (required)
 */
public record ScenarioDiffRequest(
    String aggressor, Integer year, String model, ScenarioInput scenario) {
  /**
   * Requires every part but the year.
   *
   * @throws BadParameter naming {@code scenario} when there is none
   */
  public ScenarioDiffRequest {
    Objects.requireNonNull(aggressor, "aggressor");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(scenario, "scenario");
    if (!scenario.given()) {
      throw new BadParameter(
          scenario.parameter(),
          null,
          scenario.parameter()
              + " is required: a diff compares the world as it is with a scenario");
    }
  }
}
