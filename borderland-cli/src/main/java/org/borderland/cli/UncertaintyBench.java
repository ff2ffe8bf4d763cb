package org.borderland.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.borderland.core.model.CandidateSet;
import org.borderland.core.uncertainty.Input;
import org.borderland.core.uncertainty.Sensitivity;
import org.borderland.core.uncertainty.Subject;
import org.borderland.core.uncertainty.Uncertainty;
import org.borderland.core.uncertainty.UncertaintySpec;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.engine.Engine;
import org.borderland.data.uncertainty.SpecFile;
import org.borderland.data.uncertainty.Subjects;

/**
 * {@code borderland bench uncertainty} and {@code bench sensitivity}: the analysis itself (inputs
 * bound, the nominal run, every replication, the statistics), timed in-process after the data is
 * loaded, first in a fresh JVM and then warm. COINr's figures for the same analyses are the ones
 * the issue states; R is not installed here, so they are not measured on this machine.
 */
final class UncertaintyBench {
  /** COINr's time for 1,000 replications of the ASEM simple build, ±25 % weight noise (issue). */
  static final double COINR_SIMPLE_MS = 37_000;

  /** COINr's time for 1,000 replications with the vignette's four assumptions (issue). */
  static final double COINR_VIGNETTE_MS = 156_000;

  private final PrintWriter out;
  private final EngineOptions options;
  private final int reps;
  private final int threads;
  private final Path oracle;

  UncertaintyBench(PrintWriter out, EngineOptions options, int reps, int threads, Path oracle) {
    this.out = out;
    this.options = options;
    this.reps = reps;
    this.threads = threads;
    this.oracle =
        oracle != null
            ? oracle
            : PanelLocation.defaultSources().getParent().resolve("oracles").resolve("coinr-asem");
  }

  /** Timings of one analysis: the first in this JVM, then {@code reps} warm ones. */
  private record Timing(double firstMs, double[] warmMs, double warmCpuMs) {
    double median() {
      double[] s = warmMs.clone();
      Arrays.sort(s);
      return s[s.length / 2];
    }

    double min() {
      return Arrays.stream(warmMs).min().orElse(Double.NaN);
    }
  }

