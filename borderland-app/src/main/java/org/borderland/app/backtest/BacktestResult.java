package org.borderland.app.backtest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code backtest} found: for each past act of aggression, where the state attacked stood
 * among the candidates ranked on what was known before.
 *
 * @param aggressor the aggressor's code
 * @param model the model's id
 * @param provenance where it comes from
 * @param cases per case, in the file's order
 * @param summary over the cases known before the act
 * @param data which data the rankings used
 * @param about what only the table says
 */
public record BacktestResult(
    String aggressor,
    String model,
    Provenance provenance,
    List<CaseView> cases,
    Summary summary,
    Data data,
    @JsonIgnore About about) {
  /** Copies the list. */
  public BacktestResult {
    cases = List.copyOf(cases);
  }

  /**
   * Where a backtest comes from.
   *
   * @param version Borderland's version
   * @param panel the panel's short hash
   * @param model {@code id@hash}
   * @param year always null: each case is as known at the end of its own knowledge year
   * @param seed always null: nothing is random
   * @param cases the cases file's name and short hash, {@code name@hash}
   */
  public record Provenance(
      String version, String panel, String model, Integer year, Long seed, String cases) {}

  /**
   * One case backtested.
   *
   * @param id the case's id
   * @param year its knowledge year
   * @param target the state attacked
   * @param rank its rank among the candidates, or null when it could not be ranked
   * @param reason why it is left out of the summary or could not be ranked, or null
   * @param candidates how many candidates were ranked
   * @param top the first few of the ranking
   * @param index the target's index, or null
   * @param inSummary whether the case counts in the summary
   * @param drivers the target's largest factor contributions
   * @param date the day the act began
   * @param description what happened
   * @param citation a public source for it
   */
  public record CaseView(
      @JsonProperty("case") String id,
      int year,
      String target,
      Integer rank,
      String reason,
      int candidates,
      List<Top> top,
      Double index,
      boolean inSummary,
      List<Driver> drivers,
      String date,
      String description,
      String citation) {}

  /** A state at the top of a case's ranking. */
  public record Top(String target, Integer rank, Double index) {}

  /** One of the target's largest factor contributions: its score (0-100) and rank on it. */
  public record Driver(String factor, double score, double contribution, int rank) {}

  /** Over the cases known before the act: the mean rank of the target, first, top three. */
  public record Summary(Double meanRank, int top1, int top3, int scored) {}

  /**
   * Which data the rankings used.
   *
   * @param asKnown whether only what was published by the knowledge year was used
   * @param revisedUsed the indicators read from revised-history datasets (when allowed), else null
   * @param revisedLeftOut the indicators kept off them (the strict backtest), else null
   */
  public record Data(
      boolean asKnown,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<String> revisedUsed,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<String> revisedLeftOut) {}

  /**
   * What only the table says.
   *
   * @param aggressorName the aggressor's name
   * @param revisedOnly the indicators that read only revised-history datasets
   * @param casesFile the cases file
   */
  public record About(String aggressorName, List<String> revisedOnly, Path casesFile) {}
}
