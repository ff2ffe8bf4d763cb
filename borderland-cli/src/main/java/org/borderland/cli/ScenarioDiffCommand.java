package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.borderland.app.common.Situation;
import org.borderland.core.scenario.Scenario;
import org.borderland.core.scenario.ScenarioDiff;
import org.borderland.core.scenario.World;
import org.borderland.core.scenario.WorldScorer;
import org.borderland.core.score.Scoring;
import org.borderland.data.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
  public Integer call() throws Exception {
    boolean json = output.json();
    if (!scenario.given()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "Missing required option: '--scenario=FILE'");
    }
    Situation after = options.situation(scenario);
    Engine engine = after.engine();
    Engine.LoadedModel baseModel = engine.model(options.model);
    WorldScorer before = engine.worlds(baseModel.model(), Scenario.none());
    Scoring b = before.score(World.asIs(after.aggressor(), after.year()));
    Scoring a = after.scorer().score(after.world());
    ScenarioDiff diff = ScenarioDiff.of(b, a, after.world());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("aggressor", after.aggressor());
      m.put("year", after.year());
      m.put("scenario", after.scenarioView());
      m.put("before", Map.of("model", baseModel.model().id(), "targets", b.results().size()));
      m.put("after", Map.of("model", after.model().model().id(), "targets", a.results().size()));
      m.put(
          "provenance",
          org.borderland.app.common.ProvenanceView.of(
              after.provenance(), after.model().model().id()));
      List<Map<String, Object>> rows = new ArrayList<>();
      for (ScenarioDiff.Row r : diff.rows()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("target", r.target());
        x.put("status", r.status().name().toLowerCase(Locale.ROOT));
        x.put("rankBefore", r.rankBefore());
        x.put("rankAfter", r.rankAfter());
        x.put("rankChange", r.rankChange());
        x.put("indexBefore", org.borderland.app.common.Numbers.orNull(r.indexBefore()));
        x.put("indexAfter", org.borderland.app.common.Numbers.orNull(r.indexAfter()));
        List<Map<String, Object>> fs = new ArrayList<>();
        for (ScenarioDiff.FactorChange f : r.factors()) {
          Map<String, Object> y = new LinkedHashMap<>();
          y.put("factor", f.factor());
          y.put("before", org.borderland.app.common.Numbers.orNull(f.before()));
          y.put("after", org.borderland.app.common.Numbers.orNull(f.after()));
          y.put(
              "contributionChange",
              org.borderland.app.common.Numbers.orNull(f.contributionChange()));
          fs.add(y);
        }
        x.put("factors", fs);
        x.put("rawChanged", r.rawChanged());
        rows.add(x);
      }
      m.put("targets", rows);
      out.println(Json.write(m));
      return ExitCode.OK;
    }
    out.printf(
        "%s for %s (%s), as known by the end of %d: before = as it is (model %s), after = %s.%n%n",
        after.scenario().name(),
        engine.registry().get(after.aggressor()).name(),
        after.aggressor(),
        after.year(),
        baseModel.model().id(),
        after.scenarioLine().replaceFirst("^Scenario: ", ""));
    Table t =
        new Table(
            "target",
            "name",
            "rank before",
            "rank after",
            "move",
            "index before",
            "index after",
            "why (factor contribution change; raw values of the target that changed)");
    for (ScenarioDiff.Row r : diff.rows()) {
      t.add(
          r.target(),
          engine.registry().get(r.target()).name(),
          r.rankBefore() == null ? "-" : r.rankBefore().toString(),
          r.rankAfter() == null ? "-" : r.rankAfter().toString(),
          move(r),
          RankCommand.score(r.indexBefore()),
          RankCommand.score(r.indexAfter()),
          why(r));
    }
    t.printAligned(out);
    out.println();
    out.println(
        "A factor can move although the target's own raw values did not: scores are normalised over"
            + " the candidates, which the scenario changed.");
    out.println("Provenance: " + after.provenance().line(after.model().model().id()));
    return ExitCode.OK;
  }

  private static String move(ScenarioDiff.Row r) {
    switch (r.status()) {
      case ABSORBED:
        return "absorbed";
      case NEW:
        return "new";
      case DROPPED:
        return "dropped";
      default:
        int c = r.rankChange() == null ? 0 : r.rankChange();
        return c > 0 ? "up " + c : c < 0 ? "down " + (-c) : "=";
    }
  }

  private static String why(ScenarioDiff.Row r) {
    if (r.status() != ScenarioDiff.Status.KEPT) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < Math.min(3, r.factors().size()); i++) {
      ScenarioDiff.FactorChange f = r.factors().get(i);
      parts.add(String.format(Locale.ROOT, "%s %+.1f", f.factor(), f.contributionChange()));
    }
    String s = String.join(", ", parts);
    if (!r.rawChanged().isEmpty()) {
      s += (s.isEmpty() ? "" : "; ") + "raw: " + String.join(", ", r.rawChanged());
    }
    return s;
  }
}
