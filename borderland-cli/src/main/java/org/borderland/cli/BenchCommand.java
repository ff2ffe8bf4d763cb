package org.borderland.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderland.core.geography.BorderGraph;
import org.borderland.core.geography.Geography;
import org.borderland.core.geography.Shielding;
import org.borderland.core.geography.TransitRules;
import org.borderland.core.model.CandidateSet;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.PanelIndex;
import org.borderland.core.scenario.Cascade;
import org.borderland.core.scenario.Scenario;
import org.borderland.core.scenario.World;
import org.borderland.core.scenario.WorldScorer;
import org.borderland.core.score.AllPairs;
import org.borderland.core.score.Scorer;
import org.borderland.core.score.Scoring;
import org.borderland.data.engine.Engine;
import org.borderland.data.store.PanelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code borderland bench}: benchmark figures, with the core count and JVM flags they were measured
 * under. The first run in a fresh JVM is the cold start a user sees; later runs show the warmed
 * JVM. Wall times on a shared machine move with its load: each run also prints what steadier
 * figures it can (CPU time, GC pauses).
 *
 * <ul>
 *   <li>{@code panel-load}: reading and indexing the panel.
 *   <li>{@code rank}: what {@code borderland rank} does once the engine is loaded (the default
 *       candidates, a new scorer, the full scoring with its datasets), for one aggressor-year; then
 *       the same scoring repeated with one scorer whose caches stay warm.
 *   <li>{@code all-pairs}: every state of the registry that existed in a knowledge year (no
 *       territories) as the aggressor against every other, ranked through the model's full
 *       pipeline, for every knowledge year in {@code --years}, on {@code --threads} threads (split
 *       deterministically, see {@link AllPairs}); the digest of the rankings must not change with
 *       the thread count.
 *   <li>{@code shield}: the border graph of one knowledge year built from the panel (the first
 *       build in a fresh JVM also indexes the series it reads), then the shielding of every state
 *       for one aggressor-year under its default transit rules, warm, with every state's exposure
 *       and the gateway lists made (what {@code borderland shield} computes), and the gateway
 *       indicator's call (what each default candidate shields among the others).
 * </ul>
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Print benchmark figures.",
      "  panel-load  loading and indexing the panel",
      "  rank        one aggressor-year ranked (default candidates): cold, then warm",
      "  all-pairs   every ordered pair of states x every knowledge year, ranked",
      "  uncertainty 10,000 replications of one aggressor-year; COINr's ASEM analyses",
      "  sensitivity Sobol indices: COINr's vignette at N = 1,000; one aggressor-year",
      "  cascade     a 10-step domino cascade (--steps), cold then warm",
      "  shield      one year's border graph (cold), then one aggressor-year's shielding (warm)",
      "  validate    the full dyadic validation (features, fits, metrics), cold"
    })
public final class BenchCommand implements Callable<Integer> {
  private static final List<String> KNOWN =
      List.of(
          "panel-load",
          "rank",
          "all-pairs",
          "uncertainty",
          "sensitivity",
          "cascade",
          "shield",
          "validate");

  @Spec CommandSpec spec;
  @Mixin EngineOptions options;

  @Parameters(
      index = "0",
      paramLabel = "WHAT",
      description =
          "panel-load, rank, all-pairs, uncertainty, sensitivity, cascade, shield or validate")
  String what;

  @Option(
      names = "--runs",
      paramLabel = "N",
      description =
          "Repetitions (default: 10 for panel-load, 200 for rank and shield, 1 for all-pairs, 20"
              + " for cascade, 5 for uncertainty and sensitivity).")
  Integer runs;

