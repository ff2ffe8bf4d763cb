package org.borderland.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.borderland.app.validation.DyadData;
import org.borderland.core.validation.DyadYears;
import org.borderland.core.validation.DyadicValidation;
import org.borderland.data.engine.Engine;

/**
 * {@code borderland bench validate}: what {@code borderland validate} does, timed: loading, the
 * dyad-year features of every ordered pair of states, and the six models fitted and scored for both
 * outcomes on the default split.
 */
final class BenchValidate {
  private BenchValidate() {}

  static void run(PrintWriter out, EngineOptions options, Integer threads, String machine)
      throws Exception {
    int t = DyadData.threads(threads);
    long t0 = System.nanoTime();
    Engine engine = options.engine();
    Engine.LoadedModel model = engine.model(options.model());
    double load = (System.nanoTime() - t0) / 1e9;
    DyadData dyads = DyadData.build(engine, model, t);
    long f0 = System.nanoTime();
    DyadicValidation.Split split = new DyadicValidation.Split(1991, 2005, 2006, 2014);
    StringBuilder aucs = new StringBuilder();
    for (DyadYears.Outcome o : DyadYears.Outcome.values()) {
      DyadicValidation.Result r = DyadicValidation.run(dyads.data(), dyads.factors(), o, split, t);
      aucs.append(
          String.format(
              Locale.ROOT,
              " %s: factors AUC %.3f, bremer AUC %.3f;",
              o.id(),
              r.model(DyadicValidation.FACTORS).auc(),
              r.model(DyadicValidation.BREMER).auc()));
    }
    double fits = (System.nanoTime() - f0) / 1e9;
    double total = (System.nanoTime() - t0) / 1e9;
    out.printf(
        Locale.ROOT,
        "validate: model %s, %,d dyad-years (knowledge years %d-%d), 2 outcomes x 6 models,"
            + " %d threads, on %s%n"
            + "  loading panel, curated facts and model: %.1f s%n"
            + "  dyad-year features (every ordered pair of states, look-ahead checked): %.1f s%n"
            + "  fits and metrics: %.1f s%n"
            + "  full dyadic validation: %.1f s (target under 60 s on 2 cores)%n"
            + " %s%n",
        model.model().id(),
        dyads.data().size(),
        dyads.from(),
        dyads.to(),
        t,
        machine,
        load,
        dyads.seconds(),
        fits,
        total,
        aucs.toString().replaceAll(";$", ""));
  }
}
