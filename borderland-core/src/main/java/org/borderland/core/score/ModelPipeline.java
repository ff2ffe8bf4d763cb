package org.borderland.core.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderland.core.model.Model;
import org.borderland.core.model.PipelineStep;
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
 * Turns a model file's pipeline section into pipeline steps.
 *
 * <p>Supported: {@code impute} (method none, mean, median), {@code treat} (winmax; skew and
 * kurtosis thresholds), {@code normalise} (method min_max with low/high, z_score with mean/sd,
 * rank), {@code aggregate} (method arithmetic, geometric, harmonic). Treatment never touches an
 * indicator in {@code untreated}: flags and small counts, where winsorising the few non-zero values
 * would erase the signal.
 */
public final class ModelPipeline {
  private ModelPipeline() {}

  /** The pipeline of a model; {@code untreated} lists indicators the treat step must skip. */
  public static Pipeline of(Model model, Set<String> untreated) {
    List<Step> steps = new ArrayList<>();
    for (PipelineStep s : model.pipeline()) {
      steps.add(step(model, s, untreated));
    }
    return new Pipeline(steps);
  }

  private static Step step(Model model, PipelineStep s, Set<String> untreated) {
    String where = "model '" + model.id() + "' pipeline step '" + s.step() + "'";
    switch (s.step()) {
      case "impute":
        {
          String m = s.parameter("method", "none").toLowerCase(Locale.ROOT);
          return switch (m) {
            case "none" -> new Impute(Imputation.NONE, null, null);
            case "mean" -> new Impute(Imputation.MEAN, null, null);
            case "median" -> new Impute(Imputation.MEDIAN, null, null);
            default ->
                throw new IllegalArgumentException(
                    where + ": method '" + m + "' is not one of none, mean, median");
          };
        }
      case "treat":
        {
          int winmax = integer(s, "winmax", "5", where);
          double skew = number(s, "skew", "2", where);
          double kurt = number(s, "kurtosis", "3.5", where);
          return new Treat(winmax, skew, kurt, Treat.Fallback.LOG_CT, untreated);
        }
      case "normalise":
        {
          String m = s.parameter("method", "min_max").toLowerCase(Locale.ROOT);
          NormalisationSpec spec =
              switch (m) {
                case "min_max" ->
                    NormalisationSpec.minMax(
                        number(s, "low", "0", where), number(s, "high", "100", where));
                case "z_score" ->
                    NormalisationSpec.zScore(
                        number(s, "mean", "0", where), number(s, "sd", "1", where));
                case "rank" -> NormalisationSpec.rank();
                default ->
                    throw new IllegalArgumentException(
                        where + ": method '" + m + "' is not one of min_max, z_score, rank");
              };
          return Normalise.all(spec);
        }
      case "aggregate":
        {
          String m = s.parameter("method", "arithmetic").toLowerCase(Locale.ROOT);
          Aggregation a =
              Aggregation.fromId(m)
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              where
                                  + ": method '"
                                  + m
                                  + "' is not one of "
                                  + String.join(", ", Aggregation.shortIds())));
          return Aggregate.all(a);
        }
      default:
        throw new IllegalArgumentException(
            where + ": not supported in a model; use impute, treat, normalise, aggregate");
    }
  }

  private static double number(PipelineStep s, String p, String fallback, String where) {
    String v = s.parameter(p, fallback);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": " + p + " '" + v + "' is not a number");
    }
  }

  private static int integer(PipelineStep s, String p, String fallback, String where) {
    String v = s.parameter(p, fallback);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": " + p + " '" + v + "' is not a whole number");
    }
  }
}
