package org.borderland.core.model;

import java.util.Objects;

/**
 * One indicator of a model.
 *
 * @param id lower_snake_case id, unique in the model
 * @param name a readable name
 * @param factor the id of the factor it belongs to
 * @param definition how it is computed from the panel
 * @param direction {@code 1} when more of it means more exposure, {@code -1} when less does
 * @param transform what the pipeline does to the raw value before normalising
 * @param weight the weight within its factor, ≥ 0
 * @param unit the unit of the raw value, e.g. {@code %}, {@code km}, {@code ratio}
 * @param addition whether it goes beyond the essay (an addition from the research literature)
 * @param sources which datasets it may read and whether revised histories are allowed
 * @param maxAge the oldest a figure may be, in years before the knowledge year (by the year it
 *     describes, else its edition), or {@code null} for no limit
 * @param note what a reader should know about it; may be empty
 */
public record IndicatorSpec(
    String id,
    String name,
    String factor,
    Definition definition,
    int direction,
    Transform transform,
    double weight,
    String unit,
    boolean addition,
    Sourcing sources,
    Integer maxAge,
    String note) {
  /** Checks every component; the messages name the indicator. */
  public IndicatorSpec {
    Model.requireId(id, "indicator");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(definition, "definition");
    if (direction != 1 && direction != -1) {
      throw new IllegalArgumentException(
          "Indicator '" + id + "' has direction " + direction + "; a direction is 1 or -1");
    }
    transform = transform == null ? new Transform.Identity() : transform;
    Model.requireWeight(weight, "indicator '" + id + "'");
    unit = unit == null ? "" : unit;
    Objects.requireNonNull(sources, "sources");
    if (maxAge != null && maxAge < 0) {
      throw new IllegalArgumentException(
          "Indicator '" + id + "' has maxAge " + maxAge + "; use a number of years ≥ 0");
    }
    note = note == null ? "" : note.strip();
  }
}
