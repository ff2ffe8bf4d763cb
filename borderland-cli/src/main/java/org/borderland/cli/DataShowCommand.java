package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.borderland.core.country.Country;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.data.query.PanelQueries;
import org.borderland.data.query.ShowRow;
import org.borderland.data.registry.RegistryTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code borderland data show}: the sourced figures for one country. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Show a country's figures with their sources.",
      "Without --year, every edition is listed; with --year Y, the value as known in Y."
    })
public final class DataShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PanelOption panelOption;

  @Option(
      names = "--country",
      required = true,
      paramLabel = "ISO3|NAME",
      description = "Country code or name, e.g. KAZ.")
  String country;

  @Option(
      names = "--indicator",
      paramLabel = "ID",
      description = "Indicator id, e.g. ethnic_share.")
  String indicator;

  @Option(
      names = "--key",
      paramLabel = "K",
      description = "Group, language, neighbour ISO3 or organisation, e.g. Russian.")
  String key;

  @Option(
      names = "--year",
      paramLabel = "Y",
      description = "Knowledge year: the value as known in Y.")
  Integer year;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    Country c = RegistryTables.standard().resolve(country, "--country");
    if (indicator != null && Indicators.find(indicator).isEmpty()) {
      List<String> ids = Indicators.all().stream().map(i -> i.id()).toList();
      throw new IllegalArgumentException(
          "Unknown indicator '"
              + indicator
              + "' in --indicator; known ids: "
              + String.join(", ", ids));
    }
    if (year != null && (year < 1900 || year > 2100)) {
      throw new IllegalArgumentException(
          "--year " + year + " is out of range; give a year such as 2022");
    }
    Panel panel = panelOption.load();
    List<ShowRow> rows =
        PanelQueries.show(
            panel,
            c.iso3(),
            Optional.ofNullable(indicator),
            Optional.ofNullable(key),
            year == null ? OptionalInt.empty() : OptionalInt.of(year));
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(Json.write(rows.stream().map(DataShowCommand::toJson).toList()));
      return ExitCode.OK;
    }
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
    for (ShowRow r : rows) {
      Observation o = r.observation();
      String note = join(o == null ? "" : o.note(), r.choice());
      t.add(
          r.indicator(),
          r.key(),
          o == null || o.value() == null ? "missing" : number(o.value()),
          o == null ? "" : o.unit(),
          o == null || o.refYear() == null ? "" : o.refYear().toString(),
          o == null ? "" : Integer.toString(o.edition()),
          o == null ? "" : o.published().toString(),
          r.dataset(),
          o == null ? "" : Boolean.toString(o.asKnown()),
          format == Format.csv ? note : shorten(note, 90),
          o == null ? "" : o.source().field() + ": " + excerpt(o.source().text(), r.key()));
    }
    if (format == Format.csv) {
      t.printCsv(out);
    } else if (rows.isEmpty()) {
      spec.commandLine().getErr().println("No rows for " + c.iso3() + describeFilter() + ".");
    } else {
      t.printAligned(out);
    }
    return ExitCode.OK;
  }

  private String describeFilter() {
    return (indicator == null ? "" : " indicator " + indicator)
        + (key == null ? "" : " key " + key)
        + (year == null ? "" : " as known in " + year);
  }

  private static Map<String, Object> toJson(ShowRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    Observation o = r.observation();
    m.put("country", r.country());
    m.put("indicator", r.indicator());
    m.put("key", r.key());
    m.put("value", o == null ? null : o.value());
    m.put("unit", o == null ? null : o.unit());
    m.put("refYear", o == null ? null : o.refYear());
    m.put("edition", o == null ? null : o.edition());
    m.put("published", o == null ? null : o.published().toString());
    m.put("asKnown", o == null ? null : o.asKnown());
    if (o != null) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("dataset", o.source().dataset());
      s.put("edition", o.source().edition());
      s.put("field", o.source().field());
      s.put("text", o.source().text());
      m.put("source", s);
    } else {
      m.put("source", null);
    }
    m.put("note", o == null ? "" : o.note());
    if (!r.choice().isEmpty()) {
      m.put("choice", r.choice());
    }
    return m;
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
