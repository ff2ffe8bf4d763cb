package org.borderland.app.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderland.app.common.ProvenanceView;
import org.borderland.app.common.ScenarioView;

/**
 * Each target's rank and index before and after a scenario, and why it moved, as {@code scenario
 * diff --format json} and {@code POST /api/v1/scenario/diff} write it.
 *
 * @param aggressor the aggressor's code
 * @param year the knowledge year
 * @param scenario the scenario
 * @param before the ranking as it is
 * @param after the ranking under the scenario
 * @param provenance where the result after the scenario comes from
 * @param targets every target scored before or after, in the diff's order
 * @param about what a table needs besides; not part of the JSON
 */
public record ScenarioDiffResult(
    String aggressor,
    int year,
    ScenarioView scenario,
    Side before,
    Side after,
    ProvenanceView provenance,
    List<Target> targets,
    @JsonIgnore About about) {

  /** One side of the diff: its model's id and how many targets it scored. */
  public record Side(String model, int targets) {}

  /** What happened to a target. */
  public enum Status {
    /** Scored before and after. */
    KEPT,
    /** Absorbed into the aggressor by the scenario. */
    ABSORBED,
    /** A candidate only after the scenario. */
    NEW,
    /** A candidate only before, not absorbed. */
    DROPPED;

    /** As JSON writes it: the name in lower case. */
    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One target.
   *
   * @param target its code
   * @param status what happened to it
   * @param rankBefore its rank before, or null
   * @param rankAfter its rank after, or null
   * @param rankChange the rank change, positive when it moved up; null unless kept
   * @param indexBefore its index before, or null
   * @param indexAfter its index after, or null
   * @param factors the factors whose contribution changed, largest change first
   * @param rawChanged the indicators whose raw value for this target changed
   */
  public record Target(
      String target,
      Status status,
      Integer rankBefore,
      Integer rankAfter,
      Integer rankChange,
      Double indexBefore,
      Double indexAfter,
      List<Factor> factors,
      List<String> rawChanged) {}

  /**
   * One factor's change for a target; each part null when missing.
   *
   * @param factor the factor's id
   * @param before its score before
   * @param after its score after
   * @param contributionChange the change of its contribution to the index, in index points
   */
  public record Factor(String factor, Double before, Double after, Double contributionChange) {}

  /**
   * What a table shows besides the JSON.
   *
   * @param scenarioName the scenario's name
   * @param aggressorName the aggressor's name
   * @param names every target's name, by code
   * @param scenarioLine the scenario's line
   * @param provenanceLine the provenance's line
   */
  public record About(
      String scenarioName,
      String aggressorName,
      Map<String, String> names,
      String scenarioLine,
      String provenanceLine) {}
}
