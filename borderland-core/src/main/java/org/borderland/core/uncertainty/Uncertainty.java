package org.borderland.core.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Uncertainty analysis (COINr's {@code get_sensitivity(SA_type = "UA")}): {@code N} replications of
 * the pipeline, each with its inputs drawn independently ({@link Draws}, stream A), and per unit
 * the distribution of its rank and index score.
 */
public final class Uncertainty {
  private Uncertainty() {}

  /**
   * How to run.
   *
   * @param seed the seed; the same seed gives the same result on any number of threads
   * @param runs the number of replications, ≥ 1
   * @param threads worker threads, ≥ 1
   * @param progress told of replications done, from any thread; may be {@code null}
   */
  public record Options(long seed, int runs, int threads, IntConsumer progress) {
    /** Checks the counts. */
    public Options {
      if (runs < 1) {
        throw new IllegalArgumentException(
            "runs " + runs + ": an uncertainty analysis needs at least 1 replication");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads " + threads + " must be at least 1");
      }
    }
  }

  /**
   * What the replications showed.
   *
   * @param seed the seed
   * @param runs the replications run
   * @param failed how many failed (their units have no rank in them; never dropped silently)
   * @param failures the failures by message, first seen first
   * @param inputs one line per input, in order
   * @param targets per unit, best nominal rank first
   */
  public record Result(
      long seed,
      int runs,
      int failed,
      List<Failure> failures,
      List<String> inputs,
      List<TargetStats> targets) {}

  /**
   * Checks that the spec fits the subject and the nominal pipeline runs, without running the
   * replications (what a server does when a job is submitted).
   *
   * @return the replications the analysis would run
   * @throws IllegalArgumentException as {@link #run} does before its first replication
   */
  public static long check(Subject subject, UncertaintySpec spec, Options o) {
    new Analysis(subject, spec, o.seed());
    return o.runs();
  }

  /**
   * Runs the analysis.
   *
   * @throws IllegalArgumentException when the spec does not fit the subject, the nominal pipeline
   *     fails, or every replication fails (with the first reason)
   */
  public static Result run(Subject subject, UncertaintySpec spec, Options o) {
    Analysis a = new Analysis(subject, spec, o.seed());
    int d = a.d();
    Analysis.Output out =
        a.run(o.runs(), r -> Draws.words(o.seed(), Draws.A, r, d), o.threads(), o.progress());
    int failed = out.failed(0, o.runs());
    List<Failure> failures = out.failureList(0, o.runs());
    if (failed == o.runs()) {
      throw new IllegalArgumentException(
          "All "
              + o.runs()
              + " replications failed; the first reason: "
              + failures.get(0).message());
    }
    return new Result(
        o.seed(),
        o.runs(),
        failed,
        failures,
        spec.inputs().stream().map(i -> i.name() + ": " + i.describe()).toList(),
        stats(a, out, 0, o.runs()));
  }

  /** Per unit, the statistics of replications {@code [from, to)}; best nominal rank first. */
  static List<TargetStats> stats(Analysis a, Analysis.Output out, int from, int to) {
    List<String> units = a.universe();
    int u = units.size();
    int[] nomRanks = a.nominalRanks();
    double[] nomScores = a.nominalScores();
    int ok = to - from - out.failed(from, to);
    List<TargetStats> list = new ArrayList<>(u);
    double[] ranks = new double[to - from];
    double[] scores = new double[to - from];
    for (int t = 0; t < u; t++) {
      int nr = 0;
      int ns = 0;
      int first = 0;
      int top3 = 0;
      for (int r = from; r < to; r++) {
        if (out.failed(r)) {
          continue;
        }
        int rank = out.ranks[r * u + t];
        if (rank > 0) {
          ranks[nr++] = rank;
          first += rank == 1 ? 1 : 0;
          top3 += rank <= 3 ? 1 : 0;
        }
        double s = out.scores[r * u + t];
        if (!Double.isNaN(s)) {
          scores[ns++] = s;
        }
      }
      double[] sr = Stats.sorted(ranks, nr);
      double[] ss = Stats.sorted(scores, ns);
      TargetStats.Score score =
          new TargetStats.Score(
              nomScores[t],
              ns == 0 ? Double.NaN : Stats.mean(scores, ns),
              ns == 0 ? Double.NaN : Stats.median(ss, ns),
              ns == 0 ? Double.NaN : Stats.quantile(ss, ns, 0.05),
              ns == 0 ? Double.NaN : Stats.quantile(ss, ns, 0.95));
      list.add(
          new TargetStats(
              units.get(t),
              nomRanks[t] == 0 ? null : nomRanks[t],
              nr == 0 ? Double.NaN : Stats.mean(ranks, nr),
              nr == 0 ? Double.NaN : Stats.median(sr, nr),
              nr == 0 ? Double.NaN : Stats.quantile(sr, nr, 0.05),
              nr == 0 ? Double.NaN : Stats.quantile(sr, nr, 0.95),
              ok == 0 ? Double.NaN : (double) first / ok,
              ok == 0 ? Double.NaN : (double) top3 / ok,
              nr,
              score));
    }
    list.sort(
        Comparator.comparingInt(
                (TargetStats s) -> s.nominal() == null ? Integer.MAX_VALUE : s.nominal())
            .thenComparing(TargetStats::target));
    return List.copyOf(list);
  }
}
