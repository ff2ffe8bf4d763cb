package org.borderland.core.score;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderland.core.model.MissingFactors;
import org.borderland.core.model.Model;
import org.borderland.core.model.ModelStep;
import org.borderland.core.pipeline.Aggregate;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Imputation;
import org.borderland.core.pipeline.Impute;
import org.borderland.core.pipeline.NormalisationSpec;
import org.borderland.core.pipeline.Normalise;
import org.borderland.core.pipeline.Pipeline;
import org.borderland.core.pipeline.Step;
import org.borderland.core.pipeline.Treat;

/**
 * Turns a model's checked pipeline steps ({@link ModelStep}) into pipeline steps.
 *
 * <p>Treatment never touches an indicator in {@code untreated}: flags and small counts, where
 * winsorising the few non-zero values would erase the signal; what fails to winsorise falls back to
 * COINr's {@code log_CT}.
 */
public final class ModelPipeline {
  private ModelPipeline() {}

  /** The pipeline of a model; {@code untreated} lists indicators the treat step must skip. */
  public static Pipeline of(Model model, Set<String> untreated) {
    Set<String> neutral =
        model.missingFactors().policy() == MissingFactors.Policy.NEUTRAL
            ? Set.of(Scoring.INDEX)
            : Set.of();
    List<Step> steps = model.pipeline().stream().map(s -> step(s, untreated, neutral)).toList();
    return new Pipeline(steps);
  }

  private static Step step(ModelStep s, Set<String> untreated, Set<String> neutral) {
    return switch (s) {
      case ModelStep.Impute(Imputation method) -> new Impute(method, null, null);
      case ModelStep.Treat(int winmax, double skew, double kurtosis) ->
          new Treat(winmax, skew, kurtosis, Treat.Fallback.LOG_CT, untreated);
      case ModelStep.Normalise(NormalisationSpec spec) -> Normalise.all(spec);
      case ModelStep.Aggregate(Aggregation method) ->
          new Aggregate(method, Map.of(), 0, neutral); // the index's missing factors, by policy
    };
  }
}
