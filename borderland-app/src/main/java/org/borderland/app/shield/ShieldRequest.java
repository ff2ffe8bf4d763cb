package org.borderland.app.shield;

import java.util.Objects;
import org.borderland.app.common.ScenarioInput;

/**
 * What {@code shield} is asked.
 *
 * @param aggressor the aggressor's code or name
 * @param year the knowledge year, or null for the scenario's or the latest
 * @param model the model's name
 * @param transit the transit rules over the defaults
 * @param scenario the scenario ({@link ScenarioInput#none()} for none)
 */
public record ShieldRequest(
    String aggressor, Integer year, String model, Transit transit, ScenarioInput scenario) {
  /** Requires every part but the year. */
  public ShieldRequest {
    Objects.requireNonNull(aggressor, "aggressor");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(transit, "transit");
    Objects.requireNonNull(scenario, "scenario");
  }

  /** The default rules for an aggressor in a year with the essay's model. */
  public static ShieldRequest of(String aggressor, Integer year) {
    return new ShieldRequest(aggressor, year, "essay", Transit.defaults(), ScenarioInput.none());
  }
}
