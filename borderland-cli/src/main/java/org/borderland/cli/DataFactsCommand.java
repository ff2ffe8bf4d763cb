package org.borderland.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.borderland.app.data.DataService;
import org.borderland.app.data.FactsRequest;
import org.borderland.app.data.FactsResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code borderland data facts}: the curated, cited facts about one aggressor→target pair. */
@Command(
    name = "facts",
    mixinStandardHelpOptions = true,
    description = {
      "List the curated, cited facts about an aggressor→target pair, unverified ones marked,",
      "and per factor the count as of a date — or 'missing' where nobody has researched it."
    })
public final class DataFactsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AggressorOption aggressor;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "ISO3|NAME",
      converter = CountryConverter.class,
      description = "Target country, by code or name.")
  String target;

  @Option(
      names = "--year",
      paramLabel = "Y",
      description = "Count facts known by the end of Y (default: all).")
  Integer year;

  @Mixin CuratedOption curated;

  @Mixin TableOrJson output;

  @Override
  public Integer call() {
    boolean json = output.json();
    FactsResult r =
        new DataService(new Borderland(new Borderland.Config(null, curated.dir())))
            .facts(new FactsRequest(aggressor.code(), target, year));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(r));
    } else {
      DataTables.facts(out, r, year);
    }
    return ExitCode.OK;
  }
}
