package org.borderland.core.uncertainty;

/**
 * What the replications did to one unit's rank and index score.
 *
 * @param target the unit (a target's ISO3, or COINr's uCode)
 * @param nominal its nominal rank, or {@code null} when its nominal index is missing
 * @param mean the mean of its ranks over the replications that ranked it
 * @param median the median rank
 * @param q05 the 5th percentile of its ranks (R's type 7, as COINr)
 * @param q95 the 95th percentile of its ranks
 * @param pFirst the share of successful replications in which it ranked first
 * @param pTop3 the share of successful replications in which it ranked in the top 3
 * @param ranked how many successful replications gave it a rank (fewer than the successful
 *     replications when its index was missing in some)
 * @param index the same statistics for its index score
 */
public record TargetStats(
    String target,
    Integer nominal,
    double mean,
    double median,
    double q05,
    double q95,
    double pFirst,
    double pTop3,
    int ranked,
    Score index) {

  /**
   * Statistics of a unit's index score.
   *
   * @param nominal the nominal score ({@code NaN} when missing)
   * @param mean the mean over the replications that scored it
   * @param median the median
   * @param q05 the 5th percentile
   * @param q95 the 95th percentile
   */
  public record Score(double nominal, double mean, double median, double q05, double q95) {}
}
