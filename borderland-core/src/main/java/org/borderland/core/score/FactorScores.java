package org.borderland.core.score;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One target's factor scores as an unmodifiable map in model order, held as an array: what the
 * scorer gives {@link TargetResult} without a map node and a boxed number per factor. It equals,
 * hashes and prints as a {@link java.util.LinkedHashMap} of the same entries would.
 */
final class FactorScores extends AbstractMap<String, Double> {
  private final List<String> ids;
  private final double[] scores;

  /**
   * @param ids the factor ids, in model order (shared, immutable)
   * @param scores one score per id; the map keeps this array, so the caller must not change it
   */
  FactorScores(List<String> ids, double[] scores) {
    if (ids.size() != scores.length) {
      throw new IllegalArgumentException(ids.size() + " factors but " + scores.length + " scores");
    }
    this.ids = ids;
    this.scores = scores;
  }

  @Override
  public int size() {
    return scores.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return ids.indexOf(key) >= 0;
  }

  @Override
  public Double get(Object key) {
    int i = ids.indexOf(key);
    return i < 0 ? null : scores[i];
  }

  @Override
  public Set<Map.Entry<String, Double>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return scores.length;
      }

      @Override
      public Iterator<Map.Entry<String, Double>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < scores.length;
          }

          @Override
          public Map.Entry<String, Double> next() {
            if (next >= scores.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(ids.get(i), scores[i]);
          }
        };
      }
    };
  }
}
