package org.borderland.core.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.borderland.core.text.Suggestions;

/**
 * Variance-based sensitivity analysis (COINr's {@code get_sensitivity(SA_type = "SA")}): Saltelli's
 * design of {@code N(d + 2)} runs — the rows of two independent sample matrices A and B (streams A
 * and B of {@link Draws}), then for each input {@code i} the rows of A with column {@code i} from B
 * — and first- and total-order indices with COINr's estimators ({@link Sobol}).
 *
 * <p>The output is COINr's: per run, the mean over units of the absolute difference between the
 * unit's rank and its nominal rank (units without a rank in either left out), or, with a target,
 * that unit's rank. A failed run has no output; a design row ({@code j} of A, B and every AB_i)
 * with a failed run is left out of the estimates, and the count is reported. The rank statistics
 * are those of the {@code 2N} runs of A and B, as COINr's.
 */
public final class Sensitivity {
  private Sensitivity() {}

  /**
   * How to run.
   *
   * @param seed the seed
   * @param n the base sample size {@code N}, ≥ 2; the analysis runs {@code N(d + 2)} replications
   * @param bootstrap bootstrap replications for the confidence intervals, ≥ 0
   * @param target a unit whose rank is the output, or {@code null} for the mean absolute rank shift
   * @param threads worker threads, ≥ 1
   * @param progress told of replications done; may be {@code null}
   */
  public record Options(
      long seed, int n, int bootstrap, String target, int threads, IntConsumer progress) {
    /** Checks the counts. */
    public Options {
      if (n < 2) {
        throw new IllegalArgumentException(
            "runs "
                + n
                + ": a sensitivity analysis needs a base sample of at least 2 (it runs N·(d+2)"
                + " replications)");
      }
      if (bootstrap < 0) {
        throw new IllegalArgumentException("bootstrap " + bootstrap + " is negative");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads " + threads + " must be at least 1");
      }
    }
  }

  /**
   * The indices of one input.
   *
   * @param name the input's name
   * @param kind its kind
   * @param si first-order index
   * @param sti total-order index
   * @param siLow 5th percentile of the bootstrapped first-order index
   * @param siHigh 95th percentile of the bootstrapped first-order index
   * @param stiLow 5th percentile of the bootstrapped total-order index
   * @param stiHigh 95th percentile of the bootstrapped total-order index
   */
  public record Index(
      String name,
      String kind,
      double si,
      double sti,
      double siLow,
      double siHigh,
      double stiLow,
      double stiHigh) {}

  /**
   * What the analysis found.
   *
   * @param seed the seed
   * @param n the base sample size
   * @param runs the replications run, {@code N(d + 2)}
   * @param bootstrap bootstrap replications
   * @param output what the indices apportion, in words
   * @param variance the output's variance over A and B
   * @param failed failed replications
   * @param rowsUsed design rows used ({@code N} less those with a failed run)
   * @param failures the failures by message
   * @param inputs the indices, in input order
   * @param targets rank statistics over the runs of A and B
   */
  public record Result(
      long seed,
      int n,
      int runs,
      int bootstrap,
      String output,
      double variance,
      int failed,
      int rowsUsed,
      List<Failure> failures,
      List<Index> inputs,
      List<TargetStats> targets) {}

  /**
   * Checks the spec, the target and the size without running the replications (what a server does
   * when a job is submitted).
   *
   * @return the replications N·(d+2) the analysis would run
   * @throws IllegalArgumentException as {@link #run} does before its first replication
   */
  public static long check(Subject subject, UncertaintySpec spec, Options o) {
    Analysis a = new Analysis(subject, spec, o.seed());
    if (o.target() != null) {
      targetIndex(a.universe(), o.target());
    }
    return replications(o.n(), a.d());
  }

  /** The replications N·(d+2), checked to fit the analysis's arrays. */
  private static long replications(int n, int d) {
    long total = (long) n * (d + 2);
    if (total > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("runs " + n + " × (d + 2) is too many replications");
    }
    return total;
  }

  /**
   * The position of {@code target} among the units; an unknown one is refused with a suggestion.
   */
  private static int targetIndex(List<String> units, String target) {
    int i = units.indexOf(target);
    if (i < 0) {
      throw new IllegalArgumentException(
          "Unknown target '"
              + target
              + "'"
              + Suggestions.closest(target, units, Math.max(2, target.length() / 3))
                  .map(b -> "; did you mean " + b + "?")
                  .orElse("")
              + "; units: "
              + String.join(", ", units));
    }
    return i;
  }

