package org.borderland.core.panel;

import java.util.List;
import java.util.Objects;

/**
 * The answer to "what was X for country C as known in year Y": the observation used, or none, and
 * what a careful reader needs to know about how it was chosen.
 *
 * @param year the knowledge year asked about
 * @param observation the observation used, or {@code null} when nothing was known
 * @param skippedEditions newer editions of the same dataset (all ≤ Y) that did not report the
 *     indicator for this country, newest first: the value falls back past them
 * @param note one line saying how the value was chosen, or why it is missing
 */
public record PointInTime(
    int year, Observation observation, List<Integer> skippedEditions, String note) {
  /** Copies the list and requires the note. */
  public PointInTime {
    skippedEditions = List.copyOf(skippedEditions);
    Objects.requireNonNull(note, "note");
  }

  /** Whether a value was known. */
  public boolean isKnown() {
    return observation != null && observation.hasValue();
  }

  /** Whether the value fell back past newer editions that did not report it. */
  public boolean fellBack() {
    return !skippedEditions.isEmpty();
  }
}
