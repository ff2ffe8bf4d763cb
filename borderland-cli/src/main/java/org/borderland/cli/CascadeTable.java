package org.borderland.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.borderland.app.cascade.CascadeResult;

/** The table {@code cascade} prints. */
final class CascadeTable {
  private CascadeTable() {}

  /** Prints the header, a row per step, why it stopped, and the provenance. */
  static void print(PrintWriter out, CascadeResult c) {
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
          RankTable.score(s.index()),
          Integer.toString(s.rank()),
          s.runnerUp() == null ? "-" : s.runnerUp() + " " + RankTable.score(s.runnerUpIndex()),
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
  }
}
