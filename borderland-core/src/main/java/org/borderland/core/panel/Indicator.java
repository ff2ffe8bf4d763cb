package org.borderland.core.panel;

import java.util.Objects;

/**
 * A canonical indicator id with its unit and meaning.
 *
 * @param id lower_snake_case id, a contract other parts of Borderland rely on
 * @param unit the unit its values are in (empty for flags and texts)
 * @param keyed what the key names ("group", "language", "neighbour ISO3", "organisation"), or empty
 *     when the indicator has no key
 * @param exclusiveShares whether values of one country and edition are shares of one whole that
 *     should sum to at most 100 (ethnic groups do; languages spoken do not)
 * @param description one line saying what it measures
 * @param min the smallest value that is possible (0 for most; minus infinity for scales such as
 *     ideal points)
 * @param max the largest value that is possible (100 for a share of a population; more for a ratio
 *     such as military spending to GDP, which passed 100 in Kuwait in 1991), or infinity
 */
public record Indicator(
    String id,
    String unit,
    String keyed,
    boolean exclusiveShares,
    String description,
    double min,
    double max) {
  /** Requires the id and the description. */
  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(keyed, "keyed");
    Objects.requireNonNull(description, "description");
  }

  /** Whether a value is possible for this indicator: within {@link #min} and {@link #max}. */
  public boolean allows(double value) {
    return value >= min && value <= max;
  }
}
