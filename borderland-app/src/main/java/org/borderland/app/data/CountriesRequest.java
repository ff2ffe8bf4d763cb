package org.borderland.app.data;

import org.borderland.app.problem.BadParameter;

/**
 * What {@code data countries} is asked.
 *
 * @param year only entities that existed in this year, with the codes valid then; null for all
 */
public record CountriesRequest(Integer year) {
  /**
   * Checks the year.
   *
   * @throws BadParameter naming {@code year} outside 1816 to the current year
   */
  public CountriesRequest {
    KnownYears.check(year);
  }
}
