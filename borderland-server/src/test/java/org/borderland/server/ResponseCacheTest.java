package org.borderland.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The response cache: expiry counted from when an answer was computed, bounded by memory. */
class ResponseCacheTest {
  private final AtomicLong now = new AtomicLong();

  private ResponseCache cache(long bytes) {
    return new ResponseCache(Duration.ofSeconds(60), bytes, now::get);
  }

  @Test
  void anAnswerThatTookLongerThanTheExpiryIsStillReused() {
    ResponseCache c = cache(1 << 20);
    // the request arrived at 0 s, its answer took 69 s: it is kept from 69 s
    now.set(Duration.ofSeconds(69).toNanos());
    c.put(List.of("rank"), "{}".getBytes(StandardCharsets.UTF_8));
    now.set(Duration.ofSeconds(70).toNanos());
    assertThat(c.get(List.of("rank"))).asString(StandardCharsets.UTF_8).isEqualTo("{}");
    now.set(Duration.ofSeconds(128).toNanos());
    assertThat(c.get(List.of("rank"))).asString(StandardCharsets.UTF_8).isEqualTo("{}");
    now.set(Duration.ofSeconds(130).toNanos());
    assertThat(c.get(List.of("rank"))).isNull();
    assertThat(c.size()).isZero();
    assertThat(c.bytes()).isZero();
  }

  @Test
  void theCacheIsBoundedByMemoryAndDropsTheLeastRecentlyUsed() {
    byte[] answer = "x".repeat(20_000).getBytes(StandardCharsets.UTF_8); // ~20 KB each
    ResponseCache c = cache(100_000);
    for (int i = 0; i < 10; i++) {
      c.get(List.of("a0")); // keep a0 recently used
      c.put(List.of("a" + i), answer);
    }
    assertThat(c.bytes()).isLessThanOrEqualTo(100_000);
    assertThat(c.size()).isBetween(3, 5);
    assertThat(c.get(List.of("a0"))).isEqualTo(answer);
    assertThat(c.get(List.of("a9"))).isEqualTo(answer);
    assertThat(c.get(List.of("a1"))).isNull();
    c.put(List.of("huge"), "y".repeat(120_000).getBytes(StandardCharsets.UTF_8));
    assertThat(c.get(List.of("huge"))).isNull(); // larger than the whole cache: not kept
  }
}
