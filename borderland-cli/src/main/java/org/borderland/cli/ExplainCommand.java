package org.borderland.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.borderland.app.common.Json;
import org.borderland.app.explain.ExplainRequest;
import org.borderland.app.explain.ExplainResult;
import org.borderland.app.explain.ExplainService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code borderland explain}: why a target scored what it did, factor by factor, to the source. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explain one target's index: per factor its score, weight, contribution and rank; per"
          + " indicator its raw value, unit, normalised value, imputed/missing flag and sources.",
      "With --versus, why one target ranks above another, factor by factor.",
      "A target outside the aggressor's default candidates is scored together with them."
    })
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EngineOptions options;
  @Mixin ScenarioOption scenarioOption;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "ISO3",
      converter = CountryConverter.class,
      description = "The target to explain, by code or name.")
  String target;

  @Option(
      names = "--versus",
      paramLabel = "ISO3",
      converter = CountryConverter.class,
      description = "Compare with this target: the difference in contributions, largest first.")
  String versus;

  @Mixin TableOrJson output;

  @Override
  public Integer call() {
    boolean json = output.json();
    ExplainResult r =
        new ExplainService(options.app())
            .explain(
                new ExplainRequest(
                    options.aggressor(),
                    options.year,
                    options.model(),
                    target,
                    versus,
                    scenarioOption.input()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(r));
      return ExitCode.OK;
    }
    switch (r) {
      case ExplainResult.Explained e -> ExplainTables.print(out, e);
      case ExplainResult.Compared c -> ExplainTables.print(out, c);
    }
    return ExitCode.OK;
  }
}
