package org.borderland.data.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.borderland.core.country.UnknownCountryException;
import org.borderland.core.indicator.RawCalculator;
import org.borderland.core.model.CandidateSet;
import org.borderland.core.model.Definition;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.RawValue;
import org.borderland.core.scenario.Scenario;
import org.borderland.core.scenario.ScenarioDiff;
import org.borderland.core.scenario.World;
import org.borderland.core.scenario.WorldScorer;
import org.borderland.core.score.Scoring;
import org.borderland.core.score.TargetResult;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.engine.Engine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scenarios applied to the committed panel: what each change does, and bad input refused. */
class WorldScorerOnPanelTest {
  private static Engine engine;
  private static Model essay;

  @BeforeAll
  static void load() throws Exception {
    Path root = PanelLocation.projectRoot().orElseThrow();
    engine = Engine.load(root.resolve("panel"), root.resolve("curated"));
    essay = engine.model("essay").model();
  }

  private static Scenario scenario(String yaml) throws ScenarioFileException {
    return ScenarioReader.read(yaml, "test.yaml");
  }

  private static WorldScorer scorer(Scenario s) {
    return engine.worlds(essay, s);
  }

  private static World world(String yaml, int year) throws ScenarioFileException {
    Scenario s = scenario(yaml);
    return scorer(s).world(s, "RUS", year);
  }

  @Test
  void aWorldAsItIsScoresExactlyAsRank() {
    WorldScorer ws = scorer(Scenario.none());
    Scoring viaWorld = ws.score(World.asIs("RUS", 2021));
    CandidateSet set = engine.candidates(essay, "RUS", 2021, java.util.Optional.empty());
    Scoring direct = engine.scorer(essay).score("RUS", 2021, set.codes());
    assertThat(viaWorld.results()).hasSameSizeAs(direct.results());
    for (int i = 0; i < direct.results().size(); i++) {
      TargetResult a = direct.results().get(i);
      TargetResult b = viaWorld.results().get(i);
      assertThat(b.target()).isEqualTo(a.target());
      assertThat(b.index()).isEqualTo(a.index());
    }
  }

