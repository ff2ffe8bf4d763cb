package org.borderland.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.borderland.app.common.Json;
import org.borderland.app.history.HistoryRequest;
import org.borderland.app.history.HistoryResult;
import org.borderland.app.history.HistoryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code borderland history}: one target's index and rank in every knowledge year. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "One target's index and rank for an aggressor in every knowledge year the panel covers"
          + " (from the aggressor's first Factbook edition), each year as known by its end, with"
          + " the factor that moved most since the year before.",
      "--year sets the last year (default: the latest)."
    })
public final class HistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EngineOptions options;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "ISO3",
      converter = CountryConverter.class,
      description = "The target to follow, by code or name.")
  String target;

  @Mixin TableOrJson output;

  @Override
  public Integer call() {
    boolean json = output.json();
    HistoryResult r =
        new HistoryService(options.app())
            .history(
                new HistoryRequest(options.aggressor(), options.year, options.model(), target));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(r));
    } else {
      HistoryTable.print(out, r);
    }
    return ExitCode.OK;
  }
}
