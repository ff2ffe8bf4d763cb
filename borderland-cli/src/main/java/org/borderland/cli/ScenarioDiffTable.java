package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderland.app.scenario.ScenarioDiffResult;

/** The table {@code scenario diff} prints. */
final class ScenarioDiffTable {
  private ScenarioDiffTable() {}

  /** Prints the diff: a heading, the targets before and after, a note on normalisation. */
  static void print(PrintWriter out, ScenarioDiffResult d) {
    ScenarioDiffResult.About about = d.about();
    out.printf(
        "%s for %s (%s), as known by the end of %d: before = as it is (model %s), after = %s.%n%n",
        about.scenarioName(),
        about.aggressorName(),
        d.aggressor(),
        d.year(),
        d.before().model(),
        about.scenarioLine().replaceFirst("^Scenario: ", ""));
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
    for (ScenarioDiffResult.Target r : d.targets()) {
      t.add(
          r.target(),
          about.names().get(r.target()),
          r.rankBefore() == null ? "-" : r.rankBefore().toString(),
          r.rankAfter() == null ? "-" : r.rankAfter().toString(),
          move(r),
          RankTable.score(r.indexBefore()),
          RankTable.score(r.indexAfter()),
          why(r));
    }
    t.printAligned(out);
    out.println();
    out.println(
        "A factor can move although the target's own raw values did not: scores are normalised over"
            + " the candidates, which the scenario changed.");
    out.println("Provenance: " + about.provenanceLine());
  }

  /** How a target moved: {@code up 2}, {@code down 1}, {@code =}, or what happened to it. */
  static String move(ScenarioDiffResult.Target r) {
    return switch (r.status()) {
      case ABSORBED -> "absorbed";
      case NEW -> "new";
      case DROPPED -> "dropped";
      case KEPT -> {
        int c = r.rankChange() == null ? 0 : r.rankChange();
        yield c > 0 ? "up " + c : c < 0 ? "down " + (-c) : "=";
      }
    };
  }

  /** Why a kept target moved: its top three factor changes, then its raw values that changed. */
  static String why(ScenarioDiffResult.Target r) {
    if (r.status() != ScenarioDiffResult.Status.KEPT) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < Math.min(3, r.factors().size()); i++) {
      ScenarioDiffResult.Factor f = r.factors().get(i);
      double change = f.contributionChange() == null ? Double.NaN : f.contributionChange();
      parts.add(String.format(Locale.ROOT, "%s %+.1f", f.factor(), change));
    }
    String s = String.join(", ", parts);
    if (!r.rawChanged().isEmpty()) {
      s += (s.isEmpty() ? "" : "; ") + "raw: " + String.join(", ", r.rawChanged());
    }
    return s;
  }
}
