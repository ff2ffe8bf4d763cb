package org.borderland.cli;

import java.io.PrintWriter;
import org.borderland.app.analysis.AnalysisInputs;
import org.borderland.app.analysis.UncertaintyRequest;
import org.borderland.app.analysis.UncertaintyResult;
import org.borderland.app.analysis.UncertaintyService;
import org.borderland.app.common.Json;
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

  @Override
  public Integer call() throws Exception {
    UncertaintyService service = new UncertaintyService(engine.app());
    AnalysisInputs inputs = analysis.inputs();
    UncertaintyRequest request =
        new UncertaintyRequest(
            analysis.analysed(spec, engine),
            inputs,
            analysis.seed,
            runs,
            analysis.threads.given(),
            analysis.warmUp);
    PrintWriter out = spec.commandLine().getOut();
    UncertaintyResult r;
    try (Analyses.Bar bar = new Analyses.Bar("uncertainty")) {
      r = service.analyse(request, bar.progress());
    }
    if (output.json()) {
      out.println(Json.write(r));
    } else {
      AnalysisTables.print(out, r);
    }
    Analyses.chart(
        analysis.chart,
        Charts.rankIntervals(
            "Rank uncertainty: " + runs + " replications, seed " + analysis.seed,
            r.about().stats()),
        spec);
    return ExitCode.OK;
  }
}
