package org.borderland.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.Model;
import org.borderland.core.score.TargetResult;

/**
 * Backtests a model on past acts of aggression: for each case, the candidates ranked as known in
 * its knowledge year, where the actual target stood, the top five, and the factors that put the
 * target where it was. Weights are never fitted to the cases.
 *
 * <p>Every case appears in the result. A case that cannot be ranked (the aggressor did not exist
 * then, the year lies outside the data, the target was not among the candidates) has no rank and
 * says why. A case whose knowledge year is not before the act ({@link Case#knownAfterTheAct()}) is
 * ranked and shown, with its caveat, but kept out of the summary: its data may describe the act.
 */
public final class CaseBacktest {
  /** How many of the top candidates each case lists. */
  public static final int TOP = 5;

  /** How many factors each case names as the target's drivers. */
  public static final int DRIVERS = 3;

  private CaseBacktest() {}

  /** Ranks an aggressor's candidates as known in a year. */
  public interface Ranker {
    /**
     * The ranking of the aggressor's candidates, best first.
     *
     * @throws IllegalArgumentException when the year or aggressor cannot be ranked (the message
     *     becomes the case's reason)
     */
    List<TargetResult> rank(String aggressor, int year);
  }

  /**
   * A factor's part in a target's index.
   *
   * @param factor the factor id
   * @param score the target's score on it (0–100)
   * @param contribution its weight × score ÷ the weights of the factors present (the parts add up
   *     to the index under arithmetic aggregation)
   * @param rank the target's rank on it among the candidates (1 = most exposed)
   */
  public record Driver(String factor, double score, double contribution, int rank) {}

  /**
   * One case's result.
   *
   * @param backtestCase the case
   * @param rank the target's rank among the candidates, or {@code null} when unranked
   * @param index the target's index, or {@code null}
   * @param candidates how many candidates were ranked (0 when none)
   * @param top the top candidates, best first
   * @param drivers the factors contributing most to the target's index, largest first
   * @param reason why the case has no rank, or the caveat of a case known after the act; empty
   *     otherwise
   * @param inSummary whether the case counts in the summary
   */
  public record CaseResult(
      Case backtestCase,
      Integer rank,
      Double index,
      int candidates,
      List<TargetResult> top,
      List<Driver> drivers,
      String reason,
      boolean inSummary) {
    /** Copies the lists. */
    public CaseResult {
      Objects.requireNonNull(backtestCase, "backtestCase");
      top = List.copyOf(top);
      drivers = List.copyOf(drivers);
      reason = reason == null ? "" : reason;
    }
  }

  /**
   * The summary over the cases that count.
   *
   * @param meanRank the mean rank of the actual targets, or {@code null} when none was ranked
   * @param top1 targets ranked first
   * @param top3 targets ranked in the top three
   * @param scored cases counted
   */
  public record Summary(Double meanRank, int top1, int top3, int scored) {}

  /** Backtests every case, in order. */
  public static List<CaseResult> run(List<Case> cases, Model model, Ranker ranker) {
    List<CaseResult> out = new ArrayList<>();
    for (Case c : cases) {
      out.add(one(c, model, ranker));
    }
    return out;
  }

  private static CaseResult one(Case c, Model model, Ranker ranker) {
    List<TargetResult> ranking;
    try {
      ranking = ranker.rank(c.aggressor(), c.knowledgeYear());
    } catch (IllegalArgumentException e) {
      return new CaseResult(
          c, null, null, 0, List.of(), List.of(), "cannot be ranked: " + e.getMessage(), false);
    }
    List<TargetResult> top = ranking.subList(0, Math.min(TOP, ranking.size()));
    TargetResult target = null;
    for (TargetResult r : ranking) {
      if (r.target().equals(c.target())) {
        target = r;
      }
    }
    if (target == null || target.rank() == null) {
      String why =
          target == null
              ? c.target()
                  + " is not among the "
                  + ranking.size()
                  + " candidates of "
                  + c.aggressor()
                  + " as known in "
                  + c.knowledgeYear()
              : "nothing was known about " + c.target() + " in " + c.knowledgeYear();
      return new CaseResult(c, null, null, ranking.size(), top, List.of(), why, false);
    }
    String reason = "";
    boolean inSummary = true;
    if (c.knownAfterTheAct()) {
      inSummary = false;
      reason =
          (c.caveat().isEmpty()
                  ? "the knowledge year "
                      + c.knowledgeYear()
                      + " is not before the act ("
                      + c.date()
                      + "): its data may describe it"
                  : c.caveat())
              + "; not counted in the summary";
    }
    return new CaseResult(
        c,
        target.rank(),
        target.index(),
        ranking.size(),
        top,
        drivers(model, target, ranking),
        reason,
        inSummary);
  }

  /** The target's largest factor contributions, with its rank on each among the candidates. */
  static List<Driver> drivers(Model model, TargetResult target, List<TargetResult> ranking) {
    double weights = 0;
    for (FactorGroup f : model.factors()) {
      Double s = target.factors().get(f.id());
      if (s != null && !s.isNaN()) {
        weights += f.weight();
      }
    }
    List<Driver> out = new ArrayList<>();
    for (FactorGroup f : model.factors()) {
      Double s = target.factors().get(f.id());
      if (s == null || s.isNaN() || weights == 0) {
        continue;
      }
      int rank = 1;
      for (TargetResult r : ranking) {
        Double o = r.factors().get(f.id());
        if (o != null && !o.isNaN() && o > s) {
          rank++;
        }
      }
      out.add(new Driver(f.id(), s, f.weight() * s / weights, rank));
    }
    out.sort(
        Comparator.comparingDouble(Driver::contribution).reversed().thenComparing(Driver::factor));
    return out.subList(0, Math.min(DRIVERS, out.size()));
  }

  /** The summary over the cases that count ({@link CaseResult#inSummary()}). */
  public static Summary summary(List<CaseResult> results) {
    int scored = 0;
    int top1 = 0;
    int top3 = 0;
    double sum = 0;
    for (CaseResult r : results) {
      if (!r.inSummary() || r.rank() == null) {
        continue;
      }
      scored++;
      sum += r.rank();
      if (r.rank() == 1) {
        top1++;
      }
      if (r.rank() <= 3) {
        top3++;
      }
    }
    return new Summary(scored == 0 ? null : sum / scored, top1, top3, scored);
  }
}
