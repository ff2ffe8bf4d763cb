package org.borderland.data.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.indicator.RawCalculator;
import org.borderland.core.model.Model;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.PanelIndex;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.curated.CuratedFacts;
import org.borderland.data.registry.RegistryTables;
import org.borderland.data.store.PanelStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hedging and leader relations for any aggressor, on the committed panel with the essay's model:
 * rivals from the strategic-rivalry data, no hand-written list.
 */
class CommittedPanelHedgingTest {
  private static final List<String> HEDGING =
      List.of("aggressor_ties", "rival_ties", "hedging_score");

  private static PanelIndex index;
  private static RawCalculator essay;

  @BeforeAll
  static void load() throws Exception {
    Path root = PanelLocation.projectRoot().orElseThrow();
    Panel panel = new Panel(PanelStore.read(root.resolve("panel")));
    index = panel.index();
    CountryRegistry registry = RegistryTables.standard();
    Model model = ShippedModelsTest.load("essay");
    CuratedFactCounts curated =
        new CuratedFactCounts(
            CuratedFacts.load(
                root.resolve("curated/facts.yaml"),
                root.resolve("curated/researched.yaml"),
                registry));
    essay = new RawCalculator(model, index, curated, registry);
  }

  private static RawTable raw(String aggressor, int year, String... targets) {
    return essay.compute(aggressor, year, List.of(targets));
  }

  @Test
  void theEssayModelNamesNoRivalsByHand() {
    for (String a : List.of("RUS", "CHN", "TUR")) {
      assertThat(essay.model().profile(a).rivalPartners()).as(a).isEmpty();
    }
  }

  @Test
  void hedgingHasValuesForAggressorsTheModelDoesNotDescribe() {
    Object[][] cases = {
      {"USA", 2024, new String[] {"CAN", "MEX"}},
      {"IND", 2021, new String[] {"NPL", "BGD", "BTN"}},
      {"ISR", 2021, new String[] {"LBN", "JOR"}},
      {"AZE", 2021, new String[] {"GEO", "IRN", "TUR"}},
    };
    for (Object[] c : cases) {
      String a = (String) c[0];
      String[] targets = (String[]) c[2];
      RawTable t = raw(a, (Integer) c[1], targets);
      for (String target : targets) {
        for (String id : HEDGING) {
          RawValue v = t.get(target, id);
          assertThat(v.isFilled()).as(a + "→" + target + " " + id + ": " + v.note()).isTrue();
        }
      }
    }
  }

  @Test
  void rivalsComeFromTheRivalryDataForEachAggressor() {
    assertThat(raw("IND", 2019, "NPL").get("NPL", "rival_ties").note())
        .startsWith("strategic rivals of IND: CHN, PAK (tss-rivalries);");
    assertThat(raw("AZE", 2019, "GEO").get("GEO", "rival_ties").note())
        .startsWith("strategic rivals of AZE: ARM (tss-rivalries);");
    assertThat(raw("RUS", 2010, "KAZ").get("KAZ", "rival_ties").note())
        .startsWith("strategic rivals of RUS: USA (tss-rivalries);");
    assertThat(raw("RUS", 2000, "KAZ").get("KAZ", "rival_ties").note())
        .startsWith("no strategic rival of RUS as known in 2000 (tss-rivalries)");
    RawValue lebanon = raw("ISR", 2019, "LBN").get("LBN", "rival_ties");
    assertThat(lebanon.note()).startsWith("strategic rivals of ISR: EGY, IRN, IRQ, SYR");
    assertThat(lebanon.value()).as("Arab League pacts with Egypt, Iraq and Syria").isEqualTo(3.0);
  }

  @Test
  void aRivalryAfter2020IsCarriedForwardAndFlagged() {
    List<Observation> rows = index.rows("RUS", "strategic_rival", "tss-rivalries", "USA");
    assertThat(rows.get(rows.size() - 1).refYear()).isEqualTo(2020);

    RawValue in2024 = raw("RUS", 2024, "POL").get("POL", "rival_ties");
    assertThat(in2024.value()).as("a pact with the USA, NATO and the EU").isEqualTo(3.0);
    assertThat(in2024.note())
        .contains("the rivalry data end in 2020: USA, UKR carried forward as the last known");
    assertThat(in2024.sources())
        .filteredOn(o -> o.indicator().equals("strategic_rival"))
        .extracting(Observation::refYear)
        .containsOnly(2020);
    assertThat(raw("RUS", 2020, "POL").get("POL", "rival_ties").note())
        .doesNotContain("carried forward");
    assertThat(raw("RUS", 2024, "KAZ").get("KAZ", "hedging_score").note())
        .contains("carried forward as the last known");
  }

  @Test
  void russiaKazakhstanHedgingStillHasAValue() {
    for (int year : List.of(2013, 2021, 2025)) {
      RawTable t = raw("RUS", year, "KAZ", "POL");
      RawValue kaz = t.get("KAZ", "hedging_score");
      assertThat(kaz.isFilled()).as(year + ": " + kaz.note()).isTrue();
      assertThat(kaz.value()).as("tied to Russia, votes partly with its rivals").isPositive();
      assertThat(kaz.note()).startsWith("alignment with RUS 1 × with its rivals");
      assertThat(t.get("KAZ", "aggressor_ties").value()).isEqualTo(4.0);
      assertThat(t.get("POL", "hedging_score").value())
          .as("firmly with the rivals")
          .isLessThan(kaz.value());
    }
  }

  @Test
  void aTargetThatIsItselfARivalIsNotBetweenTheSides() {
    RawValue ukr = raw("RUS", 2021, "UKR").get("UKR", "hedging_score");
    assertThat(ukr.value()).isZero();
    assertThat(ukr.note()).startsWith("UKR is itself a strategic rival of RUS");
  }

  @Test
  void leaderRelationsAreMissingForAnyPairNobodyResearched() {
    Object[][] pairs = {
      {"USA", "MEX"}, {"IND", "NPL"}, {"AZE", "ARM"}, {"ISR", "LBN"}, {"CHN", "VNM"}, {"RUS", "POL"}
    };
    for (Object[] pair : pairs) {
      String a = (String) pair[0];
      String t = (String) pair[1];
      RawValue v = raw(a, 2021, t).get(t, "leader_facts");
      assertThat(v.isFilled()).as(a + "→" + t).isFalse();
      assertThat(v.note())
          .isEqualTo(
              a
                  + "→"
                  + t
                  + " leader_relations has not been researched (curated/researched.yaml): the count"
                  + " is unknown, not 0");
    }
    RawValue kaz = raw("RUS", 2022, "KAZ").get("KAZ", "leader_facts"); // researched for 2022
    assertThat(kaz.value()).as("researched and cited").isPositive();
    assertThat(kaz.sources()).allMatch(o -> o.source().dataset().equals("curated"));
  }
}
