/**
 * Uncertainty and sensitivity analysis of a composite indicator's ranking, after COINr's {@code
 * get_sensitivity} (R/sensitivity.R) and the OECD/JRC Handbook on constructing composite indicators
 * (2008, §7): uncertain inputs ({@link org.borderland.core.uncertainty.Input}) are sampled, the
 * pipeline is re-run for each sample in parallel with per-replication generators ({@link
 * org.borderland.core.uncertainty.Draws}), and the ranks are summarised ({@link
 * org.borderland.core.uncertainty.Uncertainty}) or split into first- and total-order Sobol indices
 * with COINr's estimators ({@link org.borderland.core.uncertainty.Sobol}). Plain Java, no I/O; the
 * same seed gives the same result whatever the number of threads.
 */
package org.borderland.core.uncertainty;