  /**
   * Runs the analysis.
   *
   * @throws IllegalArgumentException when the spec does not fit, the target is unknown (with a
   *     suggestion), fewer than 2 design rows are complete, or the output does not vary
   */
  public static Result run(Subject subject, UncertaintySpec spec, Options o) {
    Analysis a = new Analysis(subject, spec, o.seed());
    List<String> units = a.universe();
    int target = o.target() == null ? -1 : targetIndex(units, o.target());
    int d = a.d();
    int n = o.n();
    long total = replications(n, d);
    long seed = o.seed();
    Analysis.Output out =
        a.run(
            (int) total,
            r -> {
              if (r < n) {
                return Draws.words(seed, Draws.A, r, d);
              }
              if (r < 2 * n) {
                return Draws.words(seed, Draws.B, r - n, d);
              }
              int i = (r - 2 * n) / n;
              int j = (r - 2 * n) % n;
              long[] w = Draws.words(seed, Draws.A, j, d);
              w[i] = Draws.words(seed, Draws.B, j, d)[i];
              return w;
            },
            o.threads(),
            o.progress());
    double[] y = outputs(a, out, target);
    List<Integer> rows = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      boolean ok = !Double.isNaN(y[j]) && !Double.isNaN(y[n + j]);
      for (int i = 0; i < d && ok; i++) {
        ok = !Double.isNaN(y[2 * n + i * n + j]);
      }
      if (ok) {
        rows.add(j);
      }
    }
    int m = rows.size();
    double[] yA = new double[m];
    double[] yB = new double[m];
    double[][] yAB = new double[d][m];
    for (int k = 0; k < m; k++) {
      int j = rows.get(k);
      yA[k] = y[j];
      yB[k] = y[n + j];
      for (int i = 0; i < d; i++) {
        yAB[i][k] = y[2 * n + i * n + j];
      }
    }
    int failed = out.failed(0, (int) total);
    List<Failure> failures = out.failureList(0, (int) total);
    if (m < 2) {
      throw new IllegalArgumentException(
          "Only "
              + m
              + " of "
              + n
              + " design rows ran without a failure; sensitivity indices need 2 or more"
              + (failures.isEmpty() ? "" : ". The first failure: " + failures.get(0).message()));
    }
    List<Sobol.Estimate> est = Sobol.estimate(yA, yB, yAB, o.bootstrap(), seed, o.threads());
    List<Index> indices = new ArrayList<>();
    for (int i = 0; i < d; i++) {
      Input in = spec.inputs().get(i);
      Sobol.Estimate e = est.get(i);
      indices.add(
          new Index(
              in.name(),
              in.kind(),
              e.si(),
              e.sti(),
              e.siLow(),
              e.siHigh(),
              e.stiLow(),
              e.stiHigh()));
    }
    return new Result(
        seed,
        n,
        (int) total,
        o.bootstrap(),
        target < 0 ? "mean absolute rank shift from the nominal ranking" : "rank of " + o.target(),
        Sobol.variance(yA, yB),
        failed,
        m,
        failures,
        indices,
        Uncertainty.stats(a, out, 0, 2 * n));
  }

  /**
   * Per run, the output: the mean absolute rank shift from the nominal ranks over the units ranked
   * in both, or the target's rank; {@code NaN} for a failed run or no such rank.
   */
  private static double[] outputs(Analysis a, Analysis.Output out, int target) {
    int u = a.universe().size();
    int[] nominal = a.nominalRanks();
    double[] y = new double[out.count];
    for (int r = 0; r < out.count; r++) {
      if (out.failed(r)) {
        y[r] = Double.NaN;
        continue;
      }
      if (target >= 0) {
        int rank = out.ranks[r * u + target];
        y[r] = rank == 0 ? Double.NaN : rank;
        continue;
      }
      double s = 0;
      int k = 0;
      for (int t = 0; t < u; t++) {
        int rank = out.ranks[r * u + t];
        if (rank > 0 && nominal[t] > 0) {
          s += Math.abs(rank - nominal[t]);
          k++;
        }
      }
      y[r] = k == 0 ? Double.NaN : s / k;
    }
    return y;
  }
}