  private Timing time(Runnable analysis) {
    long t0 = System.nanoTime();
    analysis.run();
    double first = (System.nanoTime() - t0) / 1e6;
    double[] warm = new double[reps];
    long cpu0 = processCpuNanos();
    for (int i = 0; i < reps; i++) {
      long s = System.nanoTime();
      analysis.run();
      warm[i] = (System.nanoTime() - s) / 1e6;
    }
    return new Timing(first, warm, (processCpuNanos() - cpu0) / 1e6 / reps);
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private void report(String what, int runs, Timing t, double coinrMs) {
    out.printf(
        Locale.ROOT,
        "  %s%n    first in this JVM %.0f ms; warm: median %.1f ms, min %.1f ms over %d runs"
            + " (%,.0f replications/s; CPU %.0f ms per analysis)%n",
        what,
        t.firstMs(),
        t.median(),
        t.min(),
        reps,
        runs / t.median() * 1000,
        t.warmCpuMs());
    if (!Double.isNaN(coinrMs)) {
      out.printf(
          Locale.ROOT,
          "    COINr (figure stated in the issue, not measured here): %.0f s -> %.0fx faster warm,"
              + " %.0fx counting the first run; target 500x = %.0f ms%n",
          coinrMs / 1000,
          coinrMs / t.median(),
          coinrMs / t.firstMs(),
          coinrMs / 500);
    }
    out.flush();
  }

  private void header(String what) {
    out.printf(
        Locale.ROOT,
        "bench %s: %d threads, %d cores, JVM flags %s%n",
        what,
        threads,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  /** The engine's model for the aggressor and year (default RUS 2022), loaded once. */
  private Subject engineSubject(List<String> describe) throws Exception {
    long t0 = System.nanoTime();
    Engine engine = options.engine();
    Engine.LoadedModel model = engine.model(options.model());
    int year = options.year != null ? options.year(engine) : 2022;
    String aggressor = options.aggressor(engine, year);
    CandidateSet set = engine.candidates(model.model(), aggressor, year, Optional.empty());
    Subject s =
        Subjects.models(
            engine, List.of(model), List.of(options.model()), aggressor, year, set.codes());
    describe.add(
        String.format(
            Locale.ROOT,
            "%s %d, model %s, %d candidates (loading %.0f ms, not timed below)",
            aggressor,
            year,
            model.model().id(),
            set.codes().size(),
            (System.nanoTime() - t0) / 1e6));
    return s;
  }

  private Optional<Subject> asem(boolean full) throws Exception {
    if (!Files.isRegularFile(oracle.resolve("ASEM_iData.csv"))) {
      out.println(
          "  (COINr's ASEM files not found at " + oracle + "; pass --oracle DIR to time them)");
      return Optional.empty();
    }
    Optional<Path> pipeline =
        full
            ? Optional.of(
                PanelLocation.projectRoot()
                    .orElse(Path.of("."))
                    .resolve("examples/coinr-asem-example.yaml"))
            : Optional.empty();
    return Optional.of(
        Subjects.coinr(
            oracle.resolve("ASEM_iData.csv"),
            oracle.resolve("ASEM_iMeta.csv"),
            Optional.empty(),
            pipeline));
  }

  private static UncertaintySpec vignette() throws Exception {
    return SpecFile.read(
            PanelLocation.projectRoot()
                .orElse(Path.of("."))
                .resolve("examples/coinr-sensitivity-vignette.yaml"))
        .spec();
  }

  private static UncertaintySpec weightNoise() {
    return new UncertaintySpec(List.of(new Input.WeightNoise(null, 0.25, List.of(), null)));
  }

  private Timing ua(Subject s, UncertaintySpec spec, int runs) {
    Supplier<Uncertainty.Result> f =
        () -> Uncertainty.run(s, spec, new Uncertainty.Options(42, runs, threads, null));
    return time(f::get);
  }

  private Timing sa(Subject s, UncertaintySpec spec, int n) {
    Supplier<Sensitivity.Result> f =
        () -> Sensitivity.run(s, spec, new Sensitivity.Options(42, n, 100, null, threads, null));
    return time(f::get);
  }

  /** Uncertainty analyses: the engine's model, COINr's simple build and its vignette. */
  void uncertainty() throws Exception {
    header("uncertainty");
    List<String> about = new ArrayList<>();
    Subject rus = engineSubject(about);
    report(
        "10,000 replications of " + about.get(0) + ", default inputs (target < 1 s)",
        10_000,
        ua(rus, UncertaintySpec.defaults(), 10_000),
        Double.NaN);
    Optional<Subject> simple = asem(false);
    if (simple.isPresent()) {
      report(
          "1,000 replications of COINr's ASEM simple build, ±25 % weight noise at every level",
          1000, ua(simple.get(), weightNoise(), 1000), COINR_SIMPLE_MS);
    }
    Optional<Subject> full = asem(true);
    if (full.isPresent()) {
      report(
          "1,000 replications of COINr's full ASEM build, the vignette's four assumptions",
          1000,
          ua(full.get(), vignette(), 1000),
          COINR_VIGNETTE_MS);
    }
  }

  /** Sensitivity analyses: COINr's vignette at N = 1,000, and the engine's model. */
  void sensitivity() throws Exception {
    header("sensitivity");
    Optional<Subject> full = asem(true);
    if (full.isPresent()) {
      report(
          "COINr's full ASEM build, the vignette's four assumptions, N = 1,000 (6,000 runs),"
              + " 100 bootstrap replications",
          6000,
          sa(full.get(), vignette(), 1000),
          Double.NaN);
    }
    List<String> about = new ArrayList<>();
    Subject rus = engineSubject(about);
    report(
        about.get(0) + ", default inputs, N = 1,000 (5,000 runs), 100 bootstrap replications",
        5000,
        sa(rus, UncertaintySpec.defaults(), 1000),
        Double.NaN);
  }
}
