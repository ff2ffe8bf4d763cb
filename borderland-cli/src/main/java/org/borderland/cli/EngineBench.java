package org.borderland.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

/**
 * The benchmarks of {@code borderland bench} that time the engine: {@code panel-load}, {@code
 * rank}, {@code cascade}, {@code all-pairs} and {@code shield} (see {@link BenchCommand}).
 */
final class EngineBench {
  private final PrintWriter out;
  private final EngineOptions options;
  private final int n;

  /** Benchmarks of the engine the options load, each repeated {@code n} times. */
  EngineBench(PrintWriter out, EngineOptions options, int n) {
    this.out = out;
    this.options = options;
    this.n = n;
  }

  /** Reading and indexing the panel. */
  void panelLoad() throws Exception {
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
    double[] s = BenchFigures.sorted(ms);
    out.printf(
        Locale.ROOT,
        "panel-load: %,d rows from %s on %s%n  first (cold JVM): %.0f ms (reading %.0f ms, indexing %.0f ms)%n  min %.0f ms, median %.0f ms, max %.0f ms over %d runs%n",
        rows,
        options.panelOption.dir(),
        BenchFigures.machine(),
        ms[0],
        readMs[0],
        ms[0] - readMs[0],
        s[0],
        s[n / 2],
        s[n - 1],
        n);
  }

  /** One aggressor-year ranked with its default candidates: cold, then warm. */
  void rank() throws Exception {
    long t0 = System.nanoTime();
    Engine engine = options.engine();
    Engine.LoadedModel model = engine.model(options.model());
    double loadMs = (System.nanoTime() - t0) / 1e6;
    int year = options.year(engine);
    String aggressor = options.aggressor(engine, year);
    // Each run is what `borderland rank` does after loading: candidates, a new scorer, the ranking.
    double[] fresh = new double[n];
    int candidates = 0;
    String top = "";
    long gcFresh = 0;
    for (int i = 0; i < n; i++) {
      long gc0 = BenchFigures.gcMillis();
      long s0 = System.nanoTime();
      CandidateSet set =
          engine.candidates(model.model(), aggressor, year, java.util.Optional.empty());
      Scoring s = engine.scorer(model.model()).score(aggressor, year, set.codes());
      fresh[i] = (System.nanoTime() - s0) / 1e6;
      gcFresh += i == 0 ? 0 : BenchFigures.gcMillis() - gc0;
      candidates = set.codes().size();
      top = s.results().get(0).target();
    }
    // One scorer kept across runs (as scoring many years with one engine would): warm memos.
    Scorer kept = engine.scorer(model.model());
    List<String> codes =
        engine.candidates(model.model(), aggressor, year, java.util.Optional.empty()).codes();
    double[] reused = new double[n];
    long gc0 = BenchFigures.gcMillis();
    for (int i = 0; i < n; i++) {
      long s0 = System.nanoTime();
      kept.score(aggressor, year, codes);
      reused[i] = (System.nanoTime() - s0) / 1e6;
    }
    long gcReused = BenchFigures.gcMillis() - gc0;
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
        BenchFigures.machine(),
        loadMs,
        fresh[0],
        BenchFigures.spread(n > 1 ? Arrays.copyOfRange(fresh, 1, n) : fresh, "ms"),
        Math.max(1, n - 1),
        gcFresh,
        BenchFigures.spread(reused, "ms"),
        n,
        gcReused);
  }

  /** A cascade of {@code steps} steps, cold, then warm. */
  void cascade(int steps) throws Exception {
    if (steps < 1 || steps > 50) {
      throw new IllegalArgumentException("--steps " + steps + " must be between 1 and 50");
    }
    long t0 = System.nanoTime();
    Engine engine = options.engine();
    Engine.LoadedModel model = engine.model(options.model());
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
        BenchFigures.machine(),
        loadMs,
        fresh[0],
        BenchFigures.spread(n > 1 ? Arrays.copyOfRange(fresh, 1, n) : fresh, "ms"),
        Math.max(1, n - 1),
        BenchFigures.spread(reused, "ms"),
        n);
  }

  /**
   * Every ordered pair of states in every knowledge year of {@code years}, on {@code t} threads.
   */
  void allPairs(String years, int t) throws Exception {
    int[] span = BenchFigures.span(years);
    if (t < 1 || t > 256) {
      throw new IllegalArgumentException("--threads " + t + " must be between 1 and 256");
    }
    long t0 = System.nanoTime();
    Engine engine = options.engine();
    Engine.LoadedModel model = engine.model(options.model());
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
        BenchFigures.machine(),
        loadMs);
    out.flush();
    double[] secs = new double[n];
    for (int i = 0; i < n; i++) {
      // A new scorer per run: its raw-value memos start empty, as in a fresh process.
      Scorer scorer = engine.scorer(model.model());
      long gc0 = BenchFigures.gcMillis();
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
          (BenchFigures.gcMillis() - gc0) / 1e3,
          o.digest());
      out.flush();
    }
    if (n > 1) {
      out.printf(
          Locale.ROOT,
          "  warm runs (2-%d): %s%n",
          n,
          BenchFigures.spread(Arrays.copyOfRange(secs, 1, n), "s"));
    }
  }

  /** One year's border graph (cold), then one aggressor-year's shielding (warm). */
  void shield() throws Exception {
    long t0 = System.nanoTime();
    Engine engine = options.engine();
    Engine.LoadedModel model = engine.model(options.model());
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
        BenchFigures.machine(),
        loadMs,
        year,
        graph.states().size(),
        graph.landEdges(),
        graph.graph().edgeSet().size() - graph.landEdges(),
        coldMs,
        BenchFigures.spread(rebuild, "ms"),
        rebuild.length,
        firstMs,
        first.states().size(),
        reachable,
        BenchFigures.percentiles(warm, "ms"),
        n,
        candidates.size(),
        BenchFigures.percentiles(indicator, "ms"),
        n);
  }
}
