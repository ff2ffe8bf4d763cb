package org.borderland.core.model;

import java.util.Objects;
import org.borderland.core.pipeline.Aggregation;

/**
 * One factor of a model: a group of indicators with a weight in the index.
 *
 * @param id lower_snake_case id, e.g. {@code kin_population}
 * @param name a readable name
 * @param rationale why the factor should raise or lower exposure, in a few sentences
 * @param weight the weight in the index, ≥ 0 (relative; rescaled over the factors present)
 * @param aggregation how its indicators are combined
 * @param addition whether the factor goes beyond the essay's eight
 */
public record FactorGroup(
    String id,
    String name,
    String rationale,
    double weight,
    Aggregation aggregation,
    boolean addition) {
  /** Checks the id, the weight and the method. */
  public FactorGroup {
    Model.requireId(id, "factor");
    Objects.requireNonNull(name, "name");
    rationale = rationale == null ? "" : rationale.strip();
    Model.requireWeight(weight, "factor '" + id + "'");
    Objects.requireNonNull(aggregation, "aggregation");
  }
}
