package org.borderland.app.common;

/** Numbers as results carry them. */
public final class Numbers {
  private Numbers() {}

  /** A value for JSON: NaN (missing) as null. */
  public static Double orNull(Double v) {
    return v == null || v.isNaN() ? null : v;
  }

  /** A value for JSON: NaN (missing) as null. */
  public static Double orNull(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
