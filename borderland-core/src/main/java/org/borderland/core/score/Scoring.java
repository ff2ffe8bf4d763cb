package org.borderland.core.score;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.borderland.core.model.Model;
import org.borderland.core.model.RawTable;
import org.borderland.core.pipeline.Dataset;
import org.borderland.core.pipeline.Results;
import org.borderland.core.pipeline.Run;
import org.borderland.core.pipeline.StepRecord;

/**
 * The outcome of scoring one aggressor's candidates in one knowledge year: the raw values, every
 * dataset the pipeline made, and the ranked results.
 *
 * @param model the model
 * @param aggressor ISO3
 * @param year the knowledge year
 * @param raw the raw dyadic values with their sources
 * @param run the pipeline run (datasets Raw, Imputed, Treated, Normalised, Aggregated…)
 * @param results one per target, ranked (targets without an index last)
 */
public record Scoring(
    Model model, String aggressor, int year, RawTable raw, Run run, List<TargetResult> results) {
  /** The code of the index node in the pipeline's tree. */
  public static final String INDEX = "index";

  /** Copies the results. */
  public Scoring {
    results = List.copyOf(results);
  }

  /** The result of one target, if it was a candidate. */
  public Optional<TargetResult> result(String target) {
    return results.stream().filter(r -> r.target().equals(target)).findFirst();
  }

  /** The pipeline's log: every step with its parameters. */
  public List<StepRecord> log() {
    return run.log();
  }

  /** A target's value of an indicator after normalisation (NaN when missing). */
  public double normalised(String target, String indicator) {
    return value("Normalised", target, indicator);
  }

  /** A target's value of an indicator after treatment, or the raw value when not treated. */
  public double treated(String target, String indicator) {
    return run.datasets().containsKey("Treated")
        ? value("Treated", target, indicator)
        : value("Raw", target, indicator);
  }

  /** Whether a pipeline step filled a value the panel did not have. */
  public boolean imputed(String target, String indicator) {
    return !raw.get(target, indicator).isFilled()
        && run.datasets().containsKey("Imputed")
        && !Double.isNaN(value("Imputed", target, indicator));
  }

  /** A target's score on a factor (NaN when all its indicators were missing). */
  public double factorScore(String target, String factor) {
    return scores().score(target, factor);
  }

  /** A target's rank on a factor among the candidates. */
  public OptionalInt factorRank(String target, String factor) {
    return scores().rank(target, factor);
  }

  /** The pipeline's final scores and ranks at every level. */
  public Results scores() {
    return run.results();
  }

  private double value(String dataset, String target, String code) {
    Dataset d = run.dataset(dataset);
    int row = d.row(target);
    return row < 0 || !d.has(code) ? Double.NaN : d.value(row, code);
  }
}
