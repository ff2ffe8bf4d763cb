package org.borderland.app.validation;

import java.util.List;
import java.util.Objects;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.validation.DyadYears;
import org.borderland.core.validation.DyadicValidation;

/**
 * What {@code validate} is asked.
 *
 * @param model the model's name
 * @param outcome which disputes count: {@code any}, {@code force} or {@code both}
 * @param train the training years as {@code FROM-TO} (years the disputes began)
 * @param test the test years as {@code FROM-TO}
 * @param threads worker threads, or null for the machine's cores
 */
public record ValidationRequest(
    String model, String outcome, String train, String test, Integer threads) {
  /**
   * Checks every part.
   *
   * @throws BadParameter naming {@code outcome}, {@code train}, {@code test} or {@code threads}
   */
  public ValidationRequest {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(test, "test");
    outcomes(outcome);
    span(train, "train");
    span(test, "test");
    DyadData.threads(threads);
  }

  /** The defaults: the essay's model, both outcomes, fitted on 1991-2005, scored on 2006-2014. */
  public static ValidationRequest defaults() {
    return new ValidationRequest("essay", "both", "1991-2005", "2006-2014", null);
  }

  /** The outcomes to validate against, in order. */
  public List<DyadYears.Outcome> outcomes() {
    return outcomes(outcome);
  }

  /** The split of the years. */
  public DyadicValidation.Split split() {
    int[] tr = span(train, "train");
    int[] te = span(test, "test");
    return new DyadicValidation.Split(tr[0], tr[1], te[0], te[1]);
  }

  /** The worker threads. */
  public int threadCount() {
    return DyadData.threads(threads);
  }

  private static List<DyadYears.Outcome> outcomes(String s) {
    return switch (s) {
      case "any" -> List.of(DyadYears.Outcome.ANY_MID);
      case "force" -> List.of(DyadYears.Outcome.FORCE);
      case "both" -> List.of(DyadYears.Outcome.ANY_MID, DyadYears.Outcome.FORCE);
      default ->
          throw new BadParameter(
              "outcome",
              s,
              "any, force or both",
              List.of(),
              "outcome '" + s + "' is not known; use any, force or both",
              null);
    };
  }

  private static int[] span(String s, String parameter) {
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
    throw new BadParameter(
        parameter,
        s,
        "FROM-TO with FROM ≤ TO",
        List.of(),
        parameter + " '" + s + "' should be FROM-TO with FROM ≤ TO, e.g. 1991-2005",
        null);
  }
}
