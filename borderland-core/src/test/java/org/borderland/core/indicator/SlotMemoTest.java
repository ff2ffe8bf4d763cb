package org.borderland.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderland.core.model.ModelFixtures.FACTBOOK;
import static org.borderland.core.model.ModelFixtures.spec;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.borderland.core.indicator.SlotMemo.Slots;
import org.borderland.core.model.Definition;
import org.borderland.core.model.IndicatorSpec;
import org.junit.jupiter.api.Test;

class SlotMemoTest {
  private static final IndicatorSpec A = spec("a", new Definition.KinShare(), FACTBOOK);
  private static final IndicatorSpec B = spec("b", new Definition.LanguageShare(), FACTBOOK);

  /** A value naming its slot, counting the computations in {@code count}. */
  private static String fill(AtomicInteger count, String tag, String country, int year, String s) {
    count.incrementAndGet();
    return tag + " " + country + " " + year + " " + s;
  }

  private static String get(SlotMemo memo, Slots m, int slot, int year, IndicatorSpec spec) {
    return get(memo, m, slot, year, spec, new AtomicInteger());
  }

  private static String get(
      SlotMemo memo, Slots m, int slot, int year, IndicatorSpec spec, AtomicInteger count) {
    return memo.get(
        m,
        slot,
        year,
        spec,
        count,
        "slot " + slot,
        (n, tag, c, y, s) -> fill(n, tag, c, y, s.id()));
  }

  @Test
  void computesAValueOncePerCountryIndicatorSlotAndYear() {
    SlotMemo memo = new SlotMemo(List.of(A, B));
    Slots kaz = memo.of("KAZ");
    AtomicInteger count = new AtomicInteger();
    String first = get(memo, kaz, SlotMemo.MAIN, 2021, A, count);
    assertThat(first).isEqualTo("slot 0 KAZ 2021 a");
    assertThat(get(memo, kaz, SlotMemo.MAIN, 2021, A, count)).isSameAs(first);
    assertThat(count).hasValue(1);

    assertThat(get(memo, kaz, SlotMemo.MAIN, 2020, A, count)).isEqualTo("slot 0 KAZ 2020 a");
    assertThat(get(memo, kaz, SlotMemo.AUX, 2021, A, count)).isEqualTo("slot 1 KAZ 2021 a");
    assertThat(get(memo, kaz, SlotMemo.MAIN, 2021, B, count)).isEqualTo("slot 0 KAZ 2021 b");
    assertThat(get(memo, memo.of("UZB"), SlotMemo.MAIN, 2021, A, count))
        .isEqualTo("slot 0 UZB 2021 a");
    assertThat(count).hasValue(5);
    assertThat(memo.of("KAZ")).isSameAs(kaz);
  }

  @Test
  void keepsOneShareSlotPerListOfNamesWhicheverAggressorAsks() {
    SlotMemo memo = new SlotMemo(List.of(A, B));
    int russian = memo.namesId(List.of("Russian"));
    int chinese = memo.namesId(List.of("Han Chinese"));
    assertThat(russian).isNotEqualTo(chinese);
    assertThat(memo.namesId(new java.util.ArrayList<>(List.of("Russian")))).isEqualTo(russian);
    Slots kaz = memo.of("KAZ");
    AtomicInteger count = new AtomicInteger();
    for (int id : new int[] {russian, chinese, russian, chinese}) {
      memo.share(
          kaz, id, 2021, B, count, "names " + id, (n, tag, c, y, s) -> fill(n, tag, c, y, s.id()));
    }
    assertThat(count).hasValue(2);
    // Many lists of names: the year's array grows and keeps what it held.
    for (int i = 0; i < 40; i++) {
      memo.share(
          kaz,
          memo.namesId(List.of("group " + i)),
          2021,
          A,
          count,
          "g",
          (n, tag, c, y, s) -> fill(n, tag, c, y, s.id()));
    }
    assertThat(count).hasValue(42);
    memo.share(
        kaz, russian, 2021, B, count, "again", (n, tag, c, y, s) -> fill(n, tag, c, y, s.id()));
    assertThat(count).hasValue(42);
  }

  @Test
  void computesASpecFromOutsideTheModelOrAYearOutOfRangeEveryTime() {
    SlotMemo memo = new SlotMemo(List.of(A));
    Slots kaz = memo.of("KAZ");
    IndicatorSpec sameId = spec("a", new Definition.KinShare(), FACTBOOK);
    assertThat(memo.indexOf(sameId)).isEqualTo(-1);
    AtomicInteger count = new AtomicInteger();
    get(memo, kaz, SlotMemo.MAIN, 2021, sameId, count);
    get(memo, kaz, SlotMemo.MAIN, 2021, sameId, count);
    int last = SlotMemo.FIRST_YEAR + SlotMemo.YEARS;
    for (int year : new int[] {SlotMemo.FIRST_YEAR - 1, last}) {
      get(memo, kaz, SlotMemo.MAIN, year, A, count);
      get(memo, kaz, SlotMemo.MAIN, year, A, count);
    }
    assertThat(count).hasValue(6);
    get(memo, kaz, SlotMemo.MAIN, last - 1, A, count);
    get(memo, kaz, SlotMemo.MAIN, last - 1, A, count);
    assertThat(count).hasValue(7);
  }

