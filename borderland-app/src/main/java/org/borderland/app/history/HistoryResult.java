package org.borderland.app.history;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderland.app.explain.ExplainResult;

/**
 * One target's index and rank for an aggressor in every knowledge year, as {@code history --format
 * json} and {@code GET /api/v1/history} write it.
 *
 * @param aggressor the aggressor's code
 * @param target the target's code
 * @param model the model's id
 * @param provenance where the result comes from, over the years
 * @param aggregation how the factors are combined into the index
 * @param years one per knowledge year, ascending
 * @param about what a table needs besides; not part of the JSON
 */
public record HistoryResult(
    String aggressor,
    String target,
    String model,
    Provenance provenance,
    String aggregation,
    List<Year> years,
    @JsonIgnore About about) {
  /** Copies the years. */
  public HistoryResult {
    years = List.copyOf(years);
  }

  /**
   * Where a history comes from: as a single result's provenance, with the first and last year
   * instead of one year.
   *
   * @param version Borderland's version
   * @param panel the panel manifest's short hash
   * @param model {@code id@hash}
   * @param seed always null (nothing is random)
   * @param years the first and last knowledge year
   */
  public record Provenance(
      String version, String panel, String model, Long seed, List<Integer> years) {}

  /**
   * One year.
   *
   * @param year the knowledge year
   * @param index the target's index, or null when it could not be scored
   * @param rank its rank, or null
   * @param targets how many targets were scored that year
   * @param candidate whether it was a default candidate; null when not scored
   * @param factors factor id to score (null when missing), in model order
   * @param contributions factor id to contribution (null when missing), in model order
   * @param quality how complete its data were, or null when not scored
   * @param mostMoved the factor that moved most since the year before, or null
   * @param note why the year has no index, or null
   */
  public record Year(
      int year,
      Double index,
      Integer rank,
      int targets,
      Boolean candidate,
      Map<String, Double> factors,
      Map<String, Double> contributions,
      ExplainResult.Quality quality,
      Move mostMoved,
      String note) {}

  /**
   * The factor that moved most between two years.
   *
   * @param factor the factor id (several joined by {@code ", "} when they entered or left together)
   * @param kind whether it changed, entered or left the index
   * @param since the earlier year
   * @param scoreBefore its score then, or null
   * @param scoreAfter its score now, or null
   * @param change its effect on the index
   * @param indexChange the change of the index over the same years
   */
  public record Move(
      String factor,
      Kind kind,
      int since,
      Double scoreBefore,
      Double scoreAfter,
      Double change,
      Double indexChange) {}

  /** How a factor took part in a year's change; written in lower case. */
  public enum Kind {
    /** Scored in both years. */
    CHANGED,
    /** Missing the year before, scored now. */
    ENTERED,
    /** Scored the year before, missing now. */
    LEFT;

    /** The name as JSON writes it. */
    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What a table shows besides the JSON.
   *
   * @param aggressorName the aggressor's name
   * @param targetName the target's name
   * @param modelName the model's name
   * @param factors the factor ids, in model order
   * @param indicators the number of indicators
   * @param provenanceLine the provenance's line
   */
  public record About(
      String aggressorName,
      String targetName,
      String modelName,
      List<String> factors,
      int indicators,
      String provenanceLine) {}
}
