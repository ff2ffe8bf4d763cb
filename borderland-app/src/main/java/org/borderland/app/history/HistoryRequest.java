package org.borderland.app.history;

import java.util.Objects;
import org.borderland.app.problem.BadParameter;

/**
 * What {@code history} is asked.
 *
 * @param aggressor the aggressor's code or name
 * @param year the last knowledge year, or null for the latest
 * @param model the model's name
 * @param target the target to follow, by code or name
 */
public record HistoryRequest(String aggressor, Integer year, String model, String target) {
  /**
   * Requires the aggressor, model and target.
   *
   * @throws BadParameter naming {@code target} when it is blank
   */
  public HistoryRequest {
    Objects.requireNonNull(aggressor, "aggressor");
    Objects.requireNonNull(model, "model");
    BadParameter.required(target, "target", "the code or name of the target to follow");
    if (target == null || target.isBlank()) {
      throw new BadParameter(
          "target", target, "target is missing; give the code or name of the state to follow");
    }
  }

  /** The history of a target for an aggressor with the essay's model, up to the latest year. */
  public static HistoryRequest of(String aggressor, String target) {
    return new HistoryRequest(aggressor, null, "essay", target);
  }
}
