package org.borderland.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.borderland.app.common.Json;
import org.borderland.app.scenario.ScenarioDiffRequest;
import org.borderland.app.scenario.ScenarioDiffResult;
import org.borderland.app.scenario.ScenarioService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code borderland scenario diff}: each target's rank and index before and after a scenario. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Each target's rank and index as it is and under a scenario, and why it moved: the factors"
          + " whose contribution changed and the raw values of the target that changed.",
      "Before: the model named by --model, nothing changed. After: the scenario applied (its"
          + " model and weights when it names them)."
    })
public final class ScenarioDiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EngineOptions options;

  @Mixin ScenarioOption scenario;

  @Mixin TableOrJson output;

  @Override
  public Integer call() {
    boolean json = output.json();
    if (!scenario.given()) {
      throw new ParameterException(
          spec.commandLine(), "Missing required option: '--scenario=FILE'");
    }
    ScenarioDiffResult d =
        new ScenarioService(options.app())
            .diff(
                new ScenarioDiffRequest(
                    options.aggressor(), options.year, options.model(), scenario.input()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(d));
      return ExitCode.OK;
    }
    ScenarioDiffTable.print(out, d);
    return ExitCode.OK;
  }
}
