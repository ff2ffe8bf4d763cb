package org.borderland.core.scenario;

import java.util.Locale;
import org.borderland.core.model.Definition;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.panel.Indicator;
import org.borderland.core.panel.Indicators;

/**
 * The raw values an indicator can take, by its definition: a share lies in 0–100, a flag is 0 or 1,
 * a ratio is above 0, a count is at least 0. A scenario may not set a value outside it.
 *
 * @param min the smallest value allowed
 * @param max the largest value allowed
 * @param minExclusive whether {@code min} itself is excluded (a ratio must be above 0)
 */
public record ValueRange(double min, double max, boolean minExclusive) {
  private static final double INF = Double.POSITIVE_INFINITY;

  /** The range of an indicator's raw values. */
  public static ValueRange of(IndicatorSpec spec) {
    Definition d = spec.definition();
    switch (d.kind()) {
      case KIN_SHARE:
      case LANGUAGE_SHARE:
        return new ValueRange(0, 100, false);
      case KIN_TREND:
        return new ValueRange(-100, 100, false);
      case BROADCAST_MENTION:
      case DISPUTE_MENTION:
      case DEFENCE_PACT:
      case MAJOR_POWER:
      case UN_VOTE_AGREEMENT:
      case ETHNIC_FRACTIONALISATION:
        return new ValueRange(0, 1, false);
      case CONTIGUITY:
        return new ValueRange(0, 5, false);
      case RATIO:
        return new ValueRange(0, INF, true);
      case TERRITORIAL_THREAT:
        return new ValueRange(Double.NEGATIVE_INFINITY, INF, false);
      case TARGET_VALUE:
        Definition.TargetValue tv = (Definition.TargetValue) d;
        return Indicators.find(tv.indicator())
            .map(ValueRange::of)
            .orElse(new ValueRange(Double.NEGATIVE_INFINITY, INF, false));
      default: // counts, lengths, distances, memberships
        return new ValueRange(0, INF, false);
    }
  }

  private static ValueRange of(Indicator i) {
    return new ValueRange(i.min(), i.max(), false);
  }

  /** Whether {@code v} lies in the range. */
  public boolean allows(double v) {
    return (minExclusive ? v > min : v >= min) && v <= max;
  }

  /** The range in words, e.g. {@code 0 to 100}, {@code above 0}, {@code at least 0}. */
  public String describe() {
    if (max == INF) {
      if (min == Double.NEGATIVE_INFINITY) {
        return "any number";
      }
      return (minExclusive ? "above " : "at least ") + fmt(min);
    }
    return fmt(min) + " to " + fmt(max);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
  }
}
