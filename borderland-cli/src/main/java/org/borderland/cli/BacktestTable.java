package org.borderland.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderland.app.backtest.BacktestResult;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.engine.Engine;

/** The table of {@code borderland backtest}, from its result. */
final class BacktestTable {
  private BacktestTable() {}

  /** Prints the header, the cases, the summary, the cases' sources and the provenance. */
  static void print(PrintWriter out, BacktestResult r) {
    BacktestResult.About about = r.about();
    out.printf(
        Locale.ROOT,
        "Backtest of model %s for %s (%s): each case ranked on what was known at the end of its"
            + " knowledge year, among the default candidates then. Weights are the model file's,"
            + " never fitted to these cases.%n",
        r.model(),
        about.aggressorName(),
        r.aggressor());
    out.println(dataLine(r.data(), about.revisedOnly()) + "\n");
    Table t =
        new Table("case", "act", "known", "target", "rank", "of", "index", "top five", "drivers");
    for (BacktestResult.CaseView c : r.cases()) {
      List<String> top = new ArrayList<>();
      for (BacktestResult.Top x : c.top()) {
        top.add(x.target());
      }
      List<String> drivers = new ArrayList<>();
      for (BacktestResult.Driver d : c.drivers()) {
        drivers.add(String.format(Locale.ROOT, "%s %.0f (#%d)", d.factor(), d.score(), d.rank()));
      }
      t.add(
          c.id() + (c.reason() == null ? "" : " *"),
          c.date(),
          Integer.toString(c.year()),
          c.target(),
          c.rank() == null ? "-" : c.rank().toString(),
          c.candidates() == 0 ? "-" : Integer.toString(c.candidates()),
          c.index() == null ? "-" : String.format(Locale.ROOT, "%.1f", c.index()),
          String.join(" ", top),
          String.join(", ", drivers));
    }
    t.printAligned(out);
    out.println();
    BacktestResult.Summary s = r.summary();
    out.printf(
        Locale.ROOT,
        "Summary over %d case(s) known before the act: mean rank of the actual target %s, ranked"
            + " first %d, in the top three %d.%n",
        s.scored(),
        s.meanRank() == null ? "-" : String.format(Locale.ROOT, "%.2f", s.meanRank()),
        s.top1(),
        s.top3());
    out.println(
        "Drivers: the target's three largest factor contributions, its score on each (0-100) and"
            + " its rank on it among the candidates.");
    for (BacktestResult.CaseView c : r.cases()) {
      if (c.reason() != null) {
        out.println("* " + c.id() + ": " + c.reason());
      }
    }
    out.println();
    Path file = about.casesFile();
    Path root = PanelLocation.projectRoot().orElse(null);
    Path shown =
        root != null && file.toAbsolutePath().startsWith(root.toAbsolutePath())
            ? root.toAbsolutePath().relativize(file.toAbsolutePath())
            : file;
    out.println("Cases (" + shown + "):");
    for (BacktestResult.CaseView c : r.cases()) {
      out.println("  " + c.id() + ": " + c.description());
      out.println("    source: " + c.citation());
    }
    out.println(
        "Provenance: borderland "
            + Engine.VERSION
            + ", panel "
            + r.provenance().panel()
            + ", model "
            + r.provenance().model()
            + ", cases "
            + r.provenance().cases()
            + "; each case as known at the end of its own knowledge year");
  }

  private static String dataLine(BacktestResult.Data data, List<String> revisedOnly) {
    if (!data.asKnown()) {
      return "Data: revised-history datasets ALLOWED (--allow-revised): "
          + String.join(", ", data.revisedUsed())
          + " read COW, World Bank, SIPRI or UN releases published after the knowledge year"
          + " (their rows for the years up to it). This is hindsight; omit --allow-revised for"
          + " the strict backtest.";
    }
    List<String> restricted = new ArrayList<>(data.revisedLeftOut());
    restricted.removeAll(revisedOnly);
    return "Data: as known only - Factbook editions and curated facts published by the end of the"
        + " knowledge year. Missing (they read only COW, World Bank, SIPRI or UN releases): "
        + String.join(", ", revisedOnly)
        + (restricted.isEmpty()
            ? ""
            : "; restricted to their Factbook tier: " + String.join(", ", restricted))
        + ". Candidates come from Factbook land boundaries and COW contiguity (geography).";
  }
}
