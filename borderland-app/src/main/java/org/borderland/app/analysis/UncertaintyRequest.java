package org.borderland.app.analysis;

import java.util.Objects;
import org.borderland.app.problem.BadParameter;

/**
 * What {@code uncertainty} is asked.
 *
 * @param analysed what is ranked: the engine's model or a dataset
 * @param inputs the uncertain inputs
 * @param seed the seed; the same seed gives the same result on any number of threads
 * @param runs the replications, at least 1
 * @param threads worker threads (1-256), or null for the number of cores
 * @param warmUp whether to run a small untimed analysis first (so the elapsed time is warm)
 */
public record UncertaintyRequest(
    Analysed analysed,
    AnalysisInputs inputs,
    long seed,
    int runs,
    Integer threads,
    boolean warmUp) {
  /** Requires what is analysed and the inputs, and checks the counts. */
  public UncertaintyRequest {
    Objects.requireNonNull(analysed, "analysed");
    Objects.requireNonNull(inputs, "inputs");
    if (runs < 1) {
      throw new BadParameter(
          "runs",
          String.valueOf(runs),
          "runs " + runs + ": an uncertainty analysis needs at least 1 replication");
    }
    Checks.threads(threads);
  }

  /** The default analysis of a ranking: the default inputs, seed 42, no warm-up. */
  public static UncertaintyRequest of(Analysed analysed, int runs) {
    return new UncertaintyRequest(analysed, AnalysisInputs.defaults(), 42, runs, null, false);
  }
}
