package org.borderland.core.panel;

import java.util.Objects;

/**
 * A series of the panel: one country, one indicator, one key.
 *
 * @param country ISO3 key
 * @param indicator indicator id
 * @param key the group, language, neighbour or organisation; empty when none
 */
public record SeriesKey(String country, String indicator, String key) {
  /** Requires country and indicator; an absent key is empty. */
  public SeriesKey {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(indicator, "indicator");
    key = key == null ? "" : key;
  }
}
