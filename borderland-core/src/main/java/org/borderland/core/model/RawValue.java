package org.borderland.core.model;

import java.util.List;
import java.util.Objects;
import org.borderland.core.panel.Observation;

/**
 * One computed cell: an indicator's raw value for one aggressor–target pair as known in one year,
 * with every observation it was computed from.
 *
 * @param value the value, or {@code null} when missing
 * @param unit the unit of the value
 * @param sources the observations used, primary first (a ratio has the aggressor's and the
 *     target's; a 0 read from a list cites the list); may be non-empty for a missing value, showing
 *     what was found
 * @param note what a reader must know (a 0 inferred from a list, a fallback to an older edition,
 *     the other side of a ratio); for a missing value, why it is missing
 * @param status whether the value is filled or missing
 */
public record RawValue(
    Double value, String unit, List<Observation> sources, String note, Status status) {

  /** Whether a cell has a value. */
  public enum Status {
    /** A value was computed from the sources listed. */
    FILLED,
    /** No value: the note says why. It is never silently zero. */
    MISSING
  }

  /** Checks that a filled value is finite and a missing one has no value and a reason. */
  public RawValue {
    Objects.requireNonNull(status, "status");
    unit = unit == null ? "" : unit;
    sources = List.copyOf(sources);
    note = note == null ? "" : note;
    if (status == Status.FILLED) {
      if (value == null || !Double.isFinite(value)) {
        throw new IllegalArgumentException("A filled raw value needs a finite value, not " + value);
      }
    } else {
      if (value != null) {
        throw new IllegalArgumentException("A missing raw value has value " + value);
      }
      if (note.isBlank()) {
        throw new IllegalArgumentException("A missing raw value needs a note saying why");
      }
    }
  }

  /** A filled value. */
  public static RawValue filled(double value, String unit, List<Observation> sources, String note) {
    return new RawValue(value, unit, sources, note, Status.FILLED);
  }

  /** A missing value; {@code why} says why. */
  public static RawValue missing(String unit, String why) {
    return new RawValue(null, unit, List.of(), why, Status.MISSING);
  }

  /** A missing value, with what was found. */
  public static RawValue missing(String unit, String why, List<Observation> found) {
    return new RawValue(null, unit, found, why, Status.MISSING);
  }

  /** Whether the cell has a value. */
  public boolean isFilled() {
    return status == Status.FILLED;
  }

  /** The value, or {@code NaN} when missing: for numeric work without boxing checks. */
  public double valueOrNaN() {
    return value == null ? Double.NaN : value;
  }

  /** The primary source, or {@code null} when there is none. */
  public Observation primary() {
    return sources.isEmpty() ? null : sources.get(0);
  }

  /**
   * Whether any source comes from a dataset with revised history (not as known at the time): the
   * value depends on hindsight and a strict backtest would not use it.
   */
  public boolean revised() {
    for (int i = 0; i < sources.size(); i++) { // indexed: no iterator for the C1 compiler to make
      if (!sources.get(i).asKnown()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether any source is a curated entry nobody has verified yet (its note says {@code NOT
   * verified}, as curated census rows and counted facts do).
   */
  public boolean unverified() {
    for (int i = 0; i < sources.size(); i++) { // indexed: no iterator for the C1 compiler to make
      if (sources.get(i).note().contains("NOT verified")) {
        return true;
      }
    }
    return false;
  }
}
