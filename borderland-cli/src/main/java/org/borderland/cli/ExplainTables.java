package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderland.app.explain.ExplainResult;
import org.borderland.app.explain.ExplainResult.Compared;
import org.borderland.app.explain.ExplainResult.Explained;
import org.borderland.core.pipeline.Aggregation;

/** The tables of {@code explain}: one target's factors and indicators, or two targets compared. */
final class ExplainTables {
  private ExplainTables() {}

  /** One target: its factors, then its indicators with their sources. */
  static void print(PrintWriter out, Explained e) {
    ExplainResult.About about = e.about();
    out.printf(
        "Why %s (%s) scores %s for %s (%s), as known by the end of %d (model %s: %s).%n",
        about.targetName(),
        e.target(),
        RankTable.score(e.index()),
        about.aggressorName(),
        e.aggressor(),
        e.year(),
        e.model(),
        about.modelName());
    out.printf(
        "Rank %s of %d targets scored. Factor scores 0-100; %s%n",
        e.rank() == null ? "-" : e.rank(), e.targets(), contributionSentence(about.aggregation()));
    for (String n : e.notes()) {
      out.println("Note: " + n + ".");
    }
    out.println();
    Table f = new Table("factor", "name", "score", "rank", "weight", "contribution");
    for (ExplainResult.Factor x : e.factors()) {
      f.add(
          x.id(),
          x.name(),
          RankTable.score(x.score()),
          x.rank() == null ? "-" : x.rank() + "/" + e.targets(),
          percent(x.weight()),
          x.score() != null ? contribution(x.contribution()) : "missing");
    }
    f.add(
        "index",
        "",
        RankTable.score(e.index()),
        e.rank() == null ? "-" : e.rank() + "/" + e.targets(),
        "100%",
        contribution(about.contributionTotal()));
    f.printAligned(out);
    out.println();
    out.println(
        "Indicators: raw value with unit, the transformed and treated value where the model"
            + " changes it, the normalised value (0-100) and weight within the factor, and the"
            + " sources (dataset, edition, field, year described, country).");
    out.println();
    Table t =
        new Table(
            "indicator", "raw", "transformed", "normalised", "weight", "data", "source / note");
    for (ExplainResult.Factor x : e.factors()) {
      t.add(x.id(), "", "", "", "", "", "");
      for (ExplainResult.Indicator i : x.indicators()) {
        List<String> src = sourceLines(i);
        t.add(
            "  " + i.id(),
            i.raw() == null ? "-" : number(i.raw()) + unitSuffix(i.unit()),
            transformedCell(i),
            i.normalised() == null ? "-" : RankTable.score(i.normalised()),
            percent(i.weight()),
            dataCell(i),
            src.isEmpty() ? "" : src.get(0));
        for (int k = 1; k < src.size(); k++) {
          t.add("", "", "", "", "", "", src.get(k));
        }
      }
    }
    t.printAligned(out);
    out.println();
    out.println(dataLine(e));
    out.println("Provenance: " + about.provenanceLine());
  }

  /** Two targets: the differences in contribution, largest first. */
  static void print(PrintWriter out, Compared c) {
    ExplainResult.Against about = c.about();
    boolean above = c.gap() != null && c.gap() >= 0;
    out.printf(
        "Why %s (%s: %s, rank %s) ranks %s %s (%s: %s, rank %s) for %s, as known by the end of %d"
            + " (model %s).%n",
        about.targetName(),
        c.target(),
        RankTable.score(c.index()),
        c.rank() == null ? "-" : c.rank(),
        above ? "above" : "below",
        about.versusName(),
        c.versus(),
        RankTable.score(c.versusIndex()),
        c.versusRank() == null ? "-" : c.versusRank(),
        about.aggressorName(),
        c.year(),
        c.model());
    out.printf(
        "Differences in contribution to %s, largest first; positive puts %s higher. They add up"
            + " to %s.%n",
        c.differencesAddUpTo(), c.target(), signed(c.gap()));
    for (String n : c.notes()) {
      out.println("Note: " + n + ".");
    }
    out.println();
    Table t =
        new Table(
            "factor",
            c.target() + " score",
            c.versus() + " score",
            c.target() + " contribution",
            c.versus() + " contribution",
            "difference");
    for (ExplainResult.Difference d : c.differences()) {
      t.add(
          d.id(),
          RankTable.score(d.score()),
          RankTable.score(d.versusScore()),
          d.contribution() == null ? "missing" : contribution(d.contribution()),
          d.versusContribution() == null ? "missing" : contribution(d.versusContribution()),
          signed(d.difference()));
    }
    t.add(
        "index",
        RankTable.score(c.index()),
        RankTable.score(c.versusIndex()),
        contribution(about.contributionTotal()),
        contribution(about.versusContributionTotal()),
        signed(about.total()));
    t.printAligned(out);
    out.println();
    ExplainResult.Quality a = about.quality();
    ExplainResult.Quality b = about.versusQuality();
    out.printf(
        Locale.ROOT,
        "Data: %s has %d of %d indicators filled (%d imputed, %d missing); %s %d of %d (%d imputed,"
            + " %d missing). A missing factor contributes nothing and the other weights are"
            + " rescaled. `borderland explain --target ISO3` shows each one's sources.%n",
        c.target(),
        a.filled(),
        about.indicators(),
        a.imputed(),
        a.missing(),
        c.versus(),
        b.filled(),
        about.versusIndicators(),
        b.imputed(),
        b.missing());
    out.println("Provenance: " + about.provenanceLine());
  }

