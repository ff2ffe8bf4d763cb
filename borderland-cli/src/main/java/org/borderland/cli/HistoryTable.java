package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.borderland.app.history.HistoryResult;

/** The table of {@code history}: one row per knowledge year, with the factor that moved most. */
final class HistoryTable {
  private HistoryTable() {}

  static void print(PrintWriter out, HistoryResult h) {
    HistoryResult.About about = h.about();
    List<Integer> span = h.provenance().years();
    out.printf(
        "%s (%s) for %s (%s), knowledge years %d-%d, model %s (%s).%n",
        about.targetName(),
        h.target(),
        about.aggressorName(),
        h.aggressor(),
        span.get(0),
        span.get(1),
        h.model(),
        about.modelName());
    out.println(
        "Each year as known by its end; scores 0-100, normalised over that year's targets. \"moved"
            + " most\": the factor whose contribution to the index changed most since the previous"
            + " year (score before -> after), or that entered or left the index (its effect,"
            + " the other weights rescaled).");
    out.println();
    List<String> head = new ArrayList<>(List.of("year", "index", "rank", "change"));
    head.addAll(about.factors());
    head.add("data");
    head.add("moved most");
    Table table = new Table(head.toArray(String[]::new));
    int n = about.indicators();
    List<Integer> added = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (HistoryResult.Year pt : h.years()) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(pt.year()));
      if (pt.index() == null) {
        row.add("-");
        row.add("-");
        row.add("");
        for (int i = 0; i < about.factors().size(); i++) {
          row.add("");
        }
        row.add("");
        row.add("not scored");
        absent.add(pt.year() + (pt.note() == null ? "" : " (" + pt.note() + ")"));
        table.add(row.toArray(String[]::new));
        continue;
      }
      if (Boolean.FALSE.equals(pt.candidate())) {
        added.add(pt.year());
      }
      HistoryResult.Move m = pt.mostMoved();
      row.add(RankTable.score(pt.index()));
      row.add((pt.rank() == null ? "-" : pt.rank().toString()) + "/" + pt.targets());
      row.add(m == null ? "" : ExplainTables.signed(m.indexChange()));
      for (String f : about.factors()) {
        row.add(RankTable.score(pt.factors().get(f)));
      }
      row.add(
          pt.quality().filled()
              + "/"
              + n
              + (pt.quality().imputed() > 0 ? " (" + pt.quality().imputed() + " imputed)" : ""));
      row.add(m == null ? "" : moved(m));
      table.add(row.toArray(String[]::new));
    }
    table.printAligned(out);
    out.println();
    StringBuilder data =
        new StringBuilder(
            "Data: the data column counts indicators filled from the panel out of "
                + n
                + "; the rest were missing (skipped, the remaining weights rescaled) or imputed.");
    if (!added.isEmpty()) {
      data.append(" ")
          .append(h.target())
          .append(" was not a default candidate in ")
          .append(ranges(added))
          .append(" and was scored together with the candidates then.");
    }
    if (!absent.isEmpty()) {
      data.append(" Not scored: ").append(String.join("; ", absent)).append('.');
    }
    out.println(data);
    out.println("Provenance: " + about.provenanceLine());
  }

  private static String moved(HistoryResult.Move m) {
    String how =
        switch (m.kind()) {
          case CHANGED ->
              "("
                  + RankTable.score(m.scoreBefore())
                  + " -> "
                  + RankTable.score(m.scoreAfter())
                  + ")";
          case ENTERED -> "(entered at " + RankTable.score(m.scoreAfter()) + ")";
          case LEFT -> "(left; was " + RankTable.score(m.scoreBefore()) + ")";
        };
    return m.factor() + " " + ExplainTables.signed(m.change()) + " " + how;
  }

  /** E.g. {@code 1992-1995, 1999}. */
  private static String ranges(List<Integer> ys) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < ys.size()) {
      int j = i;
      while (j + 1 < ys.size() && ys.get(j + 1) == ys.get(j) + 1) {
        j++;
      }
      parts.add(i == j ? ys.get(i).toString() : ys.get(i) + "-" + ys.get(j));
      i = j + 1;
    }
    return String.join(", ", parts);
  }
}
