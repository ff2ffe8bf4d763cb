package org.borderland.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.borderland.app.data.DataService;
import org.borderland.app.data.FactsRequest;
import org.borderland.app.data.FactsResult;
import picocli.CommandLine.Command;
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

  @Option(
      names = "--aggressor",
      defaultValue = "RUS",
      paramLabel = "ISO3",
      description = "Aggressor (default: ${DEFAULT-VALUE}).")
  String aggressor;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "ISO3|NAME",
      description = "Target country.")
  String target;

  @Option(
      names = "--year",
      paramLabel = "Y",
      description = "Count facts known by the end of Y (default: all).")
  Integer year;

  @Option(
      names = "--curated",
      paramLabel = "DIR",
      description = "Curated facts directory (default: the project's curated/).")
  Path curatedDir;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    FactsResult r =
        new DataService(new Borderland(new Borderland.Config(null, curatedDir)))
            .facts(new FactsRequest(aggressor, target, year));
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(Json.write(r));
      return ExitCode.OK;
    }
    out.printf(
        "Curated facts %s → %s%s (unverified entries are marked)%n%n",
        r.aggressor(), r.target(), year == null ? "" : " known by the end of " + year);
    Table facts = new Table("date", "factor", "verified", "description", "citation");
    for (FactsResult.Fact f : r.facts()) {
      facts.add(
          f.date(), f.factor(), f.verified() ? "yes" : "UNVERIFIED", f.description(), f.citation());
    }
    facts.printAligned(out);
    out.println();
    Table c = new Table("factor", "count");
    r.counts().forEach((k, v) -> c.add(k, v == null ? "missing (not researched)" : v.toString()));
    c.printAligned(out);
    return ExitCode.OK;
  }
}
