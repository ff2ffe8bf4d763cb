package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderland.core.uncertainty.Sensitivity;
import org.borderland.core.uncertainty.TargetStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code borderland sensitivity}: which uncertain choice moves the ranking most. */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description = {
      "Variance-based sensitivity analysis of a ranking (COINr's get_sensitivity, SA_type =",
      "\"SA\"): first- and total-order Sobol indices of each uncertain input, with COINr's",
      "estimators, Saltelli's design of N·(d+2) runs and bootstrap 5-95 %% intervals.",
      "Output: the mean absolute rank shift from the nominal ranking, or --target's rank.",
      "Same inputs as `uncertainty`. See docs/uncertainty.md."
    })
public final class SensitivityCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EngineOptions engine;
  @Mixin AnalysisOptions analysis;

  @Option(
      names = "--runs",
      defaultValue = "1000",
      paramLabel = "N",
      description = "Base sample size N; the analysis runs N·(d+2) (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--bootstrap",
      defaultValue = "100",
      paramLabel = "B",
      description = "Bootstrap replications for the intervals (default: ${DEFAULT-VALUE}).")
  int bootstrap;

  @Option(
      names = "--target",
      paramLabel = "CODE",
      description = "Apportion this target's rank instead of the mean absolute rank shift.")
  String target;

  @Mixin TableOrJson output;
  @Mixin CheckOption check;

  @Override
  public Integer call() throws Exception {
    boolean json = output.json();
    Sensitivity.Options options =
        new Sensitivity.Options(analysis.seed, runs, bootstrap, target, analysis.threads(), null);
    Analyses.Prepared p = Analyses.prepare(spec, engine, analysis, analysis.seed);
    // A target of the engine's model is an ISO3 code; a unit of a dataset is as written.
    String t =
        target == null
            ? null
            : p.names().isEmpty() ? target.strip() : target.strip().toUpperCase(Locale.ROOT);
    if (check.on()) {
      check.report(
          spec.commandLine().getOut(),
          Sensitivity.check(
              p.subject(),
              p.spec().spec(),
              new Sensitivity.Options(analysis.seed, runs, bootstrap, t, options.threads(), null)),
          options.threads());
      return ExitCode.OK;
    }
    long total = (long) runs * (p.spec().spec().size() + 2);
    if (analysis.warmUp) {
      Sensitivity.run(
          p.subject(),
          p.spec().spec(),
          new Sensitivity.Options(
              analysis.seed, Math.min(runs, 100), 0, t, options.threads(), null));
    }
    Sensitivity.Result r;
    long elapsed;
    try (Analyses.Progress bar = new Analyses.Progress(Math.toIntExact(total), "sensitivity")) {
      long t0 = System.nanoTime();
      r =
          Sensitivity.run(
              p.subject(),
              p.spec().spec(),
              new Sensitivity.Options(
                  analysis.seed, runs, bootstrap, t, options.threads(), bar.consumer()));
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
        Charts.sobol(
            "Sensitivity of the " + r.output() + " (N = " + runs + ", seed " + analysis.seed + ")",
            r.inputs()),
        spec);
    return ExitCode.OK;
  }

  private static Map<String, Object> json(
      Sensitivity.Result r, Analyses.Prepared p, long elapsedMs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seed", r.seed());
    m.put("runs", r.runs());
    m.put("n", r.n());
    m.put("bootstrap", r.bootstrap());
    m.put("elapsedMs", elapsedMs);
    m.putAll(p.about());
    m.put("output", r.output());
    m.put("variance", Analyses.num(r.variance()));
    m.put("inputSource", p.spec().source());
    m.put("failed", r.failed());
    m.put("rowsUsed", r.rowsUsed());
    m.put("failures", UncertaintyCommand.failures(r.failures()));
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (Sensitivity.Index i : r.inputs()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("name", i.name());
      x.put("kind", i.kind());
      x.put("si", Analyses.num(i.si()));
      x.put("sti", Analyses.num(i.sti()));
      x.put("siLow", Analyses.num(i.siLow()));
      x.put("siHigh", Analyses.num(i.siHigh()));
      x.put("stiLow", Analyses.num(i.stiLow()));
      x.put("stiHigh", Analyses.num(i.stiHigh()));
      inputs.add(x);
    }
    m.put("inputs", inputs);
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

  private static void table(
      PrintWriter out, Sensitivity.Result r, Analyses.Prepared p, long elapsedMs) {
    out.printf(
        Locale.ROOT,
        "Sensitivity of the ranking of %s: output %s; N = %,d, %,d runs, %d bootstrap"
            + " replications, seed %d (analysis %d ms).%n%n",
        p.heading(),
        r.output(),
        r.n(),
        r.runs(),
        r.bootstrap(),
        r.seed(),
        elapsedMs);
    Table t = new Table("input", "first order Si", "5-95%", "total order STi", "5-95%");
    for (Sensitivity.Index i : r.inputs()) {
      t.add(
          i.name(),
          Analyses.fmt("%.3f", i.si()),
          Analyses.fmt("%.3f", i.siLow()) + " to " + Analyses.fmt("%.3f", i.siHigh()),
          Analyses.fmt("%.3f", i.sti()),
          Analyses.fmt("%.3f", i.stiLow()) + " to " + Analyses.fmt("%.3f", i.stiHigh()));
    }
    t.printAligned(out);
    out.println();
    out.printf(
        Locale.ROOT,
        "Si: the share of the output's variance (%s) an input explains alone; STi: with its"
            + " interactions. %,d of %,d design rows used.%n",
        Analyses.fmt("%.4g", r.variance()),
        r.rowsUsed(),
        r.n());
    UncertaintyCommand.printFailures(out, r.failed(), r.runs(), r.failures());
    out.println();
    out.println("Rank statistics over the " + 2 * r.n() + " runs of the two sample matrices:");
    Analyses.targetsTable(r.targets(), p.names()).printAligned(out);
    if (p.provenanceLine() != null) {
      out.println("Provenance: " + p.provenanceLine());
    }
  }
}
