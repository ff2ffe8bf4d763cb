package org.borderland.data.query;

import org.borderland.core.panel.Observation;

/**
 * One row of {@code data show}: an observation, or a missing value, with how it was chosen.
 *
 * @param country ISO3
 * @param indicator indicator id
 * @param key key, or empty
 * @param dataset the dataset asked about
 * @param observation the observation, or {@code null} when missing
 * @param choice how a point-in-time value was chosen (or why it is missing); empty when listing
 *     every edition
 */
public record ShowRow(
    String country,
    String indicator,
    String key,
    String dataset,
    Observation observation,
    String choice) {
  /** Whether there is a value. */
  public boolean missing() {
    return observation == null || !observation.hasValue();
  }
}
