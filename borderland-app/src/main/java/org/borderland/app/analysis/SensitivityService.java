package org.borderland.app.analysis;

import java.util.Locale;
import java.util.Objects;
import org.borderland.app.Borderland;
import org.borderland.app.common.Progress;
import org.borderland.core.uncertainty.Sensitivity;

/**
 * Variance-based sensitivity analysis of a ranking (COINr's {@code get_sensitivity}, {@code SA_type
 * = "SA"}): first- and total-order Sobol indices of each uncertain input, with Saltelli's design of
 * N·(d+2) runs and bootstrap intervals. Cancelled by interrupting the thread that runs it.
 */
public final class SensitivityService {
  /** The base sample of the untimed warm-up run, at most. */
  private static final int WARM_UP_RUNS = 100;

  private final Borderland app;

  /** A service of {@code app}. */
  public SensitivityService(Borderland app) {
    this.app = Objects.requireNonNull(app, "app");
  }

  /**
   * Runs the analysis a request asks for.
   *
   * @param progress told the replications' total N·(d+2), then the share done
   * @throws org.borderland.app.problem.BadParameter for inputs that do not fit what is analysed, an
   *     unknown target (with the nearest), or an output that does not vary
   * @throws java.util.concurrent.CancellationException when the thread is interrupted
   */
  public SensitivityResult analyse(SensitivityRequest r, Progress progress) {
    Prepared p = Prepared.of(app, r.analysed(), r.inputs(), r.seed());
    int threads = Prepared.threads(r.threads());
    String target = target(r, p);
    try {
      if (r.warmUp()) {
        Sensitivity.run(
            p.subject(),
            p.inputs().spec(),
            new Sensitivity.Options(
                r.seed(), Math.min(r.runs(), WARM_UP_RUNS), 0, target, threads, null));
      }
      long total = (long) r.runs() * (p.inputs().spec().size() + 2);
      long t0 = System.nanoTime();
      Sensitivity.Result s =
          Sensitivity.run(
              p.subject(),
              p.inputs().spec(),
              new Sensitivity.Options(
                  r.seed(),
                  r.runs(),
                  r.bootstrap(),
                  target,
                  threads,
                  Counting.of(progress, total)));
      long elapsed = Math.round((System.nanoTime() - t0) / 1e6);
      Prepared.About a = p.about();
      return new SensitivityResult(
          s.seed(),
          s.runs(),
          s.n(),
          s.bootstrap(),
          elapsed,
          a.aggressor(),
          a.year(),
          a.model(),
          a.scenario(),
          a.data(),
          a.meta(),
          a.pipeline(),
          s.output(),
          TargetView.num(s.variance()),
          p.inputs().source(),
          s.failed(),
          s.rowsUsed(),
          s.failures(),
          s.inputs().stream().map(SensitivityResult.Index::of).toList(),
          s.targets().stream().map(TargetView::of).toList(),
          p.provenance(),
          new SensitivityResult.About(
              p.heading(), p.provenanceLine(), p.names(), s.variance(), s.inputs(), s.targets()));
    } catch (IllegalArgumentException e) {
      throw p.refused(e);
    }
  }

  /**
   * Checks a request as the analysis would (inputs, target, size), without running the
   * replications: what the server does before it starts a job.
   */
  public CheckResult check(SensitivityRequest r) {
    Prepared p = Prepared.of(app, r.analysed(), r.inputs(), r.seed());
    int threads = Prepared.threads(r.threads());
    try {
      return new CheckResult(
          Sensitivity.check(
              p.subject(),
              p.inputs().spec(),
              new Sensitivity.Options(
                  r.seed(), r.runs(), r.bootstrap(), target(r, p), threads, null)),
          threads);
    } catch (IllegalArgumentException e) {
      throw p.refused(e);
    }
  }

  /** The target: an ISO3 code for the engine's model, a dataset's unit as written. */
  private static String target(SensitivityRequest r, Prepared p) {
    if (r.target() == null) {
      return null;
    }
    String t = r.target().strip();
    return p.engineForm() ? t.toUpperCase(Locale.ROOT) : t;
  }
}
