package org.borderland.core.score;

import java.util.Map;

/**
 * One candidate target's result.
 *
 * @param target ISO3
 * @param index the index, 0–100 with the default min-max normalisation; NaN when nothing was known
 * @param rank the rank among the candidates (1 = most exposed), or {@code null} without an index
 * @param factors factor id → factor score (NaN when all its indicators were missing), in model
 *     order
 * @param quality how complete its data was
 */
public record TargetResult(
    String target, double index, Integer rank, Map<String, Double> factors, Quality quality) {
  /** Copies the map, keeping its order (the scorer's own maps are immutable: kept as they are). */
  public TargetResult {
    if (!(factors instanceof FactorScores)) {
      factors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factors));
    }
  }

  /** The factors with a score, of the model's factors. */
  public Coverage coverage() {
    int present = 0;
    for (Double v : factors.values()) {
      if (v != null && !v.isNaN()) {
        present++;
      }
    }
    return new Coverage(present, factors.size());
  }
}
