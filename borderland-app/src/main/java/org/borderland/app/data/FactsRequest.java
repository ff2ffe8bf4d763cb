package org.borderland.app.data;

import java.util.Objects;
import org.borderland.app.problem.BadParameter;

/**
 * What {@code data facts} is asked.
 *
 * @param aggressor the aggressor's code or name
 * @param target the target's code or name
 * @param year count the facts known by the end of this year, or null for all
 */
public record FactsRequest(String aggressor, String target, Integer year) {
  /**
   * Checks the year.
   *
   * @throws BadParameter naming {@code year} outside 1816 to the current year
   */
  public FactsRequest {
    Objects.requireNonNull(aggressor, "aggressor");
    BadParameter.required(target, "target", "the code or name of the target");
    KnownYears.check(year);
  }
}
