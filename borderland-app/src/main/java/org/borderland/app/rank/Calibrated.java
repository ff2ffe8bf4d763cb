package org.borderland.app.rank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderland.app.Borderland;
import org.borderland.app.common.Situation;
import org.borderland.app.validation.DyadData;
import org.borderland.core.validation.Calibration;
import org.borderland.core.validation.DyadYearBuilder;
import org.borderland.core.validation.DyadYears;

/**
 * Each target's probability that the aggressor begins a militarized dispute against it within the
 * next year, with a 95% interval, from model (a) of {@code validate} fitted on every directed
 * dyad-year the dispute data cover. The fit takes tens of seconds and the same panel and model
 * always give the same fit, so the application keeps it with its engine.
 */
final class Calibrated {
  private Calibrated() {}

  /** A fitted calibration and the builder that computes features like those it was fitted on. */
  record Fit(Calibration calibration, DyadYearBuilder builder, double seconds) {}

  /** The probabilities of {@code targets}, by target, and how they were fitted. */
  record Column(Map<String, RankResult.Probability> byTarget, CalibrationView view, String line) {}

  static Column of(Borderland app, Situation sit, List<String> targets) {
    String key = "calibration " + sit.model().model().id() + "@" + sit.model().hash();
    Fit fit =
        app.kept(
            sit.engine(),
            key,
            engine -> {
              long t0 = System.nanoTime();
              DyadData dyads = DyadData.build(engine, sit.model(), DyadData.threads(null));
              return new Fit(
                  dyads.calibration(DyadYears.Outcome.ANY_MID),
                  dyads.builder(),
                  (System.nanoTime() - t0) / 1e9);
            });
    Calibration c = fit.calibration();
    Map<String, double[]> features = fit.builder().features(sit.aggressor(), sit.year(), targets);
    Map<String, RankResult.Probability> byTarget = new LinkedHashMap<>();
    for (int k = 0; k < targets.size(); k++) {
      Calibration.Probability p = c.probability(features, k);
      byTarget.put(targets.get(k), new RankResult.Probability(p.p(), p.low(), p.high()));
    }
    return new Column(byTarget, view(c, sit.year()), line(c, sit.year(), fit.seconds()));
  }

  private static CalibrationView view(Calibration c, int year) {
    List<CalibrationView.Coefficient> coefficients = new ArrayList<>();
    for (int j = 0; j < c.fit().terms().size(); j++) {
      coefficients.add(
          new CalibrationView.Coefficient(
              c.fit().terms().get(j), c.fit().estimates()[j], c.fit().standardErrors()[j]));
    }
    return new CalibrationView(
        c.outcome().label() + ", begun within the next year",
        "logistic (Firth) on the model's factor scores; curated facts left out",
        c.fromYear() + "-" + c.toYear(),
        c.n(),
        c.events(),
        "95%, coefficient uncertainty only",
        c.extrapolates(year),
        coefficients);
  }

  /** What the probabilities are, which data they were fitted on, and whether they extrapolate. */
  private static String line(Calibration c, int year, double seconds) {
    return String.format(
            Locale.ROOT,
            "P(MID): probability that the aggressor begins a militarized dispute (any hostility"
                + " level) against the target within a year, with a 95%% interval (coefficient"
                + " uncertainty only), from a logistic model on the model's factor scores (curated"
                + " facts left out) fitted on %,d directed dyad-years, knowledge years %d-%d, with"
                + " %d disputes begun %d-%d (COW MID 5.0); fitted in %.1f s.",
            c.n(),
            c.fromYear(),
            c.toYear(),
            c.events(),
            c.fromYear() + 1,
            c.toYear() + 1,
            seconds)
        + (c.extrapolates(year)
            ? String.format(
                Locale.ROOT,
                " %d lies beyond the dispute data (they end in %d): these probabilities are an"
                    + " extrapolation.",
                year,
                c.toYear() + 1)
            : "");
  }
}
