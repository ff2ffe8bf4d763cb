package org.borderland.app.analysis;

import org.borderland.core.uncertainty.TargetStats;

/**
 * What the replications did to one unit's rank and index score, as results write it (missing or
 * infinite statistics as null).
 *
 * @param target the unit (a target's ISO3 code, or a dataset's uCode)
 * @param nominal its nominal rank, or null
 * @param mean the mean rank over the replications that ranked it
 * @param median the median rank
 * @param q05 the 5th percentile of its ranks
 * @param q95 the 95th percentile of its ranks
 * @param pFirst the share of replications in which it ranked first
 * @param pTop3 the share in which it ranked in the top 3
 * @param ranked how many replications ranked it
 * @param index the same for its index score
 */
public record TargetView(
    String target,
    Integer nominal,
    Double mean,
    Double median,
    Double q05,
    Double q95,
    Double pFirst,
    Double pTop3,
    int ranked,
    Score index) {

  /** Statistics of a unit's index score. */
  public record Score(Double nominal, Double mean, Double median, Double q05, Double q95) {}

  /** The view of a unit's statistics. */
  static TargetView of(TargetStats t) {
    TargetStats.Score i = t.index();
    return new TargetView(
        t.target(),
        t.nominal(),
        num(t.mean()),
        num(t.median()),
        num(t.q05()),
        num(t.q95()),
        num(t.pFirst()),
        num(t.pTop3()),
        t.ranked(),
        new Score(num(i.nominal()), num(i.mean()), num(i.median()), num(i.q05()), num(i.q95())));
  }

  /** A statistic for JSON: NaN and infinities as null. */
  static Double num(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
  }
}
