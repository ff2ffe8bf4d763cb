package org.borderland.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.borderland.app.common.Progress;
import org.borderland.core.uncertainty.Failure;
import org.borderland.core.uncertainty.TargetStats;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code uncertainty} and {@code sensitivity} share on the command line: progress, tables. */
final class Analyses {
  private Analyses() {}

  /**
   * The progress of an analysis: a bar on the terminal's error stream (not when the output is not a
   * terminal, or for fewer than 2,000 replications).
   */
  static final class Bar implements Progress, AutoCloseable {
    private final String task;
    private ProgressBar bar;

    Bar(String task) {
      this.task = task;
    }

    /** This, or {@link Progress#NONE} when there is nobody to tell. */
    Progress progress() {
      return System.console() == null ? Progress.NONE : this;
    }

    @Override
    public synchronized void total(long units) {
      if (System.console() != null && units >= 2000) {
        bar =
            new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(units)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                .build();
      }
    }

    @Override
    public synchronized void advance(long steps) {
      if (bar != null) {
        bar.stepBy(steps);
      }
    }

    @Override
    public synchronized void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /** The rank statistics as an aligned table. */
  static Table targetsTable(List<TargetStats> targets, Map<String, String> names) {
    List<String> head =
        new ArrayList<>(List.of("rank", "target", "mean", "median", "5-95%", "P(1st)", "P(top 3)"));
    if (!names.isEmpty()) {
      head.add(2, "name");
    }
    head.add("index");
    head.add("index 5-95%");
    Table t = new Table(head.toArray(String[]::new));
    for (TargetStats s : targets) {
      List<String> row = new ArrayList<>();
      row.add(s.nominal() == null ? "-" : s.nominal().toString());
      row.add(s.target());
      if (!names.isEmpty()) {
        row.add(names.getOrDefault(s.target(), ""));
      }
      row.add(fmt("%.1f", s.mean()));
      row.add(fmt("%.1f", s.median()));
      row.add(fmt("%.0f", s.q05()) + "-" + fmt("%.0f", s.q95()));
      row.add(fmt("%.0f%%", 100 * s.pFirst()));
      row.add(fmt("%.0f%%", 100 * s.pTop3()));
      row.add(fmt("%.1f", s.index().nominal()));
      row.add(fmt("%.1f", s.index().q05()) + "-" + fmt("%.1f", s.index().q95()));
      t.add(row.toArray(String[]::new));
    }
    return t;
  }

  /** The failed replications and why. */
  static void printFailures(PrintWriter out, int failed, int runs, List<Failure> failures) {
    out.printf(
        Locale.ROOT, "Failed replications: %,d of %,d%s%n", failed, runs, failed > 0 ? ":" : ".");
    for (Failure f : failures) {
      out.printf(Locale.ROOT, "  %,d × %s%n", f.count(), f.message());
    }
  }

  static String fmt(String f, double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, f, v);
  }

  /** Writes a chart when asked, and says so on the error stream (stdout may hold JSON). */
  static void chart(Path file, Charts.Drawing drawing, CommandSpec cmd) throws Exception {
    if (file == null) {
      return;
    }
    Charts.write(drawing, file);
    cmd.commandLine().getErr().println("Wrote the chart to " + file);
  }
}
