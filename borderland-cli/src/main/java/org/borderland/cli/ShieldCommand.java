package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                    options.aggressor,
                    options.year,
                    options.model,
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
    table(out, r);
    out.println("Provenance: " + r.about().provenanceLine());
    return ExitCode.OK;
  }

  private static void table(PrintWriter out, ShieldResult r) {
    Map<String, String> names = r.about().names();
    out.printf(
        "Who shields whom from %s (%s), as known by the end of %d: %s.%n",
        r.about().aggressorName(), r.aggressor(), r.year(), r.description());
    out.printf("Region: %s.%n", String.join(", ", r.region()));
    Map<String, List<String>> blocked = new LinkedHashMap<>();
    r.impassable()
        .forEach(
            (state, why) ->
                blocked
                    .computeIfAbsent(why.replaceAll(" \\(.*", ""), k -> new ArrayList<>())
                    .add(state));
    List<String> parts = new ArrayList<>();
    blocked.forEach((why, states) -> parts.add(why + ": " + String.join(", ", states)));
    out.printf("Not passable (%d): %s.%n%n", r.impassable().size(), String.join("; ", parts));
    List<ShieldResult.State> reachable = new ArrayList<>();
    List<String> unreachable = new ArrayList<>();
    for (ShieldResult.State e : r.states()) {
      if (e.reachable()) {
        reachable.add(e);
      } else {
        unreachable.add(e.state());
      }
    }
    reachable.sort(
        Comparator.comparing(ShieldResult.State::hops).thenComparing(ShieldResult.State::state));
    Table t = new Table("hops", "state", "name", "exposed", "passable", "shielded by");
    for (ShieldResult.State e : reachable) {
      t.add(
          e.hops().toString(),
          e.state(),
          names.get(e.state()),
          e.exposed() ? "yes" : "",
          r.impassable().containsKey(e.state()) ? "no" : "",
          e.shieldedBy().isEmpty() ? "-" : String.join(" > ", e.shieldedBy()));
    }
    t.printAligned(out);
    out.printf(
        "%nUnreachable (%d): %s%n",
        unreachable.size(), unreachable.isEmpty() ? "none" : String.join(", ", unreachable));
    out.printf(
        "%nGateways: each state, and the states every admissible path to which passes through it%n");
    if (r.gateways().isEmpty()) {
      out.println("none");
    } else {
      Table g = new Table("state", "name", "shields", "states");
      r.gateways().entrySet().stream()
          .sorted(
              Comparator.comparing((Map.Entry<String, List<String>> e) -> -e.getValue().size())
                  .thenComparing(Map.Entry::getKey))
          .forEach(
              e ->
                  g.add(
                      e.getKey(),
                      names.get(e.getKey()),
                      Integer.toString(e.getValue().size()),
                      String.join(", ", e.getValue())));
      g.printAligned(out);
    }
    out.println();
  }
}
