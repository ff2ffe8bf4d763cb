package org.borderland.app.data;

import java.util.List;
import java.util.Map;

/**
 * The curated, cited facts about an aggressor→target pair and, per factor, their count.
 *
 * @param aggressor the aggressor's code
 * @param target the target's code
 * @param asOf the day the facts are counted at ({@code Y-12-31}), or null for all
 * @param counts per factor id, the count, or null where nobody has researched it
 * @param facts the facts, by date
 */
public record FactsResult(
    String aggressor, String target, String asOf, Map<String, Integer> counts, List<Fact> facts) {
  /** Copies the list; the counts keep their order (and their nulls). */
  public FactsResult {
    counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    facts = List.copyOf(facts);
  }

  /**
   * One fact.
   *
   * @param id its id
   * @param date when (a year, a month or a day)
   * @param factor the factor it counts for
   * @param kind what sort of fact it is, in lower case
   * @param description what happened
   * @param citation a public source
   * @param verified whether someone checked it against the source
   * @param verifiedBy who, or null
   */
  public record Fact(
      String id,
      String date,
      String factor,
      String kind,
      String description,
      String citation,
      boolean verified,
      String verifiedBy) {}
}
