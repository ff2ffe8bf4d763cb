package org.borderland.app.cascade;

import java.util.List;
import java.util.Objects;
import org.borderland.app.common.ScenarioInput;
import org.borderland.app.problem.BadParameter;

/**
 * What {@code cascade} is asked.
 *
 * @param aggressor the aggressor's code or name
 * @param year the knowledge year, or null for the scenario's or the latest
 * @param model the model's name
 * @param steps how many states to absorb at most, {@value #MIN_STEPS} to {@value #MAX_STEPS}
 * @param scenario the scenario to start from ({@link ScenarioInput#none()} for none)
 */
public record CascadeRequest(
    String aggressor, Integer year, String model, int steps, ScenarioInput scenario) {
  /** The fewest steps. */
  public static final int MIN_STEPS = 1;

  /** The most steps. */
  public static final int MAX_STEPS = 50;

  /**
   * Requires every part but the year.
   *
   * @throws BadParameter naming {@code steps} when it is out of range
   */
  public CascadeRequest {
    Objects.requireNonNull(aggressor, "aggressor");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(scenario, "scenario");
    steps(steps);
  }

  /**
   * A step count, checked.
   *
   * @throws BadParameter naming {@code steps} when it is out of range
   */
  public static int steps(int steps) {
    if (steps < MIN_STEPS || steps > MAX_STEPS) {
      throw new BadParameter(
          "steps",
          String.valueOf(steps),
          MIN_STEPS + "-" + MAX_STEPS,
          List.of(),
          "steps " + steps + " is out of range; give " + MIN_STEPS + " to " + MAX_STEPS,
          null);
    }
    return steps;
  }
}