  @Test
  void keepsAPairValueOncePerAggressorTargetAndIndicator() {
    SlotMemo memo = new SlotMemo(List.of(A, B));
    Slots rus = memo.of("RUS");
    AtomicInteger count = new AtomicInteger();
    List<Slots> targets = new ArrayList<>();
    for (int i = 0; i < 600; i++) { // past the first array of 256 targets
      targets.add(memo.of("T" + i));
    }
    for (int round = 0; round < 2; round++) {
      for (Slots t : targets) {
        for (IndicatorSpec s : List.of(A, B)) {
          String v =
              memo.pair(
                  rus,
                  t,
                  s,
                  count,
                  (n, a, target, spec) -> fill(n, "pair", a, 0, target + spec.id()));
          assertThat(v).isEqualTo("pair RUS 0 " + t.country + s.id());
        }
      }
    }
    assertThat(count).hasValue(1200);
  }

  @Test
  void concurrentCallersGetOneValuePerSlot() throws Exception {
    SlotMemo memo = new SlotMemo(List.of(A, B));
    int threads = 8;
    List<String> countries = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      countries.add("C" + i);
    }
    Map<String, AtomicInteger> computed = new ConcurrentHashMap<>();
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Map<String, String>>> results = new ArrayList<>();
      for (int th = 0; th < threads; th++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  Map<String, String> seen = new java.util.HashMap<>();
                  for (String c : countries) {
                    Slots m = memo.of(c);
                    for (int year = 2000; year < 2010; year++) {
                      for (IndicatorSpec s : List.of(A, B)) {
                        for (int slot : new int[] {SlotMemo.MAIN, SlotMemo.AUX}) {
                          String key = "slot " + slot + " " + c + " " + year + " " + s.id();
                          AtomicInteger n = computed.computeIfAbsent(key, k -> new AtomicInteger());
                          String v = get(memo, m, slot, year, s, n);
                          assertThat(v).isEqualTo(key);
                          assertThat(get(memo, m, slot, year, s, n)).isSameAs(v);
                          seen.put(key, v);
                        }
                      }
                    }
                    seen.put("pair " + c, memo.pair(memo.of("RUS"), m, A, c, (x, a, t, s) -> x));
                  }
                  return seen;
                }));
      }
      Map<String, String> first = results.get(0).get();
      assertThat(first).hasSize(40 * 10 * 2 * 2 + 40);
      for (Future<Map<String, String>> r : results) {
        Map<String, String> seen = r.get();
        assertThat(seen.keySet()).isEqualTo(first.keySet());
        for (Map.Entry<String, String> e : seen.entrySet()) {
          // A pair entry may be lost while its array grows, and computed again: equal, not same.
          assertThat(e.getValue()).as(e.getKey()).isEqualTo(first.get(e.getKey()));
          if (!e.getKey().startsWith("pair")) {
            assertThat(e.getValue()).as(e.getKey()).isSameAs(first.get(e.getKey()));
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    // A race may compute a value twice, never more often than there are threads.
    assertThat(computed.values()).allSatisfy(n -> assertThat(n.get()).isBetween(1, threads));
  }

  @Test
  void aHitAllocatesNothing() {
    assumeTrue(
        ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean b
            && b.isThreadAllocatedMemorySupported(),
        "the JVM measures each thread's allocations");
    var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    SlotMemo memo = new SlotMemo(List.of(A, B));
    Slots kaz = memo.of("KAZ");
    String tag = "tag";
    int hits = 100_000;
    long sum = 0;
    for (int round = 0; round < 2; round++) { // the first round fills the slots and links the calls
      long before = bean.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < hits; i++) {
        String v =
            memo.get(kaz, SlotMemo.MAIN, 2000 + (i & 15), A, null, tag, (_, t, c, y, s) -> t + c);
        sum += v.length();
      }
      long allocated = bean.getCurrentThreadAllocatedBytes() - before;
      if (round == 1) {
        assertThat(allocated).as("bytes allocated by %d hits", hits).isLessThan(hits / 10);
      }
    }
    assertThat(sum).isEqualTo(2L * hits * "tagKAZ".length());
  }
}
