package org.borderland.app.validation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * What {@code validate} found: one result per outcome, written as JSON as the one result when one
 * outcome was asked, else as the list of them.
 *
 * @param outcomes per outcome, in the order asked
 * @param about what the table's header and footer say
 */
public record ValidationResult(List<Outcome> outcomes, @JsonIgnore About about) {
  /** Copies the list. */
  public ValidationResult {
    outcomes = List.copyOf(outcomes);
  }

  /** The JSON: the one outcome's result, or the list. */
  @JsonValue
  public Object json() {
    return outcomes.size() == 1 ? outcomes.get(0) : outcomes;
  }

  /**
   * The validation against one outcome.
   *
   * @param provenance where it comes from
   * @param outcome the outcome's id ({@code any} or {@code force})
   * @param split the years
   * @param models per model, its metrics on the test years
   * @param coefficients each fitted model's terms
   * @param reliability each fitted model's reliability table on the test years
   * @param noSkill the no-skill references
   * @param data the dyad-years used
   * @param label the outcome as the table names it
   * @param testN test dyad-years
   * @param testEvents test events
   * @param trainRate the training event rate
   * @param testRate the test event rate
   */
  public record Outcome(
      Provenance provenance,
      String outcome,
      Split split,
      List<Model> models,
      List<Coefficient> coefficients,
      List<Reliability> reliability,
      NoSkill noSkill,
      Data data,
      @JsonIgnore String label,
      @JsonIgnore int testN,
      @JsonIgnore int testEvents,
      @JsonIgnore double trainRate,
      @JsonIgnore double testRate) {}

  /**
   * Where a validation comes from.
   *
   * @param version Borderland's version
   * @param panel the panel's short hash
   * @param model {@code id@hash}
   * @param year always null: each dyad-year is as known at the end of its own year
   * @param seed always null: nothing is random
   * @param years the knowledge years, {@code FROM-TO}
   */
  public record Provenance(
      String version, String panel, String model, Integer year, Long seed, String years) {}

  /** The training and test years, as years the disputes began. */
  public record Split(int trainFrom, int trainTo, int testFrom, int testTo) {}

  /**
   * One model's metrics on the test years.
   *
   * @param name the model's name
   * @param n test dyad-years
   * @param events test events
   * @param auc ROC AUC
   * @param prAuc PR AUC
   * @param brier Brier score, null for an unfitted score
   * @param brierNoSkill the Brier score of the training event rate
   * @param description what the model is (tables only)
   */
  public record Model(
      String name,
      int n,
      int events,
      double auc,
      double prAuc,
      Double brier,
      double brierNoSkill,
      @JsonIgnore String description) {}

  /** A fitted term: its model, name, estimate (log-odds) and standard error. */
  public record Coefficient(String model, String term, double estimate, double se) {}

  /** A bin of a reliability table; the means are null for an empty bin. */
  public record Reliability(
      String model,
      double low,
      double high,
      int n,
      int events,
      Double meanPredicted,
      Double observed) {}

  /** The no-skill references: ROC AUC 0.5, PR AUC the test rate, Brier of the training rate. */
  public record NoSkill(double auc, double prAuc, double brier) {}

  /**
   * The dyad-years used.
   *
   * @param dyadYears how many were built
   * @param knowledgeYears their knowledge years, {@code FROM-TO}
   * @param trainN training dyad-years
   * @param trainEvents training events
   * @param leftOut the factors left out (resting on curated facts alone)
   * @param fit how the models were fitted
   */
  public record Data(
      int dyadYears,
      String knowledgeYears,
      int trainN,
      int trainEvents,
      List<String> leftOut,
      String fit) {}

  /**
   * What the table's header and footer say.
   *
   * @param modelId the model's id
   * @param dyads a line saying what the dyad-years are
   * @param split the years
   * @param leftOut the factors left out
   * @param featureSeconds how long the features took
   * @param fitSeconds how long the fits and metrics took
   */
  public record About(
      String modelId,
      String dyads,
      Split split,
      List<String> leftOut,
      double featureSeconds,
      double fitSeconds) {}
}
