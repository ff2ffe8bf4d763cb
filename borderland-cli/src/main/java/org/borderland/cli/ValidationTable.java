package org.borderland.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.borderland.app.validation.ValidationResult;
import org.borderland.core.validation.DyadicValidation;
import org.borderland.data.engine.Engine;

/** The tables of {@code borderland validate}, from its result. */
final class ValidationTable {
  private ValidationTable() {}

  /** Prints the header, each outcome's tables and the footer. */
  static void print(PrintWriter out, ValidationResult r) {
    ValidationResult.About about = r.about();
    printHeader(out, about);
    for (ValidationResult.Outcome o : r.outcomes()) {
      print(out, o);
    }
    out.printf(
        Locale.ROOT,
        "Time: dyad-year features %.1f s, fits and metrics %.1f s.%n",
        about.featureSeconds(),
        about.fitSeconds());
    ValidationResult.Provenance p = r.outcomes().get(0).provenance();
    out.println(
        "Provenance: borderland "
            + Engine.VERSION
            + ", panel "
            + p.panel()
            + ", model "
            + p.model()
            + ", knowledge years "
            + p.years()
            + " (each dyad-year as known at the end of its own year)");
  }

  private static void printHeader(PrintWriter out, ValidationResult.About about) {
    ValidationResult.Split split = about.split();
    out.printf(
        Locale.ROOT,
        "Dyadic validation of model %s on Correlates of War militarized disputes.%n",
        about.modelId());
    out.println("Data: " + about.dyads() + ".");
    out.printf(
        Locale.ROOT,
        "Split: fitted on disputes begun %d-%d, scored on %d-%d (features as known at the end of"
            + " the year before).%n",
        split.trainFrom(),
        split.trainTo(),
        split.testFrom(),
        split.testTo());
    List<String> dropped = about.leftOut();
    out.println(
        "Features: the model's factor scores over every other state of the year (0-1), its index"
            + " with the file's weights, and Bremer-style covariates (COW contiguity by land and"
            + " within 150 miles of water, ATOP defence pact, |ln CINC ratio|, COW major powers)."
            + " Curated facts are left out (collected with hindsight)"
            + (dropped.isEmpty() ? "" : "; so is the factor resting on them alone: " + dropped)
            + ". Revised-history datasets are read as the model file allows (the row for the"
            + " latest year <= the knowledge year); every feature was checked for look-ahead.");
    out.println(
        "Fits: logistic regression by IRLS with Firth's penalised likelihood (rare events), on"
            + " all training dyad-years, no sampling; a missing feature takes its training mean"
            + " plus a 0/1 'missing' term. No-skill references: ROC AUC 0.5, PR AUC = the test"
            + " event rate, Brier of the training event rate as a constant forecast.");
    out.println();
  }

  private static void print(PrintWriter out, ValidationResult.Outcome r) {
    out.printf(
        Locale.ROOT,
        "Outcome: %s. Training: %,d dyad-years, %d events (rate %.5f); test: %,d dyad-years, %d"
            + " events (rate %.5f).%n%n",
        r.label(),
        r.data().trainN(),
        r.data().trainEvents(),
        r.trainRate(),
        r.testN(),
        r.testEvents(),
        r.testRate());
    Table t =
        new Table("model", "ROC AUC", "PR AUC", "Brier", "Brier no-skill", "Brier skill", "what");
    for (ValidationResult.Model mr : r.models()) {
      t.add(
          mr.name(),
          f3(mr.auc()),
          f4(mr.prAuc()),
          mr.brier() == null ? "-" : f6(mr.brier()),
          f6(mr.brierNoSkill()),
          mr.brier() == null ? "-" : f3(1 - mr.brier() / mr.brierNoSkill()),
          mr.description());
    }
    t.add(
        "(no skill)",
        "0.500",
        f4(r.testRate()),
        f6(r.noSkill().brier()),
        f6(r.noSkill().brier()),
        "0.000",
        "a constant forecast (training event rate)");
    t.printAligned(out);
    out.println();
    Table c = new Table("model", "term", "estimate", "se", "z", "odds ratio");
    String previous = null;
    for (ValidationResult.Coefficient k : r.coefficients()) {
      boolean first = !k.model().equals(previous);
      previous = k.model();
      if (k.model().equals(DyadicValidation.COMBINED)
          || k.model().equals(DyadicValidation.INDEX_FITTED)) {
        continue;
      }
      c.add(
          k.model(),
          k.term(),
          f3(k.estimate()),
          f3(k.se()),
          String.format(Locale.ROOT, "%.1f", k.estimate() / k.se()),
          first ? "" : String.format(Locale.ROOT, "%.2f", Math.exp(k.estimate())));
    }
    out.println(
        "Coefficients (log-odds; factor scores and the index run 0-1 from the least to the most"
            + " exposed target of the aggressor that year; |z| >= 2 is about 95% significance):");
    c.printAligned(out);
    out.println();
    for (String name : List.of(DyadicValidation.FACTORS, DyadicValidation.BREMER)) {
      out.println("Reliability of " + name + " on the test years (mean forecast vs. observed):");
      Table rel = new Table("forecast bin", "dyad-years", "events", "mean forecast", "observed");
      for (ValidationResult.Reliability b : r.reliability()) {
        if (!b.model().equals(name)) {
          continue;
        }
        rel.add(
            String.format(Locale.ROOT, "%.3f-%.3f", b.low(), b.high()),
            String.format(Locale.ROOT, "%,d", b.n()),
            Integer.toString(b.events()),
            b.meanPredicted() == null ? "-" : f4(b.meanPredicted()),
            b.observed() == null ? "-" : f4(b.observed()));
      }
      rel.printAligned(out);
      out.println();
    }
  }

  static String f3(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  static String f4(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
  }

  static String f6(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.6f", v);
  }
}
