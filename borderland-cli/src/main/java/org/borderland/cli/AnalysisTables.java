package org.borderland.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.borderland.app.analysis.SensitivityResult;
import org.borderland.app.analysis.UncertaintyResult;
import org.borderland.core.uncertainty.Sensitivity;

/** The tables {@code borderland uncertainty} and {@code borderland sensitivity} print. */
final class AnalysisTables {
  private AnalysisTables() {}

  /** Prints an uncertainty analysis: its inputs, the targets' rank statistics, failures. */
  static void print(PrintWriter out, UncertaintyResult r) {
    UncertaintyResult.About about = r.about();
    out.printf(
        Locale.ROOT,
        "Uncertainty of the ranking of %s: %,d replications, seed %d (analysis %d ms).%n",
        about.heading(),
        r.runs(),
        r.seed(),
        r.elapsedMs());
    out.println("Inputs (" + r.inputSource() + "):");
    for (String i : r.inputs()) {
      out.println("  " + i);
    }
    out.println();
    Analyses.targetsTable(about.stats(), about.names()).printAligned(out);
    out.println();
    Analyses.printFailures(out, r.failed(), r.runs(), r.failures());
    out.println(
        "Ranks: 1 = first; mean, median and 5-95 % over the replications that ranked the target;"
            + " P = share of replications.");
    if (about.provenanceLine() != null) {
      out.println("Provenance: " + about.provenanceLine());
    }
  }

  /** Prints a sensitivity analysis: the Sobol indices, then the rank statistics. */
  static void print(PrintWriter out, SensitivityResult r) {
    SensitivityResult.About about = r.about();
    out.printf(
        Locale.ROOT,
        "Sensitivity of the ranking of %s: output %s; N = %,d, %,d runs, %d bootstrap"
            + " replications, seed %d (analysis %d ms).%n%n",
        about.heading(),
        r.output(),
        r.n(),
        r.runs(),
        r.bootstrap(),
        r.seed(),
        r.elapsedMs());
    Table t = new Table("input", "first order Si", "5-95%", "total order STi", "5-95%");
    for (Sensitivity.Index i : about.indices()) {
      t.add(
          i.name(),
          Analyses.fmt("%.3f", i.si()),
          Analyses.fmt("%.3f", i.siLow()) + " to " + Analyses.fmt("%.3f", i.siHigh()),
          Analyses.fmt("%.3f", i.sti()),
          Analyses.fmt("%.3f", i.stiLow()) + " to " + Analyses.fmt("%.3f", i.stiHigh()));
    }
    t.printAligned(out);
    out.println();
    out.printf(
        Locale.ROOT,
        "Si: the share of the output's variance (%s) an input explains alone; STi: with its"
            + " interactions. %,d of %,d design rows used.%n",
        Analyses.fmt("%.4g", about.variance()),
        r.rowsUsed(),
        r.n());
    Analyses.printFailures(out, r.failed(), r.runs(), r.failures());
    out.println();
    out.println("Rank statistics over the " + 2 * r.n() + " runs of the two sample matrices:");
    Analyses.targetsTable(about.stats(), about.names()).printAligned(out);
    if (about.provenanceLine() != null) {
      out.println("Provenance: " + about.provenanceLine());
    }
  }
}
