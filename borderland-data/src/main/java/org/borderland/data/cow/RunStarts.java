package org.borderland.data.cow;

import java.util.HashSet;
import java.util.Set;

/**
 * Remembers, for yearly dyadic data, which pair-series were in force in which years before the
 * panel's first year, so a series already in force in 1990 can say since when.
 */
final class RunStarts {
  private final Set<Long> on = new HashSet<>();

  private static long key(int ccode1, int ccode2, int series, int year) {
    return ((long) ccode1 << 40) | ((long) ccode2 << 24) | ((long) series << 16) | year;
  }

  /** Marks a series (numbered by the caller) of a COW-code pair as in force in {@code year}. */
  void mark(int ccode1, int ccode2, int series, int year) {
    on.add(key(ccode1, ccode2, series, year));
  }

  /**
   * The note for a series in force in the panel's first year: the first year of the unbroken run of
   * the same COW-code pair leading up to it, or empty when the run starts in that year.
   */
  String note(int ccode1, int ccode2, int series, int firstYear) {
    int y = firstYear;
    while (on.contains(key(ccode1, ccode2, series, y - 1))) {
      y--;
    }
    return y == firstYear ? "" : "in force since " + y + " (panel starts in " + firstYear + ")";
  }
}
