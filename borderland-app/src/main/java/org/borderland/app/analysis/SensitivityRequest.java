package org.borderland.app.analysis;

import java.util.Objects;
import org.borderland.app.problem.BadParameter;

/**
 * What {@code sensitivity} is asked.
 *
 * @param analysed what is ranked: the engine's model or a dataset
 * @param inputs the uncertain inputs
 * @param seed the seed
 * @param runs the base sample size N, at least 2; the analysis runs N·(d+2)
 * @param bootstrap bootstrap replications for the intervals, at least 0
 * @param target a unit whose rank is apportioned, or null for the mean absolute rank shift
 * @param threads worker threads (1-256), or null for the number of cores
 * @param warmUp whether to run a small untimed analysis first
 */
public record SensitivityRequest(
    Analysed analysed,
    AnalysisInputs inputs,
    long seed,
    int runs,
    int bootstrap,
    String target,
    Integer threads,
    boolean warmUp) {
  /** Requires what is analysed and the inputs, and checks the counts. */
  public SensitivityRequest {
    Objects.requireNonNull(analysed, "analysed");
    Objects.requireNonNull(inputs, "inputs");
    if (runs < 2) {
      throw new BadParameter(
          "runs",
          String.valueOf(runs),
          "runs "
              + runs
              + ": a sensitivity analysis needs a base sample of at least 2 (it runs N·(d+2)"
              + " replications)");
    }
    if (bootstrap < 0) {
      throw new BadParameter(
          "bootstrap", String.valueOf(bootstrap), "bootstrap " + bootstrap + " is negative");
    }
    Checks.threads(threads);
  }
}
