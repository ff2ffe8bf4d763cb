package org.borderland.app.common;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Numbers as results carry them. */
public final class Numbers {
  private Numbers() {}

  /** A value for JSON: NaN (missing) as null. */
  public static Double orNull(Double v) {
    return v == null || v.isNaN() ? null : v;
  }

  /** A value for JSON: NaN (missing) as null. */
  public static Double orNull(double v) {
    return Double.isNaN(v) ? null : v;
  }

  /**
   * A map's values for JSON, NaN (missing) as null, in the map's order: a read-only view, not a
   * copy (a ranking makes one per target and request).
   */
  public static Map<String, Double> orNull(Map<String, Double> m) {
    return new AbstractMap<>() {
      @Override
      public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
          @Override
          public int size() {
            return m.size();
          }

          @Override
          public Iterator<Entry<String, Double>> iterator() {
            Iterator<Entry<String, Double>> it = m.entrySet().iterator();
            return new Iterator<>() {
              @Override
              public boolean hasNext() {
                return it.hasNext();
              }

              @Override
              public Entry<String, Double> next() {
                Entry<String, Double> e = it.next();
                return new SimpleImmutableEntry<>(e.getKey(), orNull(e.getValue()));
              }
            };
          }
        };
      }
    };
  }
}