  @Option(
      names = "--steps",
      paramLabel = "N",
      defaultValue = "10",
      description = "cascade: steps per cascade (default: ${DEFAULT-VALUE}).")
  int steps;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "all-pairs: worker threads (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--years",
      paramLabel = "FROM-TO",
      defaultValue = "1990-2026",
      description = "all-pairs: the knowledge years (default: ${DEFAULT-VALUE}).")
  String years;

  @Option(
      names = "--oracle",
      paramLabel = "DIR",
      description =
          "uncertainty, sensitivity: COINr's ASEM files (default: ../shared/oracles/coinr-asem).")
  Path oracle;

  @Override
  public Integer call() throws Exception {
    if (!KNOWN.contains(what)) {
      throw new IllegalArgumentException(
          "Unknown benchmark '" + what + "'; known: " + String.join(", ", KNOWN));
    }
    int n =
        runs != null
            ? runs
            : switch (what) {
              case "rank", "shield" -> 200;
              case "all-pairs" -> 1;
              case "panel-load" -> 10;
              case "cascade" -> 20;
              default -> 5;
            };
    if (n < 1 || n > 100_000) {
      throw new IllegalArgumentException("--runs " + n + " must be between 1 and 100000");
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (what) {
      case "panel-load" -> panelLoad(out, n);
      case "rank" -> rank(out, n);
      case "cascade" -> cascade(out, n);
      case "uncertainty" -> bench(out, n).uncertainty();
      case "sensitivity" -> bench(out, n).sensitivity();
      case "shield" -> shield(out, n);
      case "validate" -> BenchValidate.run(out, options, threads, machine());
      default -> allPairs(out, n);
    }
    return ExitCode.OK;
  }

  private UncertaintyBench bench(PrintWriter out, int n) {
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    return new UncertaintyBench(out, options, n, t, oracle);
  }

  private static String machine() {
    return String.format(
        Locale.ROOT,
        "%d cores, JVM flags %s",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  private void panelLoad(PrintWriter out, int n) throws Exception {
    double[] ms = new double[n];
    double[] readMs = new double[n];
    int rows = 0;
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      var read = PanelStore.read(options.panelOption.dir());
      readMs[i] = (System.nanoTime() - t0) / 1e6;
      Panel p = new Panel(read);
      ms[i] = (System.nanoTime() - t0) / 1e6;
      rows = p.size();
    }
    double[] s = sorted(ms);
    out.printf(
        Locale.ROOT,
        "panel-load: %,d rows from %s on %s%n  first (cold JVM): %.0f ms (reading %.0f ms, indexing %.0f ms)%n  min %.0f ms, median %.0f ms, max %.0f ms over %d runs%n",
        rows,
        options.panelOption.dir(),
        machine(),
        ms[0],
        readMs[0],
        ms[0] - readMs[0],
        s[0],
        s[n / 2],
        s[n - 1],
        n);
  }

  private void rank(PrintWriter out, int n) throws Exception {
    long t0 = System.nanoTime();
    Engine engine = options.engine();
    Engine.LoadedModel model = engine.model(options.model);
    double loadMs = (System.nanoTime() - t0) / 1e6;
    int year = options.year(engine);
    String aggressor = options.aggressor(engine, year);
    // Each run is what `borderland rank` does after loading: candidates, a new scorer, the ranking.
    double[] fresh = new double[n];
    int candidates = 0;
    String top = "";
    long gcFresh = 0;
    for (int i = 0; i < n; i++) {
      long gc0 = gcMillis();
      long s0 = System.nanoTime();
      CandidateSet set =
          engine.candidates(model.model(), aggressor, year, java.util.Optional.empty());
      Scoring s = engine.scorer(model.model()).score(aggressor, year, set.codes());
      fresh[i] = (System.nanoTime() - s0) / 1e6;
      gcFresh += i == 0 ? 0 : gcMillis() - gc0;
      candidates = set.codes().size();
      top = s.results().get(0).target();
    }
    // One scorer kept across runs (as scoring many years with one engine would): warm memos.
    Scorer kept = engine.scorer(model.model());
    List<String> codes =
        engine.candidates(model.model(), aggressor, year, java.util.Optional.empty()).codes();
    double[] reused = new double[n];
    long gc0 = gcMillis();
    for (int i = 0; i < n; i++) {
      long s0 = System.nanoTime();
      kept.score(aggressor, year, codes);
      reused[i] = (System.nanoTime() - s0) / 1e6;
    }
    long gcReused = gcMillis() - gc0;
    out.printf(
        Locale.ROOT,
        "rank: %s %d, model %s, %d default candidates (top: %s), on %s%n"
            + "  loading panel, curated facts and model: %.0f ms%n"
            + "  first ranking (cold JVM): %.1f ms%n"
            + "  warm, new scorer each run: %s over %d runs (GC pauses %d ms in all)%n"
            + "  warm, one scorer reused:   %s over %d runs (GC pauses %d ms in all)%n",
        aggressor,
        year,
        model.model().id(),
        candidates,
        top,
        machine(),
        loadMs,
        fresh[0],
        spread(n > 1 ? Arrays.copyOfRange(fresh, 1, n) : fresh, "ms"),
        Math.max(1, n - 1),
        gcFresh,
        spread(reused, "ms"),
        n,
        gcReused);
  }

  private void cascade(PrintWriter out, int n) throws Exception {
    if (steps < 1 || steps > 50) {
      throw new IllegalArgumentException("--steps " + steps + " must be between 1 and 50");
    }
    long t0 = System.nanoTime();
    Engine engine = options.engine();
    Engine.LoadedModel model = engine.model(options.model);
    double loadMs = (System.nanoTime() - t0) / 1e6;
    int year = options.year(engine);
    String aggressor = options.aggressor(engine, year);
    World start = World.asIs(aggressor, year);
    // Each run is what `borderland cascade` does after loading: a new scorer (cold memos), the
    // cascade; then the same with one scorer reused across runs.
    double[] fresh = new double[n];
    String path = "";
    for (int i = 0; i < n; i++) {
      long s0 = System.nanoTime();
      Cascade c = Cascade.run(engine.worlds(model.model(), Scenario.none()), start, steps);
      fresh[i] = (System.nanoTime() - s0) / 1e6;
      path = String.join(" ", c.steps().stream().map(Cascade.Step::absorbed).toList());
    }
    WorldScorer kept = engine.worlds(model.model(), Scenario.none());
    double[] reused = new double[n];
    for (int i = 0; i < n; i++) {
      long s0 = System.nanoTime();
      Cascade.run(kept, start, steps);
      reused[i] = (System.nanoTime() - s0) / 1e6;
    }
    out.printf(
        Locale.ROOT,
        "cascade: %s %d, model %s, %d steps (%s), on %s%n"
            + "  loading panel, curated facts and model: %.0f ms%n"
            + "  first cascade (cold JVM): %.0f ms%n"
            + "  warm, new scorer each run: %s over %d runs%n"
            + "  warm, one scorer reused:   %s over %d runs%n",
        aggressor,
        year,
        model.model().id(),
        steps,
        path,
        machine(),
        loadMs,
        fresh[0],
        spread(n > 1 ? Arrays.copyOfRange(fresh, 1, n) : fresh, "ms"),
        Math.max(1, n - 1),
        spread(reused, "ms"),
        n);
  }

  private void allPairs(PrintWriter out, int n) throws Exception {
    int[] span = span(years);
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (t < 1 || t > 256) {
      throw new IllegalArgumentException("--threads " + t + " must be between 1 and 256");
    }
    long t0 = System.nanoTime();
    Engine engine = options.engine();
    Engine.LoadedModel model = engine.model(options.model);
    double loadMs = (System.nanoTime() - t0) / 1e6;
    int[] panelYears = engine.years();
    if (span[0] < panelYears[0] || span[1] > panelYears[1]) {
      throw new IllegalArgumentException(
          "--years "
              + years
              + " is outside the panel's knowledge years "
              + panelYears[0]
              + "-"
              + panelYears[1]
              + "; give years in that range");
    }
    List<AllPairs.Task> tasks = AllPairs.tasks(engine.registry(), span[0], span[1]);
    out.printf(
        Locale.ROOT,
        "all-pairs: model %s, knowledge years %d-%d, %,d aggressor-years, %d threads, on %s%n"
            + "  loading panel, curated facts and model: %.0f ms%n",
        model.model().id(),
        span[0],
        span[1],
        tasks.size(),
        t,
        machine(),
        loadMs);
    out.flush();
    double[] secs = new double[n];
    for (int i = 0; i < n; i++) {
      // A new scorer per run: its raw-value memos start empty, as in a fresh process.
      Scorer scorer = engine.scorer(model.model());
      long gc0 = gcMillis();
      AllPairs.Outcome o =
          AllPairs.run(
              tasks,
              t,
              task -> scorer.ranking(task.aggressor(), task.year(), task.targets()),
              false);
      secs[i] = o.nanos() / 1e9;
      out.printf(
          Locale.ROOT,
          "  run %d%s: %,d dyad-years in %.2f s wall = %.2f µs per dyad-year;"
              + " CPU %.1f s = %.2f µs per dyad-year; GC %.1f s; digest %016x%n",
          i + 1,
          i == 0 ? " (cold JVM)" : "",
          o.rows(),
          secs[i],
          o.nanos() / 1e3 / o.rows(),
          o.cpuNanos() / 1e9,
          o.cpuNanos() / 1e3 / o.rows(),
          (gcMillis() - gc0) / 1e3,
          o.digest());
      out.flush();
    }
    if (n > 1) {
      out.printf(
          Locale.ROOT, "  warm runs (2-%d): %s%n", n, spread(Arrays.copyOfRange(secs, 1, n), "s"));
    }
  }

  private void shield(PrintWriter out, int n) throws Exception {
    long t0 = System.nanoTime();
    Engine engine = options.engine();
    Engine.LoadedModel model = engine.model(options.model);
    double loadMs = (System.nanoTime() - t0) / 1e6;
    int year = options.year(engine);
    String aggressor = options.aggressor(engine, year);
    PanelIndex index = engine.panel().index();
    // The first build reads the panel's land-boundary and contiguity series (indexing them).
    long g0 = System.nanoTime();
    BorderGraph graph = new Geography(index, engine.registry()).graph(year);
    double coldMs = (System.nanoTime() - g0) / 1e6;
    double[] rebuild = new double[Math.min(n, 20)];
    for (int i = 0; i < rebuild.length; i++) {
      long b0 = System.nanoTime();
      new Geography(index, engine.registry()).graph(year);
      rebuild[i] = (System.nanoTime() - b0) / 1e6;
    }
    Geography geo = engine.geography();
    TransitRules rules = TransitRules.defaults(model.model(), aggressor);
    long f0 = System.nanoTime();
    Shielding first = geo.shielding(aggressor, List.of(), year, rules);
    first.exposures();
    first.gateways();
    double firstMs = (System.nanoTime() - f0) / 1e6;
    double[] warm = new double[n];
    int reachable = 0;
    for (int i = 0; i < n; i++) {
      long s0 = System.nanoTime();
      Shielding s = geo.shielding(aggressor, List.of(), year, rules);
      s.exposures();
      s.gateways();
      warm[i] = (System.nanoTime() - s0) / 1e6;
      reachable = (int) s.exposures().values().stream().filter(e -> e.reachable()).count();
    }
    List<String> candidates =
        engine.candidates(model.model(), aggressor, year, java.util.Optional.empty()).codes();
    double[] indicator = new double[n];
    for (int i = 0; i < n; i++) {
      long s0 = System.nanoTime();
      geo.shielded(model.model(), aggressor, year, candidates);
      indicator[i] = (System.nanoTime() - s0) / 1e6;
    }
    out.printf(
        Locale.ROOT,
        "shield: %s %d, %s, on %s%n"
            + "  loading panel, curated facts and model: %.0f ms%n"
            + "  border graph %d: %d states, %d land and %d sea-only edges%n"
            + "    first build (cold JVM, indexing the series it reads): %.1f ms%n"
            + "    rebuilt on the warm index: %s over %d runs%n"
            + "  first shielding (reads the year's NATO memberships): %.2f ms%n"
            + "  shielding of all %d other states (%d reachable), warm: %s over %d runs%n"
            + "  gateway indicator call (%d default candidates), warm: %s over %d runs%n",
        aggressor,
        year,
        rules.describe(),
        machine(),
        loadMs,
        year,
        graph.states().size(),
        graph.landEdges(),
        graph.graph().edgeSet().size() - graph.landEdges(),
        coldMs,
        spread(rebuild, "ms"),
        rebuild.length,
        firstMs,
        first.states().size(),
        reachable,
        percentiles(warm, "ms"),
        n,
        candidates.size(),
        percentiles(indicator, "ms"),
        n);
  }

  private static String percentiles(double[] x, String unit) {
    double[] s = sorted(x);
    return String.format(
        Locale.ROOT,
        "median %.3f %s, p90 %.3f %s, max %.3f %s",
        s[s.length / 2],
        unit,
        s[Math.min(s.length - 1, (int) Math.ceil(0.9 * s.length) - 1)],
        unit,
        s[s.length - 1],
        unit);
  }

  /** The time the JVM's collectors have spent so far, in milliseconds. */
  private static long gcMillis() {
    long ms = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }

  private static int[] span(String s) {
    String[] p = s.split("-", -1);
    try {
      if (p.length == 2) {
        int a = Integer.parseInt(p[0].strip());
        int b = Integer.parseInt(p[1].strip());
        if (a <= b) {
          return new int[] {a, b};
        }
      } else if (p.length == 1) {
        int a = Integer.parseInt(p[0].strip());
        return new int[] {a, a};
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--years '" + s + "' should be FROM-TO with FROM ≤ TO, e.g. 1990-2026, or one year");
  }

  private static double[] sorted(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return s;
  }

  private static String spread(double[] x, String unit) {
    double[] s = sorted(x);
    return String.format(
        Locale.ROOT,
        "min %.2f %s, median %.2f %s, max %.2f %s",
        s[0],
        unit,
        s[s.length / 2],
        unit,
        s[s.length - 1],
        unit);
  }
}
