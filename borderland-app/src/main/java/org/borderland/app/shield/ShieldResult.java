package org.borderland.app.shield;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.borderland.app.common.ProvenanceView;
import org.borderland.app.common.ScenarioView;

/**
 * Who shields whom from an aggressor, as {@code shield --format json} and {@code GET
 * /api/v1/shield} write it.
 *
 * @param aggressor the aggressor's code
 * @param year the knowledge year
 * @param rules the transit rules applied
 * @param states every state but the aggressor: reach, hops, exposure and shields
 * @param gateways each gateway state and the states every admissible path to which passes through
 *     it
 * @param region the aggressor's region (it and its allies)
 * @param impassable the states paths may not cross, with why
 * @param description the rules in words
 * @param provenance where the result comes from
 * @param scenario the scenario (only under one)
 * @param about what a table needs besides; not part of the JSON
 */
public record ShieldResult(
    String aggressor,
    int year,
    Rules rules,
    List<State> states,
    Map<String, List<String>> gateways,
    List<String> region,
    Map<String, String> impassable,
    String description,
    ProvenanceView provenance,
    @JsonInclude(JsonInclude.Include.NON_NULL) ScenarioView scenario,
    @JsonIgnore About about) {

  /** The transit rules: codes sorted, alliances in order. */
  public record Rules(
      List<String> allies,
      List<String> noTransit,
      List<String> allow,
      List<String> rivalAlliances,
      boolean sea) {}

  /**
   * One state.
   *
   * @param state its code
   * @param reachable whether an admissible path reaches it
   * @param hops the borders crossed to reach it, or null when unreachable
   * @param exposed whether it borders the aggressor's region
   * @param shieldedBy the states every admissible path to it passes through, nearest first
   */
  public record State(
      String state, boolean reachable, Integer hops, boolean exposed, List<String> shieldedBy) {}

  /**
   * What a table shows besides the JSON.
   *
   * @param aggressorName the aggressor's name
   * @param names every state's name, by code
   * @param scenarioLine the scenario's line (empty without one)
   * @param provenanceLine the provenance's line
   */
  public record About(
      String aggressorName,
      Map<String, String> names,
      String scenarioLine,
      String provenanceLine) {}
}
