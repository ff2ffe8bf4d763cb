package org.borderland.cli;

import java.time.Year;

/** The years a command that reads no panel accepts (the registry and the curated facts). */
final class Years {
  /** The first year of the state system the registry follows (Correlates of War). */
  static final int FIRST = 1816;

  private Years() {}

  /**
   * Checks {@code year} (null: none given) against {@value #FIRST} to the current year.
   *
   * @throws IllegalArgumentException naming the option, the value and the range
   */
  static Integer check(Integer year, String option) {
    int last = Year.now().getValue();
    if (year != null && (year < FIRST || year > last)) {
      throw new IllegalArgumentException(
          option
              + " "
              + year
              + " is outside the years Borderland knows ("
              + FIRST
              + "–"
              + last
              + "); give a year in that range");
    }
    return year;
  }
}
