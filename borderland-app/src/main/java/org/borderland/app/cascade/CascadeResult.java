package org.borderland.app.cascade;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.borderland.app.common.ProvenanceView;
import org.borderland.app.common.ScenarioView;

/**
 * The domino cascade of an aggressor, as {@code cascade --format json} and {@code GET
 * /api/v1/cascade} write it.
 *
 * @param aggressor the aggressor's code
 * @param year the knowledge year
 * @param model the model's id
 * @param scenario the scenario started from (only under one)
 * @param provenance where the result comes from
 * @param steps the steps, in order
 * @param stopped why the cascade stopped early, or null when it ran every step
 * @param about what a table needs besides; not part of the JSON
 */
public record CascadeResult(
    String aggressor,
    int year,
    String model,
    @JsonInclude(JsonInclude.Include.NON_NULL) ScenarioView scenario,
    ProvenanceView provenance,
    List<Step> steps,
    String stopped,
    @JsonIgnore About about) {

  /**
   * One step.
   *
   * @param step its number, from 1
   * @param absorbed the state absorbed
   * @param index its index then, or null when missing
   * @param rank its rank among all candidates then
   * @param runnerUp the next candidate bordering the region, or null
   * @param runnerUpIndex its index, or null
   * @param margin the index's margin over the runner-up, or null
   * @param newlyExposed the states that border the region after the step and did not before
   * @param capacity the region's capacity after the step
   */
  public record Step(
      int step,
      String absorbed,
      Double index,
      int rank,
      String runnerUp,
      Double runnerUpIndex,
      Double margin,
      List<String> newlyExposed,
      Capacity capacity) {}

  /** The region's population, GDP (USD) and the states whose figures are missing. */
  public record Capacity(double population, double gdpUsd, List<String> missing) {}

  /**
   * What a table shows besides the JSON.
   *
   * @param aggressorName the aggressor's name
   * @param names the absorbed states' names, by code
   * @param scenarioLine the scenario's line (empty without one)
   * @param provenanceLine the provenance's line
   */
  public record About(
      String aggressorName,
      Map<String, String> names,
      String scenarioLine,
      String provenanceLine) {}
}
