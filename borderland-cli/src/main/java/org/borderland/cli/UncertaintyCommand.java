package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderland.core.uncertainty.Failure;
import org.borderland.core.uncertainty.TargetStats;
import org.borderland.core.uncertainty.Uncertainty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code borderland uncertainty}: how far the ranking moves under plausible model choices. */
@Command(
    name = "uncertainty",
    mixinStandardHelpOptions = true,
    description = {
      "Monte Carlo uncertainty analysis of a ranking (COINr's get_sensitivity, SA_type = \"UA\"):",
      "per target its nominal rank, mean and median rank, 5-95 %% interval, and the chance of",
      "ranking first and in the top 3, with the same for the index score.",
      "Inputs: --spec FILE, or flags (--noise-weights, --normalisation, --aggregation, --winmax,",
      "--imputation, --models), or the default: ±25 %% weight noise at every level, min-max",
      "[1, 100] or rank normalisation, arithmetic or geometric mean. See docs/uncertainty.md."
    })
public final class UncertaintyCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EngineOptions engine;
  @Mixin AnalysisOptions analysis;

  @Option(
      names = "--runs",
      defaultValue = "1000",
      paramLabel = "N",
      description = "Replications (default: ${DEFAULT-VALUE}).")
  int runs;

  @Mixin TableOrJson output;
  @Mixin CheckOption check;

  @Override
  public Integer call() throws Exception {
    boolean json = output.json();
    Uncertainty.Options options =
        new Uncertainty.Options(analysis.seed, runs, analysis.threads(), null);
    Analyses.Prepared p = Analyses.prepare(spec, engine, analysis, analysis.seed);
    if (check.on()) {
      check.report(
          spec.commandLine().getOut(),
          Uncertainty.check(p.subject(), p.spec().spec(), options),
          options.threads());
      return ExitCode.OK;
    }
    if (analysis.warmUp) {
      Uncertainty.run(
          p.subject(),
          p.spec().spec(),
          new Uncertainty.Options(analysis.seed, Math.min(runs, 500), options.threads(), null));
    }
    Uncertainty.Result r;
    long t0;
    long elapsed;
    try (Analyses.Progress bar = new Analyses.Progress(runs, "uncertainty")) {
      t0 = System.nanoTime();
      r =
          Uncertainty.run(
              p.subject(),
              p.spec().spec(),
              new Uncertainty.Options(analysis.seed, runs, options.threads(), bar.consumer()));
      elapsed = Math.round((System.nanoTime() - t0) / 1e6);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(json(r, p, elapsed)));
    } else {
      table(out, r, p, elapsed);
    }
    Analyses.chart(
        analysis.chart,
        Charts.rankIntervals(
            "Rank uncertainty: " + runs + " replications, seed " + analysis.seed, r.targets()),
        spec);
    return ExitCode.OK;
  }

  static Map<String, Object> json(Uncertainty.Result r, Analyses.Prepared p, long elapsedMs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seed", r.seed());
    m.put("runs", r.runs());
    m.put("elapsedMs", elapsedMs);
    m.putAll(p.about());
    m.put("inputs", r.inputs());
    m.put("inputSource", p.spec().source());
    m.put("failed", r.failed());
    m.put("failures", failures(r.failures()));
    List<Map<String, Object>> targets = new ArrayList<>();
    for (TargetStats t : r.targets()) {
      targets.add(Analyses.target(t));
    }
    m.put("targets", targets);
    if (p.provenance() != null) {
      m.put("provenance", p.provenance());
    }
    return m;
  }

  static List<Map<String, Object>> failures(List<Failure> failures) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Failure f : failures) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("message", f.message());
      x.put("count", f.count());
      out.add(x);
    }
    return out;
  }

  private static void table(
      PrintWriter out, Uncertainty.Result r, Analyses.Prepared p, long elapsedMs) {
    out.printf(
        Locale.ROOT,
        "Uncertainty of the ranking of %s: %,d replications, seed %d (analysis %d ms).%n",
        p.heading(),
        r.runs(),
        r.seed(),
        elapsedMs);
    out.println("Inputs (" + p.spec().source() + "):");
    for (String i : r.inputs()) {
      out.println("  " + i);
    }
    out.println();
    Analyses.targetsTable(r.targets(), p.names()).printAligned(out);
    out.println();
    printFailures(out, r.failed(), r.runs(), r.failures());
    out.println(
        "Ranks: 1 = first; mean, median and 5-95 % over the replications that ranked the target;"
            + " P = share of replications.");
    if (p.provenanceLine() != null) {
      out.println("Provenance: " + p.provenanceLine());
    }
  }

  static void printFailures(PrintWriter out, int failed, int runs, List<Failure> failures) {
    out.printf(
        Locale.ROOT, "Failed replications: %,d of %,d%s%n", failed, runs, failed > 0 ? ":" : ".");
    for (Failure f : failures) {
      out.printf(Locale.ROOT, "  %,d × %s%n", f.count(), f.message());
    }
  }
}
