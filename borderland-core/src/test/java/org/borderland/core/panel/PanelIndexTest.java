package org.borderland.core.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderland.core.model.ModelFixtures.fb;
import static org.borderland.core.model.ModelFixtures.json;
import static org.borderland.core.model.ModelFixtures.rev;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.borderland.core.panel.PanelIndex.Found;
import org.borderland.core.panel.PanelIndex.Outcome;
import org.junit.jupiter.api.Test;

class PanelIndexTest {
  private static final Panel PANEL =
      new Panel(
          List.of(
              fb("KAZ", "ethnic_share", "Kazakh", 40.0, null, 1992),
              fb("KAZ", "ethnic_share", "Russian", null, null, 1992),
              fb("KAZ", "ethnic_share", "Russian", 37.0, 1991, 1995),
              fb("KAZ", "ethnic_share", "Other Slavs", 7.0, null, 1993),
              fb("KAZ", "land_border_km", "RUS", 7644.0, null, 2017),
              fb("KAZ", "land_border_total_km", "", 13364.0, null, 2018),
              fb("KAZ", "land_border_total_km", "", 13364.0, null, 2019),
              json("KAZ", "land_border_km", "RUS", 7644.0, null, 2020),
              rev("wdi-population", "KAZ", "population", "", 1.8e7, 2015),
              rev("wdi-population", "KAZ", "population", "", 1.9e7, 2020)));

  @Test
  void answersExactlyAsTheReferenceLookupDoes() {
    PanelIndex index = PANEL.index();
    String[][] series = {
      {"KAZ", "ethnic_share", "Russian"},
      {"KAZ", "ethnic_share", "Kazakh"},
      {"KAZ", "ethnic_share", "Other Slavs"},
      {"KAZ", "ethnic_share", "Uzbek"},
      {"KAZ", "land_border_km", "RUS"},
      {"KAZ", "land_border_km", "CHN"},
      {"KAZ", "population", ""},
      {"UZB", "population", ""},
    };
    for (String[] s : series) {
      SeriesKey k = new SeriesKey(s[0], s[1], s[2]);
      for (int year = 1990; year <= 2022; year++) {
        for (String dataset : List.of("factbook-archive", "factbook-json", "wdi-population")) {
          for (boolean revised : new boolean[] {false, true}) {
            PointInTime expected = AsKnownReference.asKnownIn(PANEL, k, year, dataset, revised);
            assertThat(index.asKnownIn(k, year, dataset, revised))
                .as(k + " " + year + " " + dataset)
                .isEqualTo(expected);
            assertThat(PANEL.asKnownIn(k, year, dataset, revised))
                .as("the panel's lookup is the index's")
                .isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  void tellsANamedKeyWithoutAFigureFromOneLeftOutOfTheList() {
    PanelIndex index = PANEL.index();
    Found named = index.lookup("KAZ", "ethnic_share", "Russian", 1993, "factbook-archive", false);
    // 1993 has only 'Other Slavs'; the 1992 list named Russian without a figure, but the newest
    // edition with figures is 1993, which leaves Russian out.
    assertThat(named.outcome()).isEqualTo(Outcome.NOT_LISTED);
    assertThat(named.edition()).isEqualTo(1993);
    assertThat(named.listRow().key()).isEqualTo("Other Slavs");
    Found na = index.lookup("KAZ", "ethnic_share", "Russian", 1992, "factbook-archive", false);
    assertThat(na.outcome()).isEqualTo(Outcome.NAMED_WITHOUT_VALUE);
    assertThat(na.observation().value()).isNull();
    Found none = index.lookup("KAZ", "ethnic_share", "Russian", 1990, "factbook-archive", false);
    assertThat(none.outcome()).isEqualTo(Outcome.NONE);
    assertThat(none.note()).isEqualTo("no edition published by 1990 reports it");
  }

  @Test
  void givesTheRowsOfTheNewestEditionOfATextAndTheKeysOfASeries() {
    Panel p =
        new Panel(
            List.of(
                fb("KAZ", "broadcast_media", "", null, null, 2019),
                fb("KAZ", "broadcast_media", "", null, null, 2021),
                fb("KAZ", "broadcast_foreign", "RUS", 1.0, null, 2019)));
    PanelIndex index = p.index();
    List<Observation> text =
        index.newestEditionRows("KAZ", "broadcast_media", "factbook-archive", 2020);
    assertThat(text).singleElement().extracting(Observation::edition).isEqualTo(2019);
    assertThat(index.editionRows("KAZ", "broadcast_foreign", "factbook-archive", 2019, "RUS"))
        .hasSize(1);
    assertThat(index.keys("KAZ", "broadcast_foreign", "factbook-archive")).containsExactly("RUS");
    assertThat(index.editionsAfter("KAZ", "factbook-archive", 2019, 2021)).containsExactly(2021);
    assertThat(p.index()).isSameAs(p.index());
  }

  @Test
  void aPanelBuildsItsIndexOnceWhenSeveralThreadsAskAtOnce() throws Exception {
    Panel p = new Panel(List.of(fb("KAZ", "population", "", 1.0e7, null, 2000)));
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<PanelIndex>> asked = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        asked.add(
            pool.submit(
                () -> {
                  start.await();
                  return p.index();
                }));
      }
      for (Future<PanelIndex> f : asked) {
        assertThat(f.get()).isSameAs(p.index());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(p.index().panel()).isSameAs(p);
  }

  @Test
  void aDroppedPanelIsCollectedWithItsIndex() throws InterruptedException {
    // The index is the panel's own state: nothing static keeps either alive.
    Panel p = new Panel(List.of(fb("KAZ", "population", "", 1.0e7, null, 2000)));
    assertThat(p.index().lookup("KAZ", "population", "", 2001, "factbook-archive", false).value())
        .isEqualTo(1.0e7);
    java.lang.ref.WeakReference<Panel> ref = new java.lang.ref.WeakReference<>(p);
    p = null;
    for (int i = 0; i < 50 && ref.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(ref.get()).as("a panel indexed once and dropped is collected").isNull();
  }
}
