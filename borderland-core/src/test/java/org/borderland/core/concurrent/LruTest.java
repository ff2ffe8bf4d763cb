package org.borderland.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LruTest {
  @Test
  void aKeptValueIsNotComputedAgain() {
    Lru<String, Integer> lru = new Lru<>(2);
    AtomicInteger calls = new AtomicInteger();
    assertThat(lru.get("a", k -> calls.incrementAndGet())).isEqualTo(1);
    assertThat(lru.get("a", k -> calls.incrementAndGet())).isEqualTo(1);
    assertThat(calls).hasValue(1);
  }

  @Test
  void theLeastRecentlyUsedGoesFirstBeyondTheCapacity() {
    Lru<String, String> lru = new Lru<>(2);
    lru.get("a", k -> "A");
    lru.get("b", k -> "B");
    lru.get("a", k -> "A again"); // a is now the most recent
    lru.get("c", k -> "C"); // b goes
    assertThat(lru.size()).isEqualTo(2);
    assertThat(lru.get("a", k -> "new")).isEqualTo("A");
    assertThat(lru.get("b", k -> "B2")).isEqualTo("B2");
  }

  @Test
  void aCapacityBelowOneIsRefused() {
    assertThatThrownBy(() -> new Lru<String, String>(0)).hasMessageContaining("capacity 0");
  }
}
