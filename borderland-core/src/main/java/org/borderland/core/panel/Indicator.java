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
 */
public record Indicator(
    String id, String unit, String keyed, boolean exclusiveShares, String description) {
  /** Requires the id and the description. */
  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(keyed, "keyed");
    Objects.requireNonNull(description, "description");
  }

  /** Whether rows of this indicator are percentages that must lie within 0–100. */
  public boolean isPercent() {
    return unit.equals("%");
  }
}
