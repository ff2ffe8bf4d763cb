package org.borderland.app.rank;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.borderland.app.common.ProvenanceView;
import org.borderland.app.common.ScenarioView;
import org.borderland.core.score.Coverage;

/**
 * The candidate targets of an aggressor ranked by the model's index, as {@code rank --format json}
 * and {@code GET /api/v1/rank} write it.
 *
 * @param aggressor the aggressor's code
 * @param year the knowledge year
 * @param model the model's id
 * @param missingFactors what the model does with a target's missing factors
 * @param reach how far the default candidates reach ({@code land}, {@code sea} or {@code global}),
 *     or {@code given} when the request named the candidates
 * @param candidateNotes what a reader must know about the candidates: COW land links the Factbook
 *     contradicts, land neighbours not crossed and why, what a global reach added (empty when
 *     nothing)
 * @param provenance where the result comes from
 * @param results the targets, best rank first
 * @param calibration how the probabilities were fitted (only with calibrated)
 * @param scenario the scenario (only under one)
 * @param about what a table needs besides (names, factor order); not part of the JSON
 */
public record RankResult(
    String aggressor,
    int year,
    String model,
    MissingFactorsView missingFactors,
    String reach,
    List<String> candidateNotes,
    ProvenanceView provenance,
    List<Row> results,
    @JsonInclude(JsonInclude.Include.NON_NULL) CalibrationView calibration,
    @JsonInclude(JsonInclude.Include.NON_NULL) ScenarioView scenario,
    @JsonIgnore About about) {

  /**
   * One target.
   *
   * @param target its code
   * @param index the index 0-100, or null when missing
   * @param rank its rank, or null when unranked (no index, or fewer factors than the model's
   *     minCoverage)
   * @param factors each factor's score (null when missing), in model order
   * @param coverage the factors with a score, of the model's factors
   * @param quality how complete its data are
   * @param probability its fitted probability (only with calibrated)
   */
  public record Row(
      String target,
      Double index,
      Integer rank,
      Map<String, Double> factors,
      Coverage coverage,
      Quality quality,
      @JsonInclude(JsonInclude.Include.NON_NULL) Probability probability) {}

  /**
   * How complete a target's data are: indicator values present, imputed, missing, and resting on
   * unverified curated facts.
   */
  public record Quality(int filled, int imputed, int missing, int unverified) {}

  /**
   * The model's missing-factor policy ({@code reweight} or {@code neutral}), the coverage a target
   * needs to be ranked, and what that means.
   */
  public record MissingFactorsView(String policy, int minCoverage, String meaning) {
    static MissingFactorsView of(org.borderland.core.model.MissingFactors m) {
      return new MissingFactorsView(m.policy().id(), m.minCoverage(), m.meaning());
    }
  }

  /** A probability with its 95% interval; parts are null when it could not be computed. */
  public record Probability(Double p, Double low, Double high) {}

  /**
   * What a table shows besides the JSON.
   *
   * @param aggressorName the aggressor's name
   * @param modelName the model's name
   * @param reachLine what the candidates are, e.g. {@code land reach: …} (a heading's line)
   * @param factors the factor ids, in order
   * @param indicators the number of indicators
   * @param names every target's name, by code
   * @param scenarioLine the scenario's line (empty without one)
   * @param provenanceLine the provenance's line
   * @param calibrationLine what the probabilities are (empty without)
   */
  public record About(
      String aggressorName,
      String modelName,
      String reachLine,
      List<String> factors,
      int indicators,
      Map<String, String> names,
      String scenarioLine,
      String provenanceLine,
      String calibrationLine) {}
}