  @Test
  void absorbingUkraineMovesItsBordersAndCapacityIntoRussia() throws Exception {
    World w = world("scenario: {name: U}\nabsorb: [UKR]\n", 2022);
    WorldScorer ws = scorer(Scenario.none());
    List<String> candidates = ws.candidates(w).codes();
    List<String> before = ws.candidates(World.asIs("RUS", 2022)).codes();
    assertThat(candidates).doesNotContain("UKR", "RUS");
    assertThat(before).contains("UKR");
    // Ukraine's western neighbours become the region's land neighbours.
    assertThat(candidates).contains("POL", "SVK", "HUN", "ROU", "MDA");

    RawTable raw = ws.raw(w, candidates);
    RawCalculator calc =
        new RawCalculator(
            essay,
            engine.panel().index(),
            org.borderland.core.model.CuratedCounts.none(),
            engine.registry());
    IndicatorSpec border = essay.indicator("land_border").orElseThrow();
    double rusMda = calc.compute("RUS", 2022, "MDA", border).valueOrNaN();
    double ukrMda = calc.compute("UKR", 2022, "MDA", border).valueOrNaN();
    assertThat(ukrMda).isGreaterThan(900); // Moldova–Ukraine: over 1,000 km in the Factbook
    assertThat(raw.get("MDA", "land_border").value()).isEqualTo(rusMda + ukrMda);
    assertThat(raw.get("MDA", "land_border").note()).contains("region RUS+UKR");

    IndicatorSpec pop = essay.indicator("population_ratio").orElseThrow();
    assertThat(pop.definition()).isInstanceOf(Definition.Ratio.class);
    double rus = calc.quantity("RUS", Definition.Quantity.POPULATION, 2022, pop).valueOrNaN();
    double ukr = calc.quantity("UKR", Definition.Quantity.POPULATION, 2022, pop).valueOrNaN();
    double kaz = calc.quantity("KAZ", Definition.Quantity.POPULATION, 2022, pop).valueOrNaN();
    assertThat(raw.get("KAZ", "population_ratio").value())
        .isCloseTo((rus + ukr) / kaz, within(1e-9 * (rus + ukr) / kaz));
    assertThat(raw.get("KAZ", "population_ratio").sources().size()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void absorbingUkraineRaisesMoldovasBorderFactorAndIndex() throws Exception {
    World w = world("scenario: {name: U}\nabsorb: [UKR]\n", 2022);
    WorldScorer ws = scorer(Scenario.none());
    Scoring before = ws.score(World.asIs("RUS", 2022));
    Scoring after = ws.score(w);
    TargetResult b = before.result("MDA").orElseThrow();
    TargetResult a = after.result("MDA").orElseThrow();
    assertThat(a.factors().get("border")).isGreaterThan(b.factors().get("border") + 30);
    assertThat(a.index()).isGreaterThan(b.index());
    ScenarioDiff diff = ScenarioDiff.of(before, after, w);
    ScenarioDiff.Row mda =
        diff.rows().stream().filter(r -> r.target().equals("MDA")).findFirst().orElseThrow();
    assertThat(mda.factors().get(0).factor()).isEqualTo("border");
    assertThat(mda.rawChanged()).contains("land_border", "population_ratio");
    assertThat(diff.rows())
        .anySatisfy(
            r -> {
              assertThat(r.target()).isEqualTo("UKR");
              assertThat(r.status()).isEqualTo(ScenarioDiff.Status.ABSORBED);
              assertThat(r.rankAfter()).isNull();
            });
    assertThat(diff.rows())
        .anySatisfy(
            r -> {
              assertThat(r.target()).isEqualTo("AUT"); // one further, through Hungary
              assertThat(r.status()).isEqualTo(ScenarioDiff.Status.NEW);
            });
  }

  @Test
  void settingAValueReplacesTheRawValueCitesTheScenarioAndCanChangeTheRanking() throws Exception {
    World w =
        world(
            "scenario: {name: S}\nset:\n  - {country: KAZ, indicator: kin_share, value: 0, note: q}\n"
                + "  - {country: KAZ, indicator: kin_people, value: 0}\n"
                + "  - {country: KAZ, indicator: language_share, value: 0}\n"
                + "  - {country: KAZ, indicator: land_border, value: 0}\n",
            2021);
    WorldScorer ws = scorer(Scenario.none());
    Scoring before = ws.score(World.asIs("RUS", 2021));
    Scoring after = ws.score(w);
    RawValue v = after.raw().get("KAZ", "kin_share");
    assertThat(v.value()).isZero();
    assertThat(v.note())
        .contains("set by the scenario (test.yaml line 3): q")
        .contains("the data gave");
    assertThat(after.result("KAZ").orElseThrow().index())
        .isLessThan(before.result("KAZ").orElseThrow().index());
    assertThat(after.result("KAZ").orElseThrow().rank())
        .isGreaterThan(before.result("KAZ").orElseThrow().rank());
  }

  @Test
  void leavingBlocsLowersKazakhstansTiesWithRussia() throws Exception {
    World w =
        world("scenario: {name: M}\nmembership:\n  - {country: KAZ, leave: [CSTO, EAEU]}\n", 2025);
    WorldScorer ws = scorer(Scenario.none());
    RawValue before = ws.raw(World.asIs("RUS", 2025), List.of("KAZ")).get("KAZ", "aggressor_ties");
    RawValue after = ws.raw(w, List.of("KAZ")).get("KAZ", "aggressor_ties");
    // ATOP's defence pact with Russia, and CSTO, EAEU and CIS in the 2025 Factbook list
    assertThat(before.value()).isEqualTo(4.0);
    assertThat(after.value()).isEqualTo(2.0);
    assertThat(after.note()).contains("scenario: KAZ leaves CSTO, leaves EAEU");
  }

  @Test
  void weightsFromTheScenarioChangeTheIndex() throws Exception {
    Scenario s = scenario("scenario: {name: W}\nweights: {kin_population: 0, border: 5}\n");
    WorldScorer ws = scorer(s);
    assertThat(ws.model().factor("border").orElseThrow().weight()).isEqualTo(5.0);
    Scoring after = ws.score(ws.world(s, "RUS", 2021));
    Scoring before = scorer(Scenario.none()).score(World.asIs("RUS", 2021));
    assertThat(after.result("KAZ").orElseThrow().index())
        .isNotEqualTo(before.result("KAZ").orElseThrow().index());
    Scenario bad = scenario("scenario: {name: W}\nweights: {kin_popluation: 2}\n");
    assertThatThrownBy(() -> scorer(bad))
        .hasMessageContaining("test.yaml line 2")
        .hasMessageContaining("did you mean kin_population?");
  }

  @Test
  void badScenarioEntriesAreRefusedNamingFileAndLine() throws Exception {
    assertThatThrownBy(() -> world("scenario: {name: X}\nabsorb: [RUS]\n", 2022))
        .hasMessageContaining("test.yaml line 2")
        .hasMessageContaining("the aggressor RUS itself");
    assertThatThrownBy(() -> world("scenario: {name: X}\nabsorb: [UKX]\n", 2022))
        .isInstanceOf(UnknownCountryException.class)
        .hasMessageContaining("test.yaml line 2")
        .hasMessageContaining("UKR");
    assertThatThrownBy(() -> world("scenario: {name: X}\nabsorb:\n  - UKR\n  - AUS\n", 2022))
        .hasMessageContaining("test.yaml line 4")
        .hasMessageContaining("AUS (Australia) cannot be reached from RUS+UKR");
    assertThatThrownBy(
            () ->
                world(
                    "scenario: {name: X}\nset:\n  - {country: KAZ, indicator: kin_share, value: 140}\n",
                    2022))
        .hasMessageContaining("test.yaml line 3")
        .hasMessageContaining("out of range for kin_share")
        .hasMessageContaining("0 to 100");
    assertThatThrownBy(
            () ->
                world(
                    "scenario: {name: X}\nset:\n  - {country: KAZ, indicator: kin_shar, value: 1}\n",
                    2022))
        .hasMessageContaining("did you mean kin_share?");
    assertThatThrownBy(
            () ->
                world("scenario: {name: X}\nmembership:\n  - {country: KAZ, leave: [SCO]}\n", 2022))
        .hasMessageContaining("test.yaml line 3")
        .hasMessageContaining("no bloc 'SCO'");
    assertThatThrownBy(() -> world("scenario: {name: X, aggressor: CHN}\nabsorb: [MNG]\n", 2022))
        .hasMessageContaining("written for aggressor CHN");
    assertThatThrownBy(() -> world("scenario: {name: X}\nabsorb: [SUN]\n", 2022))
        .hasMessageContaining("did not exist in 2022");
  }

  @Test
  void absorptionsAreAppliedInOrderSoAStateBeyondAnAbsorbedOneBecomesReachable()
      throws IOException, ScenarioFileException {
    // Austria is no neighbour of Russia, nor one land border further; once Ukraine is absorbed,
    // Hungary is a neighbour of the region, and once Hungary is, Austria is.
    assertThatThrownBy(() -> world("scenario: {name: X}\nabsorb: [AUT]\n", 2022))
        .hasMessageContaining("cannot be reached");
    World w = world("scenario: {name: X}\nabsorb: [UKR, HUN, AUT]\n", 2022);
    assertThat(w.absorbed()).containsExactly("UKR", "HUN", "AUT");
  }

  @Test
  void aScenariosSeaRouteTakesKazakhstansGatewayAway() throws Exception {
    Scenario sea = scenario("scenario: {name: Sea}\ntransit: {sea: true}\n");
    WorldScorer ws = scorer(sea);
    World w = ws.world(sea, "RUS", 2021);
    List<String> targets = ws.candidates(w).codes();
    RawValue before =
        scorer(Scenario.none()).raw(World.asIs("RUS", 2021), targets).get("KAZ", "gateway");
    RawValue after = ws.raw(w, targets).get("KAZ", "gateway");
    assertThat(before.value()).isGreaterThanOrEqualTo(3.0); // UZB, KGZ, TKM among the candidates
    assertThat(after.value()).isZero();
    assertThat(ws.shielding(w).shields("KAZ")).doesNotContain("UZB", "KGZ", "TJK", "TKM");
  }

  @Test
  void kazakhstanJoiningNatoClosesCentralAsiaToRussiaByLand() throws Exception {
    Scenario nato =
        scenario("scenario: {name: N}\nmembership:\n  - {country: KAZ, join: [NATO]}\n");
    WorldScorer ws = scorer(nato);
    World w = ws.world(nato, "RUS", 2025);
    var sh = ws.shielding(w);
    assertThat(sh.impassable()).containsEntry("KAZ", "NATO member (scenario)");
    for (String c : List.of("UZB", "KGZ", "TJK", "TKM")) {
      assertThat(sh.exposures().get(c).reachable()).as(c).isFalse();
    }
    assertThat(sh.exposures().get("KAZ").exposed()).isTrue(); // still a target
  }

  @Test
  void absorbingUkraineMovesTheRegionsFrontier() throws Exception {
    Scenario u = scenario("scenario: {name: U}\nabsorb: [UKR]\n");
    WorldScorer ws = scorer(u);
    World w = ws.world(u, "RUS", 2022);
    var sh = ws.shielding(w);
    assertThat(sh.region()).containsExactlyInAnyOrder("RUS", "UKR");
    assertThat(sh.exposures().get("MDA").exposed()).isTrue();
    assertThat(ws.exposed(w, ws.candidates(w))).contains("MDA").doesNotContain("UKR");
    Scenario far = scenario("scenario: {name: F}\nabsorb: [UKR, PRT]\n");
    assertThatThrownBy(() -> scorer(far).world(far, "RUS", 2022))
        .hasMessageContaining("test.yaml line 2")
        .hasMessageContaining("PRT (Portugal) cannot be reached from RUS+UKR")
        .hasMessageContaining("no admissible path");
  }
}
