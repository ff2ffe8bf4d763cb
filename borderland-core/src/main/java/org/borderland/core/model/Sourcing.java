package org.borderland.core.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.borderland.core.panel.SourcePolicy;

/**
 * Which datasets an indicator may read, in tiers of preference, and whether datasets with revised
 * history may be used at all.
 *
 * <p>Tiers are tried in order; the first tier that knows the figure (or, for a list such as a
 * country's ethnic groups, that reports the list) wins. Within a tier the figure describing the
 * latest year wins, and when a figure's year is unknown the one published last: the Factbook's
 * year-end archive and its mid-year JSON snapshots are one tier, and a census result curated from
 * the statistics office competes with them on the year it describes.
 *
 * @param tiers dataset ids, grouped into tiers of equal preference; at least one dataset
 * @param allowRevised whether datasets whose history was revised after the fact (COW, World Bank,
 *     SIPRI, UN ideal points) may be used; values from them are flagged
 */
public record Sourcing(List<List<String>> tiers, boolean allowRevised) {
  /** Copies the tiers; requires at least one dataset and no dataset twice. */
  public Sourcing {
    Objects.requireNonNull(tiers, "tiers");
    List<List<String>> copy = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (List<String> tier : tiers) {
      if (tier.isEmpty()) {
        throw new IllegalArgumentException("A source tier is empty; list at least one dataset");
      }
      for (String d : tier) {
        if (d == null || d.isBlank()) {
          throw new IllegalArgumentException("A source tier names a blank dataset");
        }
        if (!seen.add(d)) {
          throw new IllegalArgumentException("Dataset '" + d + "' is listed twice");
        }
      }
      copy.add(List.copyOf(tier));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("A sourcing needs at least one dataset");
    }
    tiers = List.copyOf(copy);
  }

  /** One tier of datasets, as-known only. */
  public static Sourcing of(String... datasets) {
    return new Sourcing(List.of(List.of(datasets)), false);
  }

  /** One tier of datasets, revised histories allowed. */
  public static Sourcing revised(String... datasets) {
    return new Sourcing(List.of(List.of(datasets)), true);
  }

  /** Every dataset, in order of preference. */
  public List<String> datasets() {
    List<String> out = new ArrayList<>();
    tiers.forEach(out::addAll);
    return out;
  }

  /**
   * The same choice as a panel {@link SourcePolicy}: the datasets in order of preference. (A policy
   * has no tiers: it takes the first dataset that knows a value.)
   */
  public SourcePolicy policy() {
    return new SourcePolicy(datasets(), allowRevised);
  }

  /** E.g. {@code factbook-archive|factbook-json > wdi-population (revised allowed)}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    for (List<String> t : tiers) {
      parts.add(String.join("|", t));
    }
    return String.join(" > ", parts) + (allowRevised ? " (revised allowed)" : "");
  }
}
