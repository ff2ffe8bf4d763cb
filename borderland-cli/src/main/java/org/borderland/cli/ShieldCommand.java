package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.borderland.app.common.Situation;
import org.borderland.core.geography.Exposure;
import org.borderland.core.geography.Shielding;
import org.borderland.core.geography.TransitRules;
import org.borderland.core.score.Provenance;
import org.borderland.data.engine.Engine;
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
  public Integer call() throws Exception {
    boolean json = output.json();
    Situation sit = options.situation(scenarioOption);
    Engine engine = sit.engine();
    Engine.LoadedModel model = sit.model();
    String aggressor = sit.aggressor();
    TransitRules rules =
        transit.rules(engine, model.model(), aggressor, sit.scorer().rules(sit.world()));
    Shielding s = sit.scorer().shielding(sit.world(), rules);
    Provenance p = sit.provenance();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = json(s, p, model.model().id());
      if (sit.hasScenario()) {
        m.put("scenario", sit.scenarioView());
      }
      out.println(Json.write(m));
      return ExitCode.OK;
    }
    if (sit.hasScenario()) {
      out.println(sit.scenarioLine());
    }
    table(out, engine, s);
    out.println("Provenance: " + p.line(model.model().id()));
    return ExitCode.OK;
  }

  private static void table(PrintWriter out, Engine engine, Shielding s) {
    out.printf(
        "Who shields whom from %s (%s), as known by the end of %d: %s.%n",
        engine.registry().get(s.aggressor()).name(), s.aggressor(), s.year(), s.describeRules());
    out.printf("Region: %s.%n", String.join(", ", s.region()));
    Map<String, List<String>> blocked = new LinkedHashMap<>();
    s.impassable()
        .forEach(
            (state, why) ->
                blocked
                    .computeIfAbsent(why.replaceAll(" \\(.*", ""), k -> new ArrayList<>())
                    .add(state));
    List<String> parts = new ArrayList<>();
    blocked.forEach((why, states) -> parts.add(why + ": " + String.join(", ", states)));
    out.printf("Not passable (%d): %s.%n%n", s.impassable().size(), String.join("; ", parts));
    List<Exposure> reachable = new ArrayList<>();
    List<String> unreachable = new ArrayList<>();
    for (Exposure e : s.exposures().values()) {
      if (e.reachable()) {
        reachable.add(e);
      } else {
        unreachable.add(e.state());
      }
    }
    reachable.sort(Comparator.comparing(Exposure::hops).thenComparing(Exposure::state));
    Table t = new Table("hops", "state", "name", "exposed", "passable", "shielded by");
    for (Exposure e : reachable) {
      t.add(
          e.hops().toString(),
          e.state(),
          engine.registry().get(e.state()).name(),
          e.exposed() ? "yes" : "",
          s.impassable().containsKey(e.state()) ? "no" : "",
          e.shieldedBy().isEmpty() ? "-" : String.join(" > ", e.shieldedBy()));
    }
    t.printAligned(out);
    out.printf(
        "%nUnreachable (%d): %s%n",
        unreachable.size(), unreachable.isEmpty() ? "none" : String.join(", ", unreachable));
    out.printf(
        "%nGateways: each state, and the states every admissible path to which passes through it%n");
    if (s.gateways().isEmpty()) {
      out.println("none");
    } else {
      Table g = new Table("state", "name", "shields", "states");
      s.gateways().entrySet().stream()
          .sorted(
              Comparator.comparing((Map.Entry<String, List<String>> e) -> -e.getValue().size())
                  .thenComparing(Map.Entry::getKey))
          .forEach(
              e ->
                  g.add(
                      e.getKey(),
                      engine.registry().get(e.getKey()).name(),
                      Integer.toString(e.getValue().size()),
                      String.join(", ", e.getValue())));
      g.printAligned(out);
    }
    out.println();
  }

  private static Map<String, Object> json(Shielding s, Provenance p, String modelId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("aggressor", s.aggressor());
    m.put("year", s.year());
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("allies", s.rules().allies());
    r.put("noTransit", s.rules().noTransit());
    r.put("allow", s.rules().allow());
    r.put("rivalAlliances", s.rules().rivalAlliances());
    r.put("sea", s.rules().sea());
    m.put("rules", r);
    List<Map<String, Object>> states = new ArrayList<>();
    for (Exposure e : s.exposures().values()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("state", e.state());
      x.put("reachable", e.reachable());
      x.put("hops", e.hops());
      x.put("exposed", e.exposed());
      x.put("shieldedBy", e.shieldedBy());
      states.add(x);
    }
    m.put("states", states);
    m.put("gateways", s.gateways());
    m.put("region", s.region());
    m.put("impassable", s.impassable());
    m.put("description", s.describeRules());
    m.put("provenance", org.borderland.app.common.ProvenanceView.of(p, modelId));
    return m;
  }
}
