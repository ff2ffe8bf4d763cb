package org.borderland.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.borderland.app.common.Json;
import org.borderland.app.shield.ShieldRequest;
import org.borderland.app.shield.ShieldResult;
import org.borderland.app.shield.ShieldService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code borderland shield}: who shields whom from an aggressor, under transit rules. */
@Command(
    name = "shield",
    mixinStandardHelpOptions = true,
    description = {
      "For every state: whether the aggressor can reach it, how many borders away, whether it is",
      "exposed (borders the aggressor), and the states every admissible path passes through.",
      "Default rules: land borders only; no transit through the model's noTransit states (China",
      "and Iran for Russia) or NATO members (from the edition that lists them)."
    })
public final class ShieldCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EngineOptions options;
  @Mixin TransitOptions transit;
  @Mixin ScenarioOption scenarioOption;

  @Mixin TableOrJson output;

  @Override
  public Integer call() {
    boolean json = output.json();
    ShieldResult r =
        new ShieldService(options.app())
            .shield(
                new ShieldRequest(
                    options.aggressor(),
                    options.year,
                    options.model(),
                    transit.transit(),
                    scenarioOption.input()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(r));
      return ExitCode.OK;
    }
    if (r.scenario() != null) {
      out.println(r.about().scenarioLine());
    }
    ShieldTable.print(out, r);
    out.println("Provenance: " + r.about().provenanceLine());
    return ExitCode.OK;
  }
}
