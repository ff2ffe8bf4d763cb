package org.borderland.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.borderland.core.validation.Calibration;
import org.borderland.core.validation.DyadYearBuilder;
import org.borderland.core.validation.DyadYears;
import org.borderland.data.engine.Engine;

/**
 * The column {@code rank --calibrated} adds: each target's probability that the aggressor begins a
 * militarized dispute against it within the next year, with a 95% interval, from model (a) of
 * {@code borderland validate} fitted on every directed dyad-year the dispute data cover.
 */
final class CalibratedColumn {
  private final Calibration calibration;
  private final Map<String, Calibration.Probability> byTarget = new LinkedHashMap<>();
  private final int year;
  private final double seconds;

  private CalibratedColumn(Calibration calibration, int year, double seconds) {
    this.calibration = calibration;
    this.year = year;
    this.seconds = seconds;
  }

  /**
   * Fits the calibration and computes the targets' probabilities for the situation's aggressor and
   * year (features against every state of that year, as in the fit).
   *
   * @throws IllegalArgumentException under a scenario, whose world the dispute data never saw
   */
  static CalibratedColumn of(Situation sit, List<String> targets) {
    if (sit.hasScenario()) {
      throw new IllegalArgumentException(
          "--calibrated does not apply to a scenario: the probabilities are fitted on the world"
              + " as it was; drop --scenario or --calibrated");
    }
    Fit fit = fit(sit);
    Calibration c = fit.calibration();
    Map<String, double[]> features = fit.builder().features(sit.aggressor(), sit.year(), targets);
    CalibratedColumn col = new CalibratedColumn(c, sit.year(), fit.seconds());
    for (int k = 0; k < targets.size(); k++) {
      col.byTarget.put(targets.get(k), c.probability(features, k));
    }
    return col;
  }

  /** A fitted calibration and the builder that computes features like those it was fitted on. */
  private record Fit(Calibration calibration, DyadYearBuilder builder, double seconds) {}

  /**
   * The fits made in this process, per engine (weakly: a fit goes with its engine) and model file:
   * the fit reads every dyad-year and takes tens of seconds, and the same panel and model always
   * give the same fit.
   */
  private static final Map<Engine, Map<String, Fit>> FITS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private static Fit fit(Situation sit) {
    Map<String, Fit> byModel =
        FITS.computeIfAbsent(sit.engine(), e -> Collections.synchronizedMap(new LinkedHashMap<>()));
    String key = sit.model().model().id() + "@" + sit.model().hash();
    Fit f = byModel.get(key);
    if (f == null) {
      long t0 = System.nanoTime();
      DyadData dyads = DyadData.build(sit.engine(), sit.model(), DyadData.threads(null));
      f =
          new Fit(
              dyads.calibration(DyadYears.Outcome.ANY_MID),
              dyads.builder(),
              (System.nanoTime() - t0) / 1e9);
      byModel.put(key, f);
    }
    return f;
  }

  /** The table cell for a target, e.g. {@code 1.23% (0.80-1.90)}. */
  String cell(String target) {
    Calibration.Probability p = byTarget.get(target);
    if (p == null) {
      return "-";
    }
    return String.format(
        Locale.ROOT, "%.2f%% (%.2f-%.2f)", 100 * p.p(), 100 * p.low(), 100 * p.high());
  }

  /** What the probabilities are, which data they were fitted on, and whether they extrapolate. */
  String line() {
    return String.format(
            Locale.ROOT,
            "P(MID): probability that the aggressor begins a militarized dispute (any hostility"
                + " level) against the target within a year, with a 95%% interval (coefficient"
                + " uncertainty only), from a logistic model on the model's factor scores (curated"
                + " facts left out) fitted on %,d directed dyad-years, knowledge years %d-%d, with"
                + " %d disputes begun %d-%d (COW MID 5.0); fitted in %.1f s.",
            calibration.n(),
            calibration.fromYear(),
            calibration.toYear(),
            calibration.events(),
            calibration.fromYear() + 1,
            calibration.toYear() + 1,
            seconds)
        + (calibration.extrapolates(year)
            ? String.format(
                Locale.ROOT,
                " %d lies beyond the dispute data (they end in %d): these probabilities are an"
                    + " extrapolation.",
                year,
                calibration.toYear() + 1)
            : "");
  }

  /** Adds {@code probability} to each result and a {@code calibration} block to a rank JSON. */
  @SuppressWarnings("unchecked")
  void addTo(Map<String, Object> json) {
    for (Map<String, Object> r : (List<Map<String, Object>>) json.get("results")) {
      Calibration.Probability p = byTarget.get((String) r.get("target"));
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("p", p == null ? null : p.p());
      x.put("low", p == null ? null : p.low());
      x.put("high", p == null ? null : p.high());
      r.put("probability", x);
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("outcome", calibration.outcome().label() + ", begun within the next year");
    c.put("model", "logistic (Firth) on the model's factor scores; curated facts left out");
    c.put("fittedOn", calibration.fromYear() + "-" + calibration.toYear());
    c.put("dyadYears", calibration.n());
    c.put("events", calibration.events());
    c.put("interval", "95%, coefficient uncertainty only");
    c.put("extrapolation", calibration.extrapolates(year));
    List<Map<String, Object>> coefficients = new ArrayList<>();
    for (int j = 0; j < calibration.fit().terms().size(); j++) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("term", calibration.fit().terms().get(j));
      t.put("estimate", calibration.fit().estimates()[j]);
      t.put("se", calibration.fit().standardErrors()[j]);
      coefficients.add(t);
    }
    c.put("coefficients", coefficients);
    json.put("calibration", c);
  }
}
