package org.borderland.core.indicator;

import org.borderland.core.model.Definition;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.RawValue;

/**
 * The aggressor's side of one indicator in one call: looked up on first use and reused for every
 * target of the call.
 */
final class AggressorSide {
  private final Families families;
  private final Call call;
  private final IndicatorSpec spec;
  private RawValue quantity;
  private RawValue idealPoint;
  private RawValue missingIdealPoint;
  private Alignment.Rivals rivals;
  private String midWindow;

  AggressorSide(Families families, Call call, IndicatorSpec spec) {
    this.families = families;
    this.call = call;
    this.spec = spec;
  }

  /** The aggressor's quantity, the numerator of a ratio. */
  RawValue quantity(Definition.Quantity q) {
    if (quantity == null) {
      quantity = families.capabilities.quantity(call.slots(), q, call.year(), spec);
    }
    return quantity;
  }

  /** The end of a MID count's note: the window from {@code from}, and where the data end. */
  String midWindow(int from) {
    if (midWindow == null) {
      midWindow = families.disputes.midWindow(call, from, spec);
    }
    return midWindow;
  }

  /** The aggressor's rivals as known in the call's year. */
  Alignment.Rivals rivals() {
    if (rivals == null) {
      rivals = families.alignment.rivals(call, spec);
    }
    return rivals;
  }

  /** The UN distance when the aggressor's ideal point is missing. */
  RawValue missingIdealPoint() {
    if (missingIdealPoint == null) {
      missingIdealPoint =
          RawValue.missing(
              spec.unit(), call.aggressor() + "'s UN ideal point: " + idealPoint().note());
    }
    return missingIdealPoint;
  }

  /** The aggressor's UN ideal point. */
  RawValue idealPoint() {
    if (idealPoint == null) {
      idealPoint =
          families.reader.monadic(call.slots(), SeriesReader.UN_IDEAL_POINT, call.year(), spec);
    }
    return idealPoint;
  }
}
