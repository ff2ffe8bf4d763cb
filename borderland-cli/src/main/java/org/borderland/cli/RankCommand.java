package org.borderland.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.borderland.app.common.Json;
import org.borderland.app.rank.RankRequest;
import org.borderland.app.rank.RankResult;
import org.borderland.app.rank.RankService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code borderland rank}: the candidate targets of an aggressor, ranked by exposure. */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    description = {
      "Rank an aggressor's candidate targets by the model's index, as known in a year.",
      "Candidates default to land and sea neighbours (up to 150 miles of water) and states one"
          + " land border further through a state the aggressor could cross; --reach widens them."
    })
public final class RankCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EngineOptions options;
  @Mixin ScenarioOption scenarioOption;

  @Option(
      names = "--candidates",
      paramLabel = "ISO3,…",
      split = ",",
      converter = CountryConverter.class,
      description = "Score these targets (codes or names) instead.")
  List<String> candidates;

  @Mixin ReachOption reachOption;

  @Mixin FormatOption output;

  @Option(
      names = "--calibrated",
      description = "Add each target's fitted probability of a dispute within a year (slow).")
  boolean calibrated;

  @Override
  public Integer call() {
    RankResult r =
        new RankService(options.app())
            .rank(
                new RankRequest(
                    options.aggressor(),
                    options.year,
                    options.model(),
                    candidates == null ? List.of() : candidates,
                    calibrated,
                    scenarioOption.input(),
                    reachOption.given()));
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(Json.write(r));
    } else {
      RankTable.print(out, r, output.csv());
    }
    return ExitCode.OK;
  }
}
