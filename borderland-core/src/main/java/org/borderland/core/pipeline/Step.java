package org.borderland.core.pipeline;

import java.util.List;

/**
 * One step of a {@link Pipeline}: a pure function from a dataset to a new dataset (COINr's building
 * functions {@code Denominate}, {@code Impute}, {@code Screen}, {@code Treat}, {@code Normalise},
 * {@code Aggregate}), which describes itself as a {@link StepRecord}.
 */
public sealed interface Step
    permits Denominate, Impute, Screen, Treat, Normalise, Aggregate, SelectTime {

  /** The step's name in records and pipeline files, e.g. {@code treat}. */
  String name();

  /** The name of the dataset it makes, as COINr names it, e.g. {@code Treated}. */
  String output();

  /**
   * Applies the step; {@code data} is not changed.
   *
   * @throws PipelineException when the data does not allow the step (naming the step, unit and
   *     column)
   */
  Dataset apply(Dataset data, Tree tree);

  /** The step's name and parameters. */
  StepRecord record();

  /** The names of every step, in pipeline order. */
  static List<String> names() {
    return List.of("denominate", "impute", "screen", "treat", "normalise", "aggregate", "select");
  }

  /**
   * The step a record describes (the inverse of {@link #record()}).
   *
   * @throws IllegalArgumentException for an unknown step or a bad parameter
   */
  static Step fromRecord(StepRecord r) {
    return switch (r.step()) {
      case "denominate" -> Denominate.fromRecord(r);
      case "impute" -> Impute.fromRecord(r);
      case "screen" -> Screen.fromRecord(r);
      case "treat" -> Treat.fromRecord(r);
      case "normalise" -> Normalise.fromRecord(r);
      case "aggregate" -> Aggregate.fromRecord(r);
      case "select" -> SelectTime.fromRecord(r);
      default ->
          throw new IllegalArgumentException(
              "Unknown step '" + r.step() + "'; the steps are " + names());
    };
  }
}
