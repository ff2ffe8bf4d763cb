package org.borderland.app.composite;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.borderland.core.pipeline.Results;

/**
 * A built composite indicator.
 *
 * @param units the units, in the data's order
 * @param aggregates the aggregate codes, in the results table's order
 * @param pipeline where the pipeline came from, or {@code simple build}
 * @param steps the steps run, in order
 * @param results the results table (every aggregate's score and rank per unit); written as CSV
 */
public record CompositeResult(
    List<String> units,
    List<String> aggregates,
    String pipeline,
    List<String> steps,
    @JsonIgnore Results results) {
  /** Copies the lists. */
  public CompositeResult {
    units = List.copyOf(units);
    aggregates = List.copyOf(aggregates);
    steps = List.copyOf(steps);
  }
}
