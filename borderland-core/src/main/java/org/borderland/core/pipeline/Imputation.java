package org.borderland.core.pipeline;

/**
 * How {@link Impute} fills missing values (COINr's {@code i_*} functions and {@code impute_panel},
 * R/impute.R).
 */
public enum Imputation {
  /** Leave missing values missing. */
  NONE,
  /** The indicator's mean over all units ({@code i_mean}). */
  MEAN,
  /** The indicator's median over all units ({@code i_median}). */
  MEDIAN,
  /**
   * The indicator's mean over the units of the same group ({@code i_mean_grp}); a unit without a
   * group is left as it is.
   */
  GROUP_MEAN,
  /** The indicator's median over the units of the same group ({@code i_median_grp}). */
  GROUP_MEDIAN,
  /**
   * The unit's latest earlier value in panel data ({@code impute_panel}, {@code imp_type =
   * "latest"}): the last edition carried forward, looking back at most {@code maxTime} time points.
   */
  CARRY_FORWARD;

  /** The name used in pipeline files, e.g. {@code group-mean}. */
  public String id() {
    return Params.id(this);
  }
}
