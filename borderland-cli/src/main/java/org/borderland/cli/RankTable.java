package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderland.app.rank.RankResult;

/** The table (or CSV) {@code borderland rank} prints. */
final class RankTable {
  private RankTable() {}

  /** Prints the ranking: as CSV, or as an aligned table between its heading and its notes. */
  static void print(PrintWriter out, RankResult r, boolean csv) {
    RankResult.About about = r.about();
    List<String> head = new ArrayList<>(List.of("rank", "target", "name", "index"));
    head.addAll(about.factors());
    head.add("factors");
    head.add("data");
    if (r.calibration() != null) {
      head.add("P(MID) 95%");
    }
    Table t = new Table(head.toArray(String[]::new));
    int missing = 0;
    int imputed = 0;
    int unverified = 0;
    for (RankResult.Row row : r.results()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.rank() == null ? "-" : row.rank().toString());
      cells.add(row.target());
      cells.add(about.names().get(row.target()));
      cells.add(score(row.index()));
      for (String f : about.factors()) {
        cells.add(score(row.factors().get(f)));
      }
      cells.add(row.coverage().present() + "/" + row.coverage().of());
      RankResult.Quality q = row.quality();
      cells.add(
          q.filled()
              + "/"
              + about.indicators()
              + (q.unverified() > 0 ? " (" + q.unverified() + " unverified)" : ""));
      if (r.calibration() != null) {
        cells.add(probability(row.probability()));
      }
      missing += q.missing();
      imputed += q.imputed();
      unverified += q.unverified();
      t.add(cells.toArray(String[]::new));
    }
    if (csv) {
      t.printCsv(out);
      return;
    }
    out.printf(
        "Exposure of the candidate targets of %s (%s), model: %s; as known by the end of %d. Scores 0-100, higher = more exposed.%n",
        about.aggressorName(), r.aggressor(), about.modelName(), r.year());
    out.println("Candidates: " + about.reachLine() + ".");
    for (String n : r.candidateNotes()) {
      out.println("  " + n);
    }
    out.println();
    if (r.scenario() != null) {
      out.println(about.scenarioLine());
      out.println();
    }
    t.printAligned(out);
    out.printf(
        "%nData: %d indicator values missing (skipped; the remaining weights rescaled), %d imputed, %d resting on unverified curated facts. `borderland explain --target ISO3` shows why.%n",
        missing, imputed, unverified);
    out.println(
        "Missing factors ("
            + r.missingFactors().policy()
            + "): "
            + r.missingFactors().meaning()
            + ". The column 'factors' says how many of the model's factors each target has.");
    if (r.calibration() != null) {
      out.println(about.calibrationLine());
    }
    out.println("Provenance: " + about.provenanceLine());
  }

  /** A score with one decimal, or {@code missing}. */
  static String score(Double v) {
    return v == null || v.isNaN() ? "missing" : String.format(Locale.ROOT, "%.1f", v);
  }

  /** A probability cell, e.g. {@code 1.23% (0.80-1.90)}. */
  private static String probability(RankResult.Probability p) {
    if (p == null || p.p() == null) {
      return "-";
    }
    return String.format(
        Locale.ROOT, "%.2f%% (%.2f-%.2f)", 100 * p.p(), 100 * p.low(), 100 * p.high());
  }
}
