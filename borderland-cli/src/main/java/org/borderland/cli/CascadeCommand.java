package org.borderland.cli;

import java.io.PrintWriter;
import java.util.Locale;
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
    CascadeResult.About about = c.about();
    out.printf(
        "Domino cascade of %s (%s), model %s, as known by the end of %d: each step absorbs the"
            + " top-ranked candidate bordering the region.%n",
        about.aggressorName(), c.aggressor(), c.model(), c.year());
    if (c.scenario() != null) {
      out.println(about.scenarioLine());
    }
    out.println();
    Table t =
        new Table(
            "step",
            "absorbed",
            "index",
            "rank",
            "runner-up",
            "margin",
            "newly exposed",
            "population after",
            "GDP after (USD bn)");
    for (CascadeResult.Step s : c.steps()) {
      t.add(
          Integer.toString(s.step()),
          s.absorbed() + " " + about.names().get(s.absorbed()),
          RankCommand.score(s.index()),
          Integer.toString(s.rank()),
          s.runnerUp() == null ? "-" : s.runnerUp() + " " + RankCommand.score(s.runnerUpIndex()),
          s.margin() == null ? "-" : String.format(Locale.ROOT, "%.1f", s.margin()),
          s.newlyExposed().isEmpty() ? "-" : String.join(", ", s.newlyExposed()),
          String.format(Locale.ROOT, "%,.0f", s.capacity().population()),
          String.format(Locale.ROOT, "%,.0f", s.capacity().gdpUsd() / 1e9));
    }
    t.printAligned(out);
    if (c.stopped() != null) {
      out.println();
      out.println("Stopped " + c.stopped() + ".");
    }
    out.println();
    out.println(
        "Scores are relative to each step's candidates; a rank above 1 means a candidate one border"
            + " further ranked higher but cannot be absorbed before a state between.");
    out.println("Provenance: " + about.provenanceLine());
    return ExitCode.OK;
  }

  /** The request; a step count out of range is a usage error (exit 2), as picocli's are. */
  private CascadeRequest request() {
    try {
      return new CascadeRequest(
          options.aggressor, options.year, options.model, steps, scenarioOption.input());
    } catch (BadParameter e) {
      if (!e.parameter().equals("steps")) {
        throw e;
      }
      throw new ParameterException(spec.commandLine(), Main.messageOf(e));
    }
  }
}
