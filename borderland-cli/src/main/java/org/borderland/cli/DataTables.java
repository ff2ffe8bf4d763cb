package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.borderland.app.data.CountriesResult;
import org.borderland.app.data.DataService;
import org.borderland.app.data.FactsResult;
import org.borderland.app.data.PanelCheckResult;
import org.borderland.app.data.ShowResult;
import org.borderland.core.country.CodeSystem;

/** The tables the {@code borderland data} commands print. */
final class DataTables {
  /** Editions shown in the coverage table of {@code data validate} (all are in the JSON). */
  static final int[] SHOWN = {
    1990, 1992, 1995, 2000, 2005, 2010, 2014, 2015, 2018, 2019, 2020, 2021, 2024, 2025, 2026
  };

  private DataTables() {}

  /** The figures of {@code data show}, one row each; notes are cut in the table, whole in CSV. */
  static Table show(ShowResult result, boolean csv) {
    Table t =
        new Table(
            "indicator",
            "key",
            "value",
            "unit",
            "refYear",
            "edition",
            "published",
            "dataset",
            "asKnown",
            "note",
            "source");
    for (ShowResult.Row r : result.rows()) {
      boolean none = r.source() == null;
      String note = join(r.note(), r.choice() == null ? "" : r.choice());
      t.add(
          r.indicator(),
          r.key(),
          r.value() == null ? "missing" : number(r.value()),
          none ? "" : r.unit(),
          r.refYear() == null ? "" : r.refYear().toString(),
          none ? "" : r.edition().toString(),
          none ? "" : r.published(),
          r.dataset(),
          none ? "" : r.asKnown().toString(),
          csv ? note : shorten(note, 90),
          none ? "" : r.source().field() + ": " + excerpt(r.source().text(), r.key()));
    }
    return t;
  }

  /** Prints {@code data facts}: the facts, then the count per factor. */
  static void facts(PrintWriter out, FactsResult r, Integer year) {
    out.printf(
        "Curated facts %s → %s%s (unverified entries are marked)%n%n",
        r.aggressor(), r.target(), year == null ? "" : " known by the end of " + year);
    Table facts = new Table("date", "factor", "verified", "description", "citation");
    for (FactsResult.Fact f : r.facts()) {
      facts.add(
          f.date(), f.factor(), f.verified() ? "yes" : "UNVERIFIED", f.description(), f.citation());
    }
    facts.printAligned(out);
    out.println();
    Table c = new Table("factor", "count");
    r.counts().forEach((k, v) -> c.add(k, v == null ? "missing (not researched)" : v.toString()));
    c.printAligned(out);
  }

  /** The registry of {@code data countries}, one row per entity. */
  static Table countries(CountriesResult r) {
    Table t = new Table("iso3", "name", "kind", "from", "to", "iso2", "fips", "cow", "cowAbb");
    for (CountriesResult.Entry c : r.countries()) {
      List<String> cells =
          new ArrayList<>(
              List.of(
                  c.iso3(),
                  c.name(),
                  c.kind().toLowerCase(Locale.ROOT),
                  Integer.toString(c.fromYear()),
                  c.toYear() == null ? "" : c.toYear().toString()));
      for (CodeSystem s : DataService.SHOWN_CODES) {
        cells.add(c.shown().get(s.name()));
      }
      t.add(cells.toArray(String[]::new));
    }
    return t;
  }

  /** Prints {@code data validate}: errors, warnings, then coverage by edition. */
  static void validation(PrintWriter out, PanelCheckResult r) {
    out.printf("Panel: %,d rows, %d countries.%n", r.rows(), r.countries());
    out.printf("%nErrors: %d%n", r.errorCount());
    r.errors().forEach(e -> out.println("  ERROR " + e));
    out.printf("%nWarnings: %d%n", r.warningCount());
    r.warnings().forEach(w -> out.println("  warn  " + w));
    out.println();
    out.println(
        "Coverage: % of states (existing that year) with a value, by edition (Factbook) or year described (others).");
    Map<String, Map<Integer, PanelCheckResult.Coverage>> byRow = new TreeMap<>();
    for (PanelCheckResult.Coverage c : r.coverage()) {
      byRow
          .computeIfAbsent(c.dataset() + " " + c.indicator(), k -> new TreeMap<>())
          .put(c.year(), c);
    }
    String[] head = new String[SHOWN.length + 1];
    head[0] = "dataset indicator";
    for (int i = 0; i < SHOWN.length; i++) {
      head[i + 1] = Integer.toString(SHOWN[i]);
    }
    Table t = new Table(head);
    for (Map.Entry<String, Map<Integer, PanelCheckResult.Coverage>> e : byRow.entrySet()) {
      String[] cells = new String[SHOWN.length + 1];
      cells[0] = e.getKey();
      for (int i = 0; i < SHOWN.length; i++) {
        PanelCheckResult.Coverage c = e.getValue().get(SHOWN[i]);
        cells[i + 1] = c == null ? "." : String.format(Locale.ROOT, "%.0f", c.percent());
      }
      t.add(cells);
    }
    t.printAligned(out);
    out.println("('.' = no figure for that year. atop, cow-alliance, cow-contdir, cow-majors and");
    out.println(" cow-mindist hold spells: a row only where a value starts, changes or ends.)");
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    if (Math.abs(v) >= 1000) {
      return String.format(Locale.ROOT, "%,.1f", v);
    }
    return String.valueOf(v);
  }

  /** A long note cut for the table (JSON and CSV carry it whole). */
  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String join(String a, String b) {
    List<String> parts = new ArrayList<>();
    if (!a.isEmpty()) {
      parts.add(a);
    }
    if (!b.isEmpty()) {
      parts.add(b);
    }
    return String.join("; ", parts);
  }

  /**
   * Up to 60 characters of the raw text around the key, so a reader sees where the figure came
   * from.
   */
  static String excerpt(String text, String key) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= 60) {
      return flat;
    }
    int at =
        key.isEmpty() ? -1 : flat.toLowerCase(Locale.ROOT).indexOf(key.toLowerCase(Locale.ROOT));
    int start = at < 0 ? 0 : Math.max(0, at - 10);
    int end = Math.min(flat.length(), start + 60);
    return (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
  }
}
