package org.borderland.server;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Answers of GET routes by their arguments, reused for a time counted from when each answer was
 * computed (not from when its request arrived, so a slow answer is reused too), and bounded by the
 * memory the answers take: the least recently used go first.
 */
final class ResponseCache {
  private final long ttlNanos;
  private final long maxBytes;
  private final LongSupplier clock;
  private final LinkedHashMap<List<String>, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  private record Entry(byte[] json, long until, long bytes) {}

  ResponseCache(Duration ttl, long maxBytes) {
    this(ttl, maxBytes, System::nanoTime);
  }

  /** A cache on another clock (nanoseconds), for tests. */
  ResponseCache(Duration ttl, long maxBytes, LongSupplier clock) {
    this.ttlNanos = ttl.toNanos();
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  /** The answer for {@code key} while it is fresh, or null. */
  synchronized byte[] get(List<String> key) {
    Entry e = entries.get(key);
    if (e == null) {
      return null;
    }
    if (e.until() - clock.getAsLong() <= 0) {
      remove(key);
      return null;
    }
    return e.json();
  }

  /**
   * Keeps {@code json}, computed just now, for the cache's time; an answer too large is not kept.
   */
  synchronized void put(List<String> key, byte[] json) {
    long size = sizeOf(key, json);
    if (size > maxBytes) {
      return;
    }
    remove(key);
    entries.put(key, new Entry(json, clock.getAsLong() + ttlNanos, size));
    bytes += size;
    Iterator<Map.Entry<List<String>, Entry>> it = entries.entrySet().iterator();
    while (bytes > maxBytes && it.hasNext()) {
      bytes -= it.next().getValue().bytes();
      it.remove();
    }
  }

  /** The bytes the answers take (two per character, plus the key). */
  synchronized long bytes() {
    return bytes;
  }

  /** How many answers are kept. */
  synchronized int size() {
    return entries.size();
  }

  private void remove(List<String> key) {
    Entry old = entries.remove(key);
    if (old != null) {
      bytes -= old.bytes();
    }
  }

  private static long sizeOf(List<String> key, byte[] json) {
    long n = 64 + json.length;
    for (String k : key) {
      n += 2L * k.length() + 16;
    }
    return n;
  }
}
