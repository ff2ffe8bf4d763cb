package org.borderland.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.borderland.app.common.Json;
import org.borderland.app.data.DataService;
import org.borderland.app.data.PanelCheckResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code borderland data validate}: errors, warnings and coverage of the panel. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check the panel. Errors (exit 1): a row without a source, an unknown code, a share outside 0-100,",
      "a year out of range, a predecessor's row attributed to a successor. Warnings (exit 0): ethnic",
      "shares summing past 100 + tolerance, shared borders the two entries disagree on. Prints coverage."
    })
public final class DataValidateCommand implements Callable<Integer> {
  /** Editions shown in the coverage table (all are in the JSON). */
  static final int[] SHOWN = {
    1990, 1992, 1995, 2000, 2005, 2010, 2014, 2015, 2018, 2019, 2020, 2021, 2024, 2025, 2026
  };

  @Spec CommandSpec spec;
  @Mixin PanelOption panelOption;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    PanelCheckResult r = new DataService(panelOption.app(null)).validate();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(Json.write(r));
      return r.ok() ? ExitCode.OK : ExitCode.FAILURE;
    }
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
    return r.ok() ? ExitCode.OK : ExitCode.FAILURE;
  }
}
