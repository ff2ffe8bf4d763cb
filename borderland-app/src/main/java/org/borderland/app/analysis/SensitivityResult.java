package org.borderland.app.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.borderland.app.common.ProvenanceView;
import org.borderland.app.common.ScenarioView;
import org.borderland.core.uncertainty.Failure;
import org.borderland.core.uncertainty.Sensitivity;
import org.borderland.core.uncertainty.TargetStats;

/**
 * Which uncertain input moves a ranking most (first- and total-order Sobol indices), as {@code
 * sensitivity --format json} and the sensitivity job write it.
 *
 * @param seed the seed
 * @param runs the replications run, N·(d+2)
 * @param n the base sample size N
 * @param bootstrap the bootstrap replications
 * @param elapsedMs how long the analysis took
 * @param aggressor the aggressor's code (the engine's form)
 * @param year the knowledge year (the engine's form)
 * @param model the nominal model's id (the engine's form)
 * @param scenario the scenario (under one)
 * @param data the dataset's data (a dataset)
 * @param meta its indicator tree (a dataset)
 * @param pipeline its pipeline (a dataset)
 * @param output what the indices apportion, in words
 * @param variance the output's variance, or null
 * @param inputSource {@code default}, {@code flags} or the spec's name
 * @param failed the replications that failed
 * @param rowsUsed the design rows used
 * @param failures the failures by message
 * @param inputs the indices, in input order
 * @param targets rank statistics over the runs of the two sample matrices
 * @param provenance where the result comes from (the engine's form)
 * @param about what tables and charts need besides; not part of the JSON
 */
public record SensitivityResult(
    long seed,
    int runs,
    int n,
    int bootstrap,
    long elapsedMs,
    @JsonInclude(JsonInclude.Include.NON_NULL) String aggressor,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer year,
    @JsonInclude(JsonInclude.Include.NON_NULL) String model,
    @JsonInclude(JsonInclude.Include.NON_NULL) ScenarioView scenario,
    @JsonInclude(JsonInclude.Include.NON_NULL) String data,
    @JsonInclude(JsonInclude.Include.NON_NULL) String meta,
    @JsonInclude(JsonInclude.Include.NON_NULL) String pipeline,
    String output,
    Double variance,
    String inputSource,
    int failed,
    int rowsUsed,
    List<Failure> failures,
    List<Index> inputs,
    List<TargetView> targets,
    @JsonInclude(JsonInclude.Include.NON_NULL) ProvenanceView provenance,
    @JsonIgnore About about) {

  /**
   * The indices of one input, with their bootstrap 5-95 % intervals (null where not computed).
   *
   * @param name the input's name
   * @param kind its kind
   * @param si the first-order index
   * @param sti the total-order index
   * @param siLow 5th percentile of the bootstrapped first-order index
   * @param siHigh 95th percentile of it
   * @param stiLow 5th percentile of the bootstrapped total-order index
   * @param stiHigh 95th percentile of it
   */
  public record Index(
      String name,
      String kind,
      Double si,
      Double sti,
      Double siLow,
      Double siHigh,
      Double stiLow,
      Double stiHigh) {
    static Index of(Sensitivity.Index i) {
      return new Index(
          i.name(),
          i.kind(),
          TargetView.num(i.si()),
          TargetView.num(i.sti()),
          TargetView.num(i.siLow()),
          TargetView.num(i.siHigh()),
          TargetView.num(i.stiLow()),
          TargetView.num(i.stiHigh()));
    }
  }

  /**
   * What a table or chart shows besides the JSON.
   *
   * @param heading one line saying what was analysed
   * @param provenanceLine the provenance's line, or null for a dataset
   * @param names each unit's name (empty for a dataset)
   * @param variance the output's variance as computed
   * @param indices the indices as computed (NaN where missing)
   * @param stats the rank statistics as computed
   */
  public record About(
      String heading,
      String provenanceLine,
      Map<String, String> names,
      double variance,
      List<Sensitivity.Index> indices,
      List<TargetStats> stats) {}
}
