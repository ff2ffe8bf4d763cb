package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderland.app.common.Json;
import org.borderland.app.data.DataService;
import org.borderland.app.data.ShowRequest;
import org.borderland.app.data.ShowResult;
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
  public Integer call() {
    ShowResult result =
        new DataService(panelOption.app(null)).show(new ShowRequest(country, indicator, key, year));
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(Json.write(result));
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
          format == Format.csv ? note : shorten(note, 90),
          none ? "" : r.source().field() + ": " + excerpt(r.source().text(), r.key()));
    }
    if (format == Format.csv) {
      t.printCsv(out);
    } else if (result.rows().isEmpty()) {
      spec.commandLine()
          .getErr()
          .println("No rows for " + result.country() + describeFilter() + ".");
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
