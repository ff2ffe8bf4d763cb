package org.borderland.data.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.borderland.core.model.Definition;
import org.borderland.core.model.Model;
import org.borderland.core.scenario.Cascade;
import org.borderland.core.scenario.Scenario;
import org.borderland.core.scenario.World;
import org.borderland.core.scenario.WorldScorer;
import org.borderland.core.score.Scoring;
import org.borderland.core.score.TargetResult;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.engine.Engine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The domino cascade on the committed panel. */
class CascadeOnPanelTest {
  private static Engine engine;
  private static Model essay;

  @BeforeAll
  static void load() throws Exception {
    Path root = PanelLocation.projectRoot().orElseThrow();
    engine = Engine.load(root.resolve("panel"), root.resolve("curated"));
    essay = engine.model("essay").model();
  }

  @Test
  void theFirstStepAbsorbsTheTopRankedCandidateBorderingRussia() {
    WorldScorer ws = engine.worlds(essay, Scenario.none());
    World start = World.asIs("RUS", 2022);
    Scoring rank = ws.score(start);
    var exposed = ws.exposed(ws.candidates(start));
    TargetResult top =
        rank.results().stream().filter(r -> exposed.contains(r.target())).findFirst().orElseThrow();
    Cascade c = Cascade.run(ws, start, 3);
    Cascade.Step first = c.steps().get(0);
    assertThat(first.absorbed()).isEqualTo(top.target());
    assertThat(first.index()).isEqualTo(top.index());
    assertThat(first.rank()).isEqualTo(top.rank());
    assertThat(first.margin()).isPositive();
    assertThat(c.steps()).hasSize(3);
    assertThat(c.steps()).extracting(Cascade.Step::absorbed).doesNotHaveDuplicates();
  }

  @Test
  void absorbingKazakhstanExposesUzbekistanAndKyrgyzstanAndAddsItsPopulation() {
    WorldScorer ws = engine.worlds(essay, Scenario.none());
    Cascade c = Cascade.run(ws, World.asIs("RUS", 2022), 1);
    Cascade.Step s = c.steps().get(0);
    assertThat(s.absorbed()).isEqualTo("KAZ"); // what the 2022 data and the essay model say
    assertThat(s.newlyExposed()).contains("UZB", "KGZ");
    double before = ws.capacity(World.asIs("RUS", 2022)).population();
    var pop = essay.indicator("population_ratio").orElseThrow();
    assertThat(pop.definition()).isInstanceOf(Definition.Ratio.class);
    assertThat(s.capacity().population()).isGreaterThan(before + 15e6).isLessThan(before + 25e6);
  }

  @Test
  void theCascadeFollowsTheData() throws Exception {
    // Take Kazakhstan's kin and language away: the first step is no longer Kazakhstan.
    Scenario s =
        ScenarioReader.read(
            """
                scenario: {name: Without kin}
                set:
                  - {country: KAZ, indicator: kin_share, value: 0}
                  - {country: KAZ, indicator: kin_people, value: 0}
                  - {country: KAZ, indicator: language_share, value: 0}
                  - {country: KAZ, indicator: broadcast_mention, value: 0}
                  - {country: KAZ, indicator: leader_facts, value: 0}
                  - {country: KAZ, indicator: claim_facts, value: 0}
                """,
            "t.yaml");
    WorldScorer ws = engine.worlds(essay, s);
    Cascade c = Cascade.run(ws, ws.world(s, "RUS", 2022), 1);
    assertThat(c.steps().get(0).absorbed()).isNotEqualTo("KAZ");
  }

  @Test
  void zeroStepsAreRefused() {
    WorldScorer ws = engine.worlds(essay, Scenario.none());
    assertThatThrownBy(() -> Cascade.run(ws, World.asIs("RUS", 2022), 0))
        .hasMessageContaining("give 1 or more steps");
  }
}
