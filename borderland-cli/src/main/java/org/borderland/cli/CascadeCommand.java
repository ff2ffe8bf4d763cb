package org.borderland.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.borderland.app.cascade.CascadeRequest;
import org.borderland.app.cascade.CascadeResult;
import org.borderland.app.cascade.CascadeService;
import org.borderland.app.common.Json;
import org.borderland.app.problem.BadParameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code borderland cascade}: the domino cascade, step by step. */
@Command(
    name = "cascade",
    mixinStandardHelpOptions = true,
    description = {
      "The domino cascade: repeatedly absorb the top-ranked candidate that borders the aggressor's"
          + " region, merge its borders, population and economy into the region, and rank again.",
      "Each step shows the state absorbed, its index and margin over the runner-up (the next"
          + " candidate bordering the region), the states newly exposed, and the region's capacity."
    })
public final class CascadeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EngineOptions options;
  @Mixin ScenarioOption scenarioOption;

  @Option(
      names = "--steps",
      defaultValue = "5",
      paramLabel = "N",
      description = "How many states to absorb at most (default: ${DEFAULT-VALUE}).")
  int steps;

  @Mixin TableOrJson output;

  @Override
  public Integer call() {
    boolean json = output.json();
    CascadeResult c = new CascadeService(options.app()).cascade(request());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(c));
      return ExitCode.OK;
    }
    CascadeTable.print(out, c);
    return ExitCode.OK;
  }

  /**
   * The request; a step count out of range is a usage error (exit 2), as picocli's are, found
   * before the scenario is read.
   */
  private CascadeRequest request() {
    try {
      CascadeRequest.steps(steps);
    } catch (BadParameter e) {
      throw new ParameterException(spec.commandLine(), Main.messageOf(e));
    }
    return new CascadeRequest(
        options.aggressor(), options.year, options.model(), steps, scenarioOption.input());
  }
}
