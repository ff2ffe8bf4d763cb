package org.borderland.cli;

import java.io.PrintWriter;
import org.borderland.app.analysis.AnalysisInputs;
import org.borderland.app.analysis.SensitivityRequest;
import org.borderland.app.analysis.SensitivityResult;
import org.borderland.app.analysis.SensitivityService;
import org.borderland.app.common.Json;
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

  @Override
  public Integer call() throws Exception {
    SensitivityService service = new SensitivityService(engine.app());
    AnalysisInputs inputs = analysis.inputs();
    SensitivityRequest request =
        new SensitivityRequest(
            analysis.analysed(spec, engine),
            inputs,
            analysis.seed,
            runs,
            bootstrap,
            target,
            analysis.threads.given(),
            analysis.warmUp);
    PrintWriter out = spec.commandLine().getOut();
    SensitivityResult r;
    try (Analyses.Bar bar = new Analyses.Bar("sensitivity")) {
      r = service.analyse(request, bar.progress());
    }
    if (output.json()) {
      out.println(Json.write(r));
    } else {
      AnalysisTables.print(out, r);
    }
    Analyses.chart(
        analysis.chart,
        Charts.sobol(
            "Sensitivity of the " + r.output() + " (N = " + runs + ", seed " + analysis.seed + ")",
            r.about().indices()),
        spec);
    return ExitCode.OK;
  }
}