  private static String contributionSentence(Aggregation m) {
    return switch (m) {
      case ARITHMETIC_MEAN ->
          "contribution = weight x score (weights rescaled over the factors present); the"
              + " contributions add up to the index.";
      case GEOMETRIC_MEAN ->
          "contribution = weight x ln(score); the contributions add up to ln(index).";
      case HARMONIC_MEAN ->
          "contribution = weight / score; the contributions add up to 1/index (a larger term"
              + " lowers the index).";
    };
  }

  private static String transformedCell(ExplainResult.Indicator i) {
    StringBuilder b = new StringBuilder();
    if (i.transform() != null) {
      b.append(i.transform())
          .append(" = ")
          .append(i.transformed() == null ? "-" : number(i.transformed()));
    }
    if (i.treatment() != null) {
      b.append(b.length() > 0 ? "; " : "")
          .append(i.treatment())
          .append(" -> ")
          .append(i.treated() == null ? "-" : number(i.treated()));
    }
    return b.toString();
  }

  private static String dataCell(ExplainResult.Indicator i) {
    String s = i.imputed() ? "IMPUTED" : i.missing() ? "MISSING" : "filled";
    if (i.revised()) {
      s += ", revised";
    }
    if (i.unverified()) {
      s += ", unverified";
    }
    return s;
  }

  private static List<String> sourceLines(ExplainResult.Indicator i) {
    List<String> out = new ArrayList<>();
    for (ExplainResult.Source r : i.sources()) {
      out.add(source(r));
    }
    boolean filled = !i.imputed() && !i.missing();
    if (filled && i.sources().isEmpty()) {
      out.add("no row cited (a count of zero); searched " + i.searched());
    }
    if (!filled && !i.note().isBlank()) {
      out.add(0, (i.imputed() ? "imputed" : "missing") + ": " + i.note());
    } else if (!i.note().isBlank()) {
      out.add("note: " + i.note());
    }
    return out;
  }

  private static String source(ExplainResult.Source r) {
    StringBuilder b = new StringBuilder();
    b.append(r.dataset()).append(' ').append(r.edition());
    b.append(", ").append(r.field());
    if (!r.key().isEmpty()) {
      b.append(" '").append(r.key()).append('\'');
    }
    if (r.value() != null) {
      b.append(" = ").append(number(r.value())).append(unitSuffix(r.unit()));
    }
    if (r.refYear() != null) {
      b.append(" (").append(r.refYear()).append(')');
    }
    b.append(", ").append(r.country());
    if (!r.asKnown()) {
      b.append(", revised history");
    }
    return b.toString();
  }

  private static String dataLine(Explained e) {
    List<ExplainResult.Indicator> all = e.indicators();
    List<String> missing =
        all.stream()
            .filter(ExplainResult.Indicator::missing)
            .map(ExplainResult.Indicator::id)
            .toList();
    List<String> imputed =
        all.stream()
            .filter(ExplainResult.Indicator::imputed)
            .map(ExplainResult.Indicator::id)
            .toList();
    int n = all.size();
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Data: %d of %d indicators filled, %d imputed, %d missing",
                n - missing.size() - imputed.size(),
                n,
                imputed.size(),
                missing.size()));
    if (!missing.isEmpty()) {
      b.append(" (skipped; the remaining weights rescaled): ").append(String.join(", ", missing));
    }
    if (!imputed.isEmpty()) {
      b.append("; imputed: ").append(String.join(", ", imputed));
    }
    if (e.quality().unverified() > 0) {
      b.append("; ")
          .append(e.quality().unverified())
          .append(" resting on unverified curated facts");
    }
    long revised = all.stream().filter(ExplainResult.Indicator::revised).count();
    if (revised > 0) {
      b.append("; ").append(revised).append(" from datasets with revised history");
    }
    return b.append('.').toString();
  }

  // ---- numbers ----

  /** A number for people: thousands grouped, up to 3 significant decimals below 1. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    double a = Math.abs(v);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (v == Math.rint(v)) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    String s =
        a >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3g", v);
    if (s.contains(".") && !s.contains("e")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }

  private static String unitSuffix(String unit) {
    if (unit == null || unit.isEmpty()) {
      return "";
    }
    return unit.equals("%") ? "%" : " " + unit;
  }

  /** A weight as a percentage with one decimal, or {@code -}. */
  static String percent(Double w) {
    return w == null || w.isNaN() ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * w);
  }

  /** A contribution with two decimals, or {@code -}. */
  static String contribution(Double c) {
    return c == null || c.isNaN() ? "-" : String.format(Locale.ROOT, "%.2f", c);
  }

  /** A signed difference with two decimals, or {@code -}. */
  static String signed(Double c) {
    return c == null || c.isNaN() ? "-" : String.format(Locale.ROOT, "%+.2f", c);
  }
}
