package org.borderland.app.data;

import java.time.Year;
import java.util.List;
import org.borderland.app.problem.BadParameter;

/** The years the registry and the curated facts know: from the state system's start to now. */
final class KnownYears {
  /** The first year of the state system the registry follows (Correlates of War). */
  static final int FIRST = 1816;

  private KnownYears() {}

  /**
   * Checks {@code year} (null: none given) against {@value #FIRST} to the current year.
   *
   * @throws BadParameter naming {@code year}, the value and the range
   */
  static Integer check(Integer year) {
    int last = Year.now().getValue();
    if (year != null && (year < FIRST || year > last)) {
      throw new BadParameter(
          "year",
          String.valueOf(year),
          FIRST + "-" + last,
          List.of(),
          "year "
              + year
              + " is outside the years Borderland knows ("
              + FIRST
              + "–"
              + last
              + "); give a year in that range",
          null);
    }
    return year;
  }
}
