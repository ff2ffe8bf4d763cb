package org.borderland.core.validation;

import java.time.LocalDate;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Observation;

/**
 * Checks that raw values computed for a knowledge year rest only on what could be known by its end:
 * a figure as published at the time (a Factbook edition, a curated row) must have been published by
 * 31 December of the year; a figure from a dataset with revised history must describe that year or
 * an earlier one.
 */
public final class LookAhead {
  private LookAhead() {}

  /**
   * Whether one source observation could be used in knowledge year {@code year}.
   *
   * @return {@code null} when it could, else what is wrong
   */
  public static String violation(Observation o, int year) {
    if (o.asKnown()) {
      LocalDate end = LocalDate.of(year, 12, 31);
      if (o.published() != null && o.published().isAfter(end)) {
        return "published " + o.published() + ", after the end of " + year;
      }
      if (o.edition() > year) {
        return "edition " + o.edition() + ", after " + year;
      }
      return null;
    }
    if (o.refYear() != null && o.refYear() > year) {
      return "describes " + o.refYear() + ", after " + year;
    }
    return null;
  }

  /**
   * The first filled cell of a raw table resting on a source that was not known in its year.
   *
   * @return {@code null} when there is none, else the cell, the source and what is wrong
   */
  public static String firstViolation(RawTable raw) {
    int year = raw.year();
    for (int t = 0; t < raw.targets().size(); t++) {
      for (int i = 0; i < raw.indicators().size(); i++) {
        RawValue v = raw.get(t, i);
        if (!v.isFilled()) {
          continue;
        }
        for (Observation o : v.sources()) {
          String why = violation(o, year);
          if (why != null) {
            return raw.aggressor()
                + "→"
                + raw.targets().get(t)
                + " "
                + raw.indicators().get(i)
                + " as known in "
                + year
                + " uses "
                + o.source().dataset()
                + " "
                + o.source().edition()
                + " "
                + o.indicator()
                + " of "
                + o.country()
                + ": "
                + why;
          }
        }
      }
    }
    return null;
  }
}
