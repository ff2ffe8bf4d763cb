package org.borderland.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.borderland.app.common.Json;
import org.borderland.app.common.Progress;
import org.borderland.app.validation.ValidationRequest;
import org.borderland.app.validation.ValidationResult;
import org.borderland.app.validation.ValidationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code borderland validate}: the model's factors, a Bremer-style baseline, contiguity alone and
 * the unfitted index, each fitted on the earlier years of every directed dyad-year and scored on
 * the later ones against the militarized disputes that actually began.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate the model on Correlates of War militarized disputes over every directed dyad-year:",
      "fitted on the earlier years, scored on the later ones (ROC AUC, PR AUC, Brier, reliability),",
      "beside a Bremer-style baseline, contiguity alone and no-skill references."
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PanelOption panelOption;

  @Mixin ModelOption model;

  @Option(
      names = "--outcome",
      defaultValue = "both",
      paramLabel = "any|force|both",
      description =
          "Which disputes count: any (hostility 1-5), force (use of force or war, 4-5), or both"
              + " (default: ${DEFAULT-VALUE}; JSON then holds a list of two results).")
  String outcome;

  @Option(
      names = "--train",
      defaultValue = "1991-2005",
      paramLabel = "FROM-TO",
      description = "Training years, as years the disputes began (default: ${DEFAULT-VALUE}).")
  String train;

  @Option(
      names = "--test",
      defaultValue = "2006-2014",
      paramLabel = "FROM-TO",
      description = "Test years, as years the disputes began (default: ${DEFAULT-VALUE}).")
  String test;

  @Mixin ThreadsOption threads;

  @Mixin TableOrJson output;

  @Override
  public Integer call() {
    boolean json = output.json();
    ValidationRequest request =
        new ValidationRequest(model.name(), outcome, train, test, threads.given());
    ValidationService service = new ValidationService(panelOption.app(null));
    PrintWriter out = spec.commandLine().getOut();
    ValidationResult r = service.validate(request, Progress.NONE);
    if (json) {
      out.println(Json.write(r));
    } else {
      ValidationTable.print(out, r);
    }
    return ExitCode.OK;
  }
}
