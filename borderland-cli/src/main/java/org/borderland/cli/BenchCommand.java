package org.borderland.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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

  @Mixin ThreadsOption threads;

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
    EngineBench engine = new EngineBench(out, options, n);
    switch (what) {
      case "panel-load" -> engine.panelLoad();
      case "rank" -> engine.rank();
      case "cascade" -> engine.cascade(steps);
      case "uncertainty" ->
          new UncertaintyBench(out, options, n, threads.count(), oracle).uncertainty();
      case "sensitivity" ->
          new UncertaintyBench(out, options, n, threads.count(), oracle).sensitivity();
      case "shield" -> engine.shield();
      case "validate" -> BenchValidate.run(out, options, threads.given(), BenchFigures.machine());
      default -> engine.allPairs(years, threads.count());
    }
    return ExitCode.OK;
  }
}
