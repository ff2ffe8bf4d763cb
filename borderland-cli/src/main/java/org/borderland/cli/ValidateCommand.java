package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.borderland.app.validation.DyadData;
import org.borderland.core.validation.DyadYears;
import org.borderland.core.validation.DyadicValidation;
import org.borderland.core.validation.DyadicValidation.ModelResult;
import org.borderland.core.validation.DyadicValidation.Split;
import org.borderland.core.validation.LogisticRegression;
import org.borderland.core.validation.Metrics;
import org.borderland.core.validation.ModelVariants;
import org.borderland.data.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code borderland validate}: the model's factors, a Bremer-style baseline, contiguity alone and
 * the unfitted index, each fitted on the earlier years of every directed dyad-year and scored on
 * the later ones against the militarized disputes that actually began.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate the model on Correlates of War militarized disputes over every directed dyad-year:",
      "fitted on the earlier years, scored on the later ones (ROC AUC, PR AUC, Brier, reliability),",
      "beside a Bremer-style baseline, contiguity alone and no-skill references."
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PanelOption panelOption;

  @Option(
      names = "--model",
      defaultValue = "essay",
      paramLabel = "NAME|FILE",
      description = "Model: essay, extended, or a model file (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(
      names = "--outcome",
      defaultValue = "both",
      paramLabel = "any|force|both",
      description =
          "Which disputes count: any (hostility 1-5), force (use of force or war, 4-5), or both"
              + " (default: ${DEFAULT-VALUE}; JSON then holds a list of two results).")
  String outcome;

  @Option(
      names = "--train",
      defaultValue = "1991-2005",
      paramLabel = "FROM-TO",
      description = "Training years, as years the disputes began (default: ${DEFAULT-VALUE}).")
  String train;

  @Option(
      names = "--test",
      defaultValue = "2006-2014",
      paramLabel = "FROM-TO",
      description = "Test years, as years the disputes began (default: ${DEFAULT-VALUE}).")
  String test;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for the features (default: the number of cores).")
  Integer threads;

  @Mixin TableOrJson output;
  @Mixin CheckOption check;

  @Override
  public Integer call() throws Exception {
    boolean json = output.json();
    List<DyadYears.Outcome> outcomes = outcomes(outcome);
    int[] tr = span(train, "--train");
    int[] te = span(test, "--test");
    Split split = new Split(tr[0], tr[1], te[0], te[1]);
    Engine engine = panelOption.app(null).engine();
    Engine.LoadedModel m = engine.model(model);
    if (check.on()) {
      check.report(spec.commandLine().getOut(), outcomes.size(), DyadData.threads(threads));
      return ExitCode.OK;
    }
    DyadData dyads =
        DyadData.build(
            engine, m, DyadData.threads(threads), split.trainFrom() - 1, split.testTo() - 1);
    List<DyadicValidation.Result> results = new ArrayList<>();
    long t0 = System.nanoTime();
    for (DyadYears.Outcome o : outcomes) {
      results.add(
          DyadicValidation.run(dyads.data(), dyads.factors(), o, split, DyadData.threads(threads)));
    }
    double fitSeconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> provenance =
        org.borderland.app.common.ProvenanceView.of(
                engine.provenance(m, dyads.to(), null), m.model().id())
            .asMap();
    provenance.put("year", null);
    provenance.put("years", dyads.from() + "-" + dyads.to());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      List<Map<String, Object>> all = new ArrayList<>();
      for (DyadicValidation.Result r : results) {
        all.add(json(r, provenance, dyads, m));
      }
      out.println(Json.write(all.size() == 1 ? all.get(0) : all));
      return ExitCode.OK;
    }
    printHeader(out, dyads, m, split);
    for (DyadicValidation.Result r : results) {
      print(out, r);
    }
    out.printf(
        Locale.ROOT,
        "Time: dyad-year features %.1f s, fits and metrics %.1f s.%n",
        dyads.seconds(),
        fitSeconds);
    out.println(
        "Provenance: borderland "
            + Engine.VERSION
            + ", panel "
            + provenance.get("panel")
            + ", model "
            + provenance.get("model")
            + ", knowledge years "
            + provenance.get("years")
            + " (each dyad-year as known at the end of its own year)");
    return ExitCode.OK;
  }

  static List<DyadYears.Outcome> outcomes(String s) {
    switch (s) {
      case "any":
        return List.of(DyadYears.Outcome.ANY_MID);
      case "force":
        return List.of(DyadYears.Outcome.FORCE);
      case "both":
        return List.of(DyadYears.Outcome.ANY_MID, DyadYears.Outcome.FORCE);
      default:
        throw new IllegalArgumentException(
            "--outcome '" + s + "' is not known; use any, force or both");
    }
  }

  static int[] span(String s, String option) {
    String[] p = s.split("-", -1);
    try {
      if (p.length == 2) {
        int a = Integer.parseInt(p[0].strip());
        int b = Integer.parseInt(p[1].strip());
        if (a <= b) {
          return new int[] {a, b};
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        option + " '" + s + "' should be FROM-TO with FROM ≤ TO, e.g. 1991-2005");
  }

  private void printHeader(PrintWriter out, DyadData dyads, Engine.LoadedModel m, Split split) {
    out.printf(
        Locale.ROOT,
        "Dyadic validation of model %s on Correlates of War militarized disputes.%n",
        m.model().id());
    out.println("Data: " + dyads.describe() + ".");
    out.printf(
        Locale.ROOT,
        "Split: fitted on disputes begun %d-%d, scored on %d-%d (features as known at the end of"
            + " the year before).%n",
        split.trainFrom(),
        split.trainTo(),
        split.testFrom(),
        split.testTo());
    List<String> dropped = ModelVariants.curatedOnlyFactors(m.model());
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

  private static void print(PrintWriter out, DyadicValidation.Result r) {
    out.printf(
        Locale.ROOT,
        "Outcome: %s. Training: %,d dyad-years, %d events (rate %.5f); test: %,d dyad-years, %d"
            + " events (rate %.5f).%n%n",
        r.outcome().label(),
        r.trainN(),
        r.trainEvents(),
        r.trainRate(),
        r.testN(),
        r.testEvents(),
        r.testRate());
    Table t =
        new Table("model", "ROC AUC", "PR AUC", "Brier", "Brier no-skill", "Brier skill", "what");
    for (ModelResult mr : r.models()) {
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
        f6(r.model(DyadicValidation.FACTORS).brierNoSkill()),
        f6(r.model(DyadicValidation.FACTORS).brierNoSkill()),
        "0.000",
        "a constant forecast (training event rate)");
    t.printAligned(out);
    out.println();
    Table c = new Table("model", "term", "estimate", "se", "z", "odds ratio");
    for (ModelResult mr : r.models()) {
      LogisticRegression.Fit fit = mr.fit();
      if (fit == null
          || mr.name().equals(DyadicValidation.COMBINED)
          || mr.name().equals(DyadicValidation.INDEX_FITTED)) {
        continue;
      }
      for (int j = 0; j < fit.terms().size(); j++) {
        double e = fit.estimates()[j];
        double se = fit.standardErrors()[j];
        c.add(
            mr.name(),
            fit.terms().get(j),
            f3(e),
            f3(se),
            String.format(Locale.ROOT, "%.1f", e / se),
            j == 0 ? "" : String.format(Locale.ROOT, "%.2f", Math.exp(e)));
      }
    }
    out.println(
        "Coefficients (log-odds; factor scores and the index run 0-1 from the least to the most"
            + " exposed target of the aggressor that year; |z| >= 2 is about 95% significance):");
    c.printAligned(out);
    out.println();
    for (String name : List.of(DyadicValidation.FACTORS, DyadicValidation.BREMER)) {
      ModelResult mr = r.model(name);
      out.println("Reliability of " + name + " on the test years (mean forecast vs. observed):");
      Table rel = new Table("forecast bin", "dyad-years", "events", "mean forecast", "observed");
      for (Metrics.Bin b : mr.reliability()) {
        rel.add(
            String.format(Locale.ROOT, "%.3f-%.3f", b.low(), b.high()),
            String.format(Locale.ROOT, "%,d", b.n()),
            Integer.toString(b.events()),
            Double.isNaN(b.meanPredicted()) ? "-" : f4(b.meanPredicted()),
            Double.isNaN(b.observed()) ? "-" : f4(b.observed()));
      }
      rel.printAligned(out);
      out.println();
    }
  }

  private static Map<String, Object> json(
      DyadicValidation.Result r,
      Map<String, Object> provenance,
      DyadData dyads,
      Engine.LoadedModel m) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("provenance", provenance);
    j.put("outcome", r.outcome().id());
    Map<String, Object> split = new LinkedHashMap<>();
    split.put("trainFrom", r.split().trainFrom());
    split.put("trainTo", r.split().trainTo());
    split.put("testFrom", r.split().testFrom());
    split.put("testTo", r.split().testTo());
    j.put("split", split);
    List<Map<String, Object>> models = new ArrayList<>();
    List<Map<String, Object>> coefficients = new ArrayList<>();
    List<Map<String, Object>> reliability = new ArrayList<>();
    for (ModelResult mr : r.models()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("name", mr.name());
      x.put("n", mr.n());
      x.put("events", mr.events());
      x.put("auc", mr.auc());
      x.put("prAuc", mr.prAuc());
      x.put("brier", mr.brier());
      x.put("brierNoSkill", mr.brierNoSkill());
      models.add(x);
      if (mr.fit() != null) {
        for (int k = 0; k < mr.fit().terms().size(); k++) {
          Map<String, Object> c = new LinkedHashMap<>();
          c.put("model", mr.name());
          c.put("term", mr.fit().terms().get(k));
          c.put("estimate", mr.fit().estimates()[k]);
          c.put("se", mr.fit().standardErrors()[k]);
          coefficients.add(c);
        }
      }
      for (Metrics.Bin b : mr.reliability()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("model", mr.name());
        c.put("low", b.low());
        c.put("high", b.high());
        c.put("n", b.n());
        c.put("events", b.events());
        c.put("meanPredicted", org.borderland.app.common.Numbers.orNull(b.meanPredicted()));
        c.put("observed", org.borderland.app.common.Numbers.orNull(b.observed()));
        reliability.add(c);
      }
    }
    j.put("models", models);
    j.put("coefficients", coefficients);
    j.put("reliability", reliability);
    Map<String, Object> noSkill = new LinkedHashMap<>();
    noSkill.put("auc", 0.5);
    noSkill.put("prAuc", r.testRate());
    noSkill.put("brier", r.model(DyadicValidation.FACTORS).brierNoSkill());
    j.put("noSkill", noSkill);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("dyadYears", dyads.data().size());
    data.put("knowledgeYears", dyads.from() + "-" + dyads.to());
    data.put("trainN", r.trainN());
    data.put("trainEvents", r.trainEvents());
    data.put("leftOut", ModelVariants.curatedOnlyFactors(m.model()));
    data.put("fit", "IRLS, Firth-penalised; missing features: training mean + missing term");
    j.put("data", data);
    return j;
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
