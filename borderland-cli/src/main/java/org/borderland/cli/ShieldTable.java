package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderland.app.shield.ShieldResult;

/** The table {@code shield} prints. */
final class ShieldTable {
  private ShieldTable() {}

  /** Prints the header, the reachable states by hops, the unreachable and the gateways. */
  static void print(PrintWriter out, ShieldResult r) {
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
