package org.borderland.core.scenario;

import java.util.Locale;
import org.borderland.core.model.Definition;
import org.borderland.core.model.Definition.AlignmentTies;
import org.borderland.core.model.Definition.BlocAmbiguity;
import org.borderland.core.model.Definition.BlocMembership;
import org.borderland.core.model.Definition.BroadcastMention;
import org.borderland.core.model.Definition.Contiguity;
import org.borderland.core.model.Definition.CuratedCount;
import org.borderland.core.model.Definition.DefencePact;
import org.borderland.core.model.Definition.DisputeMention;
import org.borderland.core.model.Definition.EthnicFractionalisation;
import org.borderland.core.model.Definition.Fractionalisation;
import org.borderland.core.model.Definition.GatewayCount;
import org.borderland.core.model.Definition.HedgingScore;
import org.borderland.core.model.Definition.KinAbsolute;
import org.borderland.core.model.Definition.KinShare;
import org.borderland.core.model.Definition.KinTrend;
import org.borderland.core.model.Definition.LandBorder;
import org.borderland.core.model.Definition.LanguageShare;
import org.borderland.core.model.Definition.MajorPower;
import org.borderland.core.model.Definition.MidCount;
import org.borderland.core.model.Definition.Polarisation;
import org.borderland.core.model.Definition.Ratio;
import org.borderland.core.model.Definition.TargetValue;
import org.borderland.core.model.Definition.TerritorialThreat;
import org.borderland.core.model.Definition.UnDistance;
import org.borderland.core.model.Definition.UnVoteAgreement;
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

  /**
   * The range of an indicator's raw values: an exhaustive switch over the sealed {@link
   * Definition}, so a new kind of indicator must say its range here.
   */
  public static ValueRange of(IndicatorSpec spec) {
    return switch (spec.definition()) {
      case KinShare _, LanguageShare _ -> new ValueRange(0, 100, false);
      case KinTrend _ -> new ValueRange(-100, 100, false);
      case BroadcastMention _,
          DisputeMention _,
          DefencePact _,
          MajorPower _,
          UnVoteAgreement _,
          EthnicFractionalisation _,
          Fractionalisation _,
          Polarisation _,
          HedgingScore _ ->
          new ValueRange(0, 1, false);
      case Contiguity _ -> new ValueRange(0, 5, false);
      case Ratio _ -> new ValueRange(0, INF, true);
      case TerritorialThreat _ -> new ValueRange(Double.NEGATIVE_INFINITY, INF, false);
      case TargetValue(var indicator, var key) ->
          Indicators.find(indicator)
              .map(ValueRange::of)
              .orElse(new ValueRange(Double.NEGATIVE_INFINITY, INF, false));
      // counts, lengths, distances, memberships
      case KinAbsolute _,
          LandBorder _,
          GatewayCount _,
          BlocMembership _,
          BlocAmbiguity _,
          AlignmentTies _,
          UnDistance _,
          MidCount _,
          CuratedCount _ ->
          new ValueRange(0, INF, false);
    };
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
