package org.borderland.data.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.borderland.core.country.Country;
import org.borderland.core.model.Candidate;
import org.borderland.core.model.Candidate.Route;
import org.borderland.core.model.CandidateSet;
import org.borderland.core.model.Candidates;
import org.borderland.core.model.Crossing;
import org.borderland.core.model.Model;
import org.borderland.core.model.Reach;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.store.PanelStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The candidate rules on the committed panel: COW land links the Factbook contradicts, whom an
 * aggressor crosses, states that end in the year, and the reach.
 */
class CandidatesOnTheCommittedPanelTest {
  private static Engine engine;
  private static Model essay;
  private static Candidates candidates;

  @BeforeAll
  static void load() throws Exception {
    Path root = PanelLocation.projectRoot().orElseThrow();
    assumeTrue(
        PanelStore.exists(root.resolve("panel")),
        "no committed panel at " + root.resolve("panel") + "; skipping the real-panel tests");
    engine = Engine.load(root.resolve("panel"), root.resolve("curated"));
    essay = engine.model("essay").model();
    candidates = new Candidates(engine.panel().index(), engine.registry());
  }

  private static CandidateSet of(String aggressor, int year) {
    return candidates.of(essay, aggressor, year);
  }

  @Test
  void pakistanReachesNoSouthEastAsiaThroughMyanmar() {
    for (int year = 1991; year <= 2025; year++) {
      CandidateSet s = of("PAK", year);
      assertThat(s.codes()).as("PAK %d", year).doesNotContain("MMR", "LAO", "THA");
      assertThat(s.notes())
          .as("PAK %d", year)
          .anySatisfy(n -> assertThat(n).startsWith("MMR–PAK: COW contiguity codes a land border"));
    }
  }

  @Test
  void turkeyDoesNotReachCyprusByLand() {
    for (int year = 1991; year <= 2025; year++) {
      CandidateSet s = of("TUR", year);
      Candidate cyp = s.find("CYP").orElseThrow();
      assertThat(cyp.routes())
          .as("TUR %d", year)
          .doesNotContain(Route.LAND_COW, Route.LAND_FACTBOOK, Route.ONE_FURTHER)
          .contains(Route.SEA_DISTANCE);
      for (Candidate c : s.candidates()) {
        assertThat(c.via()).as("%s for TUR in %d", c.iso3(), year).doesNotContain("CYP");
      }
    }
  }

  @Test
  void noStateEndingIn1991IsACandidateIn1991ForAnyAggressor() {
    for (Country a : engine.registry().all()) {
      if (!a.isState() || !a.existsIn(1991)) {
        continue;
      }
      for (String c : of(a.iso3(), 1991).codes()) {
        assertThat(engine.registry().get(c).existsAtEndOf(1991))
            .as("%s among %s's candidates in 1991", c, a.iso3())
            .isTrue();
      }
    }
    assertThat(of("CHN", 1991).codes()).doesNotContain("SUN").contains("KAZ", "MNG");
    assertThat(of("CHN", 1990).codes()).contains("SUN");
  }

  @Test
  void azerbaijanReachesBeyondRussiaOnlyAsItsAtopAlly() {
    for (int year = 1992; year <= 2025; year++) {
      CandidateSet s = of("AZE", year);
      Crossing russia = candidates.crossing("AZE", "RUS", year, List.of());
      boolean beyondRussia = s.candidates().stream().anyMatch(c -> c.via().equals(List.of("RUS")));
      assertThat(beyondRussia)
          .as("AZE %d: %s", year, russia.describe())
          .isEqualTo(russia.basis() == Crossing.Basis.ALLIED);
      if (!russia.crossable()) {
        assertThat(s.codes()).as("AZE %d", year).doesNotContain("EST", "NOR", "PRK");
      }
    }
  }

  @Test
  void neighboursOfRussiaWithoutAnAtopPactReachNothingThroughIt() {
    for (String a : List.of("MNG", "EST", "FIN", "UKR", "GEO")) {
      CandidateSet s = of(a, 2024);
      assertThat(s.candidates()).as(a).noneSatisfy(c -> assertThat(c.via()).containsExactly("RUS"));
      assertThat(s.notes())
          .as(a)
          .anySatisfy(n -> assertThat(n).startsWith("RUS not crossed: a COW major power"));
    }
    assertThat(of("MNG", 2024).codes()).containsExactly("CHN", "RUS");
  }

  @Test
  void seaReachAddsStatesWithin400MilesOfWaterAndGlobalEveryStateForAMajorPower() {
    CandidateSet land = of("PAK", 2020);
    CandidateSet sea = candidates.of(essay, "PAK", 2020, Reach.SEA);
    assertThat(sea.reach()).isEqualTo(Reach.SEA);
    assertThat(sea.codes()).containsAll(land.codes()).contains("OMN");
    assertThat(land.codes()).doesNotContain("OMN");
    assertThat(sea.find("OMN").orElseThrow().routes()).containsExactly(Route.SEA_WIDE);
    CandidateSet global = candidates.of(essay, "USA", 2024, Reach.GLOBAL);
    assertThat(global.codes()).hasSizeGreaterThan(180).contains("KAZ", "AUS").doesNotContain("USA");
    assertThat(candidates.of(essay, "PAK", 2020, Reach.GLOBAL).codes()).isEqualTo(sea.codes());
  }
}
