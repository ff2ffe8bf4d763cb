package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.borderland.app.common.Situation;
import org.borderland.core.scenario.Cascade;
import org.borderland.data.engine.Engine;
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
  public Integer call() throws Exception {
    boolean json = output.json();
    if (steps < 1 || steps > 50) {
      throw new ParameterException(
          spec.commandLine(), "--steps " + steps + " is out of range; give 1 to 50");
    }
    Situation sit = options.situation(scenarioOption);
    Engine engine = sit.engine();
    Cascade c = Cascade.run(sit.scorer(), sit.world(), steps);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("aggressor", c.aggressor());
      m.put("year", c.year());
      m.put("model", sit.model().model().id());
      if (sit.hasScenario()) {
        m.put("scenario", sit.scenarioView());
      }
      m.put(
          "provenance",
          org.borderland.app.common.ProvenanceView.of(sit.provenance(), sit.model().model().id()));
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Cascade.Step s : c.steps()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("step", s.step());
        x.put("absorbed", s.absorbed());
        x.put("index", org.borderland.app.common.Numbers.orNull(s.index()));
        x.put("rank", s.rank());
        x.put("runnerUp", s.runnerUp());
        x.put("runnerUpIndex", org.borderland.app.common.Numbers.orNull(s.runnerUpIndex()));
        x.put("margin", org.borderland.app.common.Numbers.orNull(s.margin()));
        x.put("newlyExposed", s.newlyExposed());
        Map<String, Object> cap = new LinkedHashMap<>();
        cap.put("population", s.capacity().population());
        cap.put("gdpUsd", s.capacity().gdpUsd());
        cap.put("missing", s.capacity().missing());
        x.put("capacity", cap);
        rows.add(x);
      }
      m.put("steps", rows);
      m.put("stopped", c.stopped().isEmpty() ? null : c.stopped());
      out.println(Json.write(m));
      return ExitCode.OK;
    }
    out.printf(
        "Domino cascade of %s (%s), model %s, as known by the end of %d: each step absorbs the"
            + " top-ranked candidate bordering the region.%n",
        engine.registry().get(c.aggressor()).name(),
        c.aggressor(),
        sit.model().model().id(),
        c.year());
    if (sit.hasScenario()) {
      out.println(sit.scenarioLine());
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
    for (Cascade.Step s : c.steps()) {
      t.add(
          Integer.toString(s.step()),
          s.absorbed() + " " + engine.registry().get(s.absorbed()).name(),
          RankCommand.score(s.index()),
          Integer.toString(s.rank()),
          s.runnerUp() == null ? "-" : s.runnerUp() + " " + RankCommand.score(s.runnerUpIndex()),
          Double.isNaN(s.margin()) ? "-" : String.format(Locale.ROOT, "%.1f", s.margin()),
          s.newlyExposed().isEmpty() ? "-" : String.join(", ", s.newlyExposed()),
          String.format(Locale.ROOT, "%,.0f", s.capacity().population()),
          String.format(Locale.ROOT, "%,.0f", s.capacity().gdpUsd() / 1e9));
    }
    t.printAligned(out);
    if (!c.stopped().isEmpty()) {
      out.println();
      out.println("Stopped " + c.stopped() + ".");
    }
    out.println();
    out.println(
        "Scores are relative to each step's candidates; a rank above 1 means a candidate one border"
            + " further ranked higher but cannot be absorbed before a state between.");
    out.println("Provenance: " + sit.provenance().line(sit.model().model().id()));
    return ExitCode.OK;
  }
}
