package org.borderland.core.validation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.borderland.core.validation.DyadYears.Outcome;

/**
 * A probability of a militarized dispute for a directed dyad: model (a) of {@link DyadicValidation}
 * (logistic on the model's factor scores, Firth-penalised) fitted on every dyad-year the dispute
 * data cover, applied to the factor scores of a knowledge year.
 *
 * @param outcome which disputes count
 * @param fromYear the first knowledge year fitted on
 * @param toYear the last knowledge year fitted on (the dispute data end the year after)
 * @param n dyad-years fitted on
 * @param events events among them
 * @param design the features and their missing-value handling
 * @param fit the fitted model
 */
public record Calibration(
    Outcome outcome,
    int fromYear,
    int toYear,
    int n,
    int events,
    Design design,
    LogisticRegression.Fit fit) {
  /** Requires every part. */
  public Calibration {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(design, "design");
    Objects.requireNonNull(fit, "fit");
  }

  /** The normal quantile of a two-sided 95% interval. */
  public static final double Z95 = 1.959963984540054;

  /**
   * A probability with its 95% interval.
   *
   * @param p the fitted probability of a dispute A originates against T within the next year
   * @param low the interval's lower end (uncertainty of the coefficients only)
   * @param high its upper end
   */
  public record Probability(double p, double low, double high) {}

  /**
   * Fits model (a) on every dyad-year held.
   *
   * @param factorIds the factor features
   */
  public static Calibration fit(DyadYears data, List<String> factorIds, Outcome outcome) {
    int[] span = data.yearSpan();
    int[] rows = data.rowsWithOutcomeIn(span[0] + 1, span[1] + 1);
    boolean[] y = data.events(rows, outcome);
    Design design = Design.learn(data, factorIds, rows);
    LogisticRegression.Fit fit =
        LogisticRegression.fit(
            design.terms(), design.matrix(data, rows), DyadicValidation.toDouble(y), null, true);
    int events = 0;
    for (boolean b : y) {
      if (b) {
        events++;
      }
    }
    return new Calibration(outcome, span[0], span[1], rows.length, events, design, fit);
  }

  /**
   * The probability for target {@code k} of a feature map from {@link DyadYearBuilder#features}.
   */
  public Probability probability(Map<String, double[]> features, int k) {
    double[] x = design.row(features, k);
    double[] ci = fit.interval(x, Z95);
    return new Probability(fit.probability(x), ci[0], ci[1]);
  }

  /** Whether a knowledge year lies beyond the years fitted on (an extrapolation). */
  public boolean extrapolates(int year) {
    return year > toYear || year < fromYear;
  }
}
