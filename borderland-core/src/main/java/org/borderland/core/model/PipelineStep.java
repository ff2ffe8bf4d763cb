package org.borderland.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of the pipeline a model asks for (impute, treat, normalise…), with its parameters as
 * written in the model file. The model only records the steps; the pipeline checks and runs them.
 *
 * @param step one of {@link #STEPS}
 * @param parameters the step's parameters as text, in file order (e.g. {@code method: min_max})
 */
public record PipelineStep(String step, Map<String, String> parameters) {
  /** The step names a model may use, in the order COINr runs them. */
  public static final List<String> STEPS =
      List.of("denominate", "impute", "screen", "treat", "normalise", "aggregate");

  /** Requires a known step name; copies the parameters, keeping their order. */
  public PipelineStep {
    Objects.requireNonNull(step, "step");
    if (!STEPS.contains(step)) {
      throw new IllegalArgumentException(
          "Unknown pipeline step '" + step + "'; allowed: " + String.join(", ", STEPS));
    }
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** A parameter, or {@code fallback} when the step does not set it. */
  public String parameter(String name, String fallback) {
    return parameters.getOrDefault(name, fallback);
  }
}
