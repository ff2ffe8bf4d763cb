package org.borderland.app.rank;

import java.util.List;

/**
 * How {@code rank --calibrated}'s probabilities were fitted.
 *
 * @param outcome the outcome predicted
 * @param model the statistical model
 * @param fittedOn the knowledge years of the fit
 * @param dyadYears the directed dyad-years fitted on
 * @param events the disputes among them
 * @param interval what the interval is
 * @param extrapolation whether the year lies beyond the dispute data
 * @param coefficients the fitted terms
 */
public record CalibrationView(
    String outcome,
    String model,
    String fittedOn,
    int dyadYears,
    int events,
    String interval,
    boolean extrapolation,
    List<Coefficient> coefficients) {

  /** One fitted term with its standard error. */
  public record Coefficient(String term, double estimate, double se) {}
}
