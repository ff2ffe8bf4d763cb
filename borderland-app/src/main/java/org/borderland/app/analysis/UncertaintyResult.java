package org.borderland.app.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.borderland.app.common.ProvenanceView;
import org.borderland.app.common.ScenarioView;
import org.borderland.core.uncertainty.Failure;
import org.borderland.core.uncertainty.TargetStats;

/**
 * How far a ranking moves under its uncertain inputs, as {@code uncertainty --format json} and the
 * uncertainty job write it. The engine's form has aggressor, year, model (and scenario under one)
 * and provenance; a dataset's has data, meta and pipeline.
 *
 * @param seed the seed
 * @param runs the replications
 * @param elapsedMs how long the analysis took
 * @param aggressor the aggressor's code (the engine's form)
 * @param year the knowledge year (the engine's form)
 * @param model the nominal model's id (the engine's form)
 * @param scenario the scenario (under one)
 * @param data the dataset's data (a dataset)
 * @param meta its indicator tree (a dataset)
 * @param pipeline its pipeline (a dataset)
 * @param inputs one line per uncertain input
 * @param inputSource {@code default}, {@code flags} or the spec's name
 * @param failed the replications that failed
 * @param failures the failures by message
 * @param targets per unit, best nominal rank first
 * @param provenance where the result comes from (the engine's form)
 * @param about what tables and charts need besides; not part of the JSON
 */
public record UncertaintyResult(
    long seed,
    int runs,
    long elapsedMs,
    @JsonInclude(JsonInclude.Include.NON_NULL) String aggressor,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer year,
    @JsonInclude(JsonInclude.Include.NON_NULL) String model,
    @JsonInclude(JsonInclude.Include.NON_NULL) ScenarioView scenario,
    @JsonInclude(JsonInclude.Include.NON_NULL) String data,
    @JsonInclude(JsonInclude.Include.NON_NULL) String meta,
    @JsonInclude(JsonInclude.Include.NON_NULL) String pipeline,
    List<String> inputs,
    String inputSource,
    int failed,
    List<Failure> failures,
    List<TargetView> targets,
    @JsonInclude(JsonInclude.Include.NON_NULL) ProvenanceView provenance,
    @JsonIgnore About about) {

  /**
   * What a table or chart shows besides the JSON.
   *
   * @param heading one line saying what was analysed
   * @param provenanceLine the provenance's line, or null for a dataset
   * @param names each unit's name (empty for a dataset)
   * @param stats the statistics as computed (NaN where missing)
   */
  public record About(
      String heading, String provenanceLine, Map<String, String> names, List<TargetStats> stats) {}
}
