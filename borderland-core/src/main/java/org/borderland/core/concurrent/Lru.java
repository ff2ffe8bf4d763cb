package org.borderland.core.concurrent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small cache of the last {@code capacity} values used, safe from several threads. The value of a
 * missing key is computed outside the lock (two threads may compute it once each; the first kept
 * wins), so a slow computation never holds up readers of other keys. It belongs to the object that
 * makes it and goes with it: there is no shared instance.
 *
 * @param <K> the key (its {@code equals} and {@code hashCode} must be value-based)
 * @param <V> the value, which must not change once made
 */
public final class Lru<K, V> {
  private final Map<K, V> map;

  /** A cache of at most {@code capacity} values. */
  public Lru(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity " + capacity + " must be at least 1");
    }
    this.map =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The value of {@code key}, computed by {@code make} when it is not kept. */
  public V get(K key, Function<? super K, ? extends V> make) {
    synchronized (map) {
      V v = map.get(key);
      if (v != null) {
        return v;
      }
    }
    V made = make.apply(key);
    synchronized (map) {
      V first = map.putIfAbsent(key, made);
      return first != null ? first : made;
    }
  }

  /** How many values are kept. */
  public int size() {
    synchronized (map) {
      return map.size();
    }
  }
}
