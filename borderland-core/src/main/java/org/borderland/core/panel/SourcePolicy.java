package org.borderland.core.panel;

import java.util.List;

/**
 * Which datasets a point-in-time lookup may use, in order of preference, and whether it may use
 * single-release datasets whose history was revised after the fact.
 *
 * @param datasets dataset ids in order of preference; empty means any dataset, newest first
 * @param allowRevised whether rows flagged as not as-known (COW, World Bank, SIPRI, ideal points)
 *     may be used; a strict backtest sets this to {@code false}
 */
public record SourcePolicy(List<String> datasets, boolean allowRevised) {
  /** Copies the list. */
  public SourcePolicy {
    datasets = List.copyOf(datasets);
  }

  /** Only what was published by the year asked about: Factbook editions. */
  public static SourcePolicy asKnownOnly() {
    return new SourcePolicy(List.of(), false);
  }

  /** Any dataset, including revised histories. */
  public static SourcePolicy any() {
    return new SourcePolicy(List.of(), true);
  }

  /** Only the named dataset. */
  public static SourcePolicy only(String dataset, boolean allowRevised) {
    return new SourcePolicy(List.of(dataset), allowRevised);
  }
}
