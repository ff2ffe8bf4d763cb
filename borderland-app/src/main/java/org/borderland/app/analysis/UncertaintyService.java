package org.borderland.app.analysis;

import java.util.Objects;
import org.borderland.app.Borderland;
import org.borderland.app.common.Progress;
import org.borderland.core.uncertainty.Uncertainty;

/**
 * Monte Carlo uncertainty analysis of a ranking (COINr's {@code get_sensitivity}, {@code SA_type =
 * "UA"}): per unit its nominal rank, the distribution of its rank and index score over the
 * replications, and its chance of ranking first and in the top 3. Cancelled by interrupting the
 * thread that runs it (it stops within one batch).
 */
public final class UncertaintyService {
  /** The replications of the untimed warm-up run, at most. */
  private static final int WARM_UP_RUNS = 500;

  private final Borderland app;

  /** A service of {@code app}. */
  public UncertaintyService(Borderland app) {
    this.app = Objects.requireNonNull(app, "app");
  }

  /**
   * Runs the analysis a request asks for.
   *
   * @param progress told the replications' total, then the share done (from worker threads)
   * @throws org.borderland.app.problem.BadParameter for inputs that do not fit what is analysed
   * @throws java.util.concurrent.CancellationException when the thread is interrupted
   */
  public UncertaintyResult analyse(UncertaintyRequest r, Progress progress) {
    Prepared p = Prepared.of(app, r.analysed(), r.inputs(), r.seed());
    int threads = Prepared.threads(r.threads());
    try {
      if (r.warmUp()) {
        Uncertainty.run(
            p.subject(),
            p.inputs().spec(),
            new Uncertainty.Options(r.seed(), Math.min(r.runs(), WARM_UP_RUNS), threads, null));
      }
      long t0 = System.nanoTime();
      Uncertainty.Result u =
          Uncertainty.run(
              p.subject(),
              p.inputs().spec(),
              new Uncertainty.Options(
                  r.seed(), r.runs(), threads, Counting.of(progress, r.runs())));
      long elapsed = Math.round((System.nanoTime() - t0) / 1e6);
      Prepared.About a = p.about();
      return new UncertaintyResult(
          u.seed(),
          u.runs(),
          elapsed,
          a.aggressor(),
          a.year(),
          a.model(),
          a.scenario(),
          a.data(),
          a.meta(),
          a.pipeline(),
          u.inputs(),
          p.inputs().source(),
          u.failed(),
          u.failures(),
          u.targets().stream().map(TargetView::of).toList(),
          p.provenance(),
          new UncertaintyResult.About(p.heading(), p.provenanceLine(), p.names(), u.targets()));
    } catch (IllegalArgumentException e) {
      throw p.refused(e);
    }
  }

  /**
   * Checks a request as the analysis would, without running the replications: what the server does
   * before it starts a job.
   *
   * @throws org.borderland.app.problem.BadParameter as {@link #analyse} would before its first
   *     replication
   */
  public CheckResult check(UncertaintyRequest r) {
    Prepared p = Prepared.of(app, r.analysed(), r.inputs(), r.seed());
    int threads = Prepared.threads(r.threads());
    try {
      return new CheckResult(
          Uncertainty.check(
              p.subject(),
              p.inputs().spec(),
              new Uncertainty.Options(r.seed(), r.runs(), threads, null)),
          threads);
    } catch (IllegalArgumentException e) {
      throw p.refused(e);
    }
  }
}
