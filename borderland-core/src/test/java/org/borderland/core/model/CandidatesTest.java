package org.borderland.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderland.core.model.ModelFixtures.fb;
import static org.borderland.core.model.ModelFixtures.rev;

import java.util.ArrayList;
import java.util.List;
import org.borderland.core.country.UnknownCountryException;
import org.borderland.core.model.Candidate.Route;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.junit.jupiter.api.Test;

class CandidatesTest {
  /** A small map: Russia borders KAZ, UKR, CHN, BLR; KAZ borders UZB, KGZ, CHN, TKM; etc. */
  private static Panel map() {
    List<Observation> rows = new ArrayList<>();
    String[][] borders = {
      {"RUS", "KAZ"},
      {"RUS", "UKR"},
      {"RUS", "CHN"},
      {"RUS", "BLR"},
      {"KAZ", "UZB"},
      {"KAZ", "KGZ"},
      {"KAZ", "CHN"},
      {"KAZ", "TKM"},
      {"KAZ", "RUS"},
      {"UKR", "MDA"},
      {"UKR", "POL"},
      {"UKR", "BLR"},
      {"UKR", "RUS"},
      {"CHN", "IND"},
      {"CHN", "KGZ"},
      {"CHN", "RUS"},
      {"BLR", "POL"},
      {"UZB", "TKM"},
      {"TKM", "IRN"},
      {"IRN", "TUR"},
      {"AZE", "IRN"},
    };
    for (String[] b : borders) {
      rows.add(fb(b[0], "land_border_km", b[1], 100.0, null, 2021));
    }
    rows.add(fb("UKR", "land_border_km", "GIB", 1.0, null, 2021)); // a territory: never a candidate
    rows.add(rev("cow-contdir", "RUS", "contiguity", "JPN", 2.0, 1992));
    rows.add(rev("cow-contdir", "RUS", "contiguity", "TUR", 5.0, 1992));
    rows.add(rev("cow-contdir", "RUS", "contiguity", "USA", 3.0, 1992));
    rows.add(rev("cow-contdir", "RUS", "contiguity", "USA", 0.0, 2019)); // ended
    rows.add(rev("cow-contdir", "RUS", "contiguity", "MNG", 1.0, 1992));
    // Russia is stronger (COW CINC) than every neighbour but China, so it crosses them.
    String[][] cinc = {
      {"RUS", "0.035"},
      {"KAZ", "0.004"},
      {"UKR", "0.006"},
      {"BLR", "0.002"},
      {"CHN", "0.23"},
      {"UZB", "0.003"},
      {"TKM", "0.001"},
      {"MNG", "0.0005"},
      {"IRN", "0.012"}
    };
    for (String[] c : cinc) {
      rows.add(rev("cow-nmc", c[0], "cinc", "", Double.parseDouble(c[1]), 2016));
    }
    return new Panel(rows);
  }

  private static Candidates candidates() {
    return new Candidates(map().index(), ModelFixtures.registry());
  }

  @Test
  void landAndSeaNeighboursAndOneFurtherLandBorderExceptThroughNoTransitStates() {
    CandidateSet s = candidates().of("RUS", 2021, Candidates.DEFAULT_NO_TRANSIT);
    assertThat(s.codes())
        .containsExactly(
            "AZE", "BLR", "CHN", "IRN", "JPN", "KAZ", "KGZ", "MDA", "MNG", "POL", "TKM", "UKR",
            "UZB");
    assertThat(s.find("KAZ").orElseThrow().routes())
        .containsExactlyInAnyOrder(Route.LAND_FACTBOOK, Route.CASPIAN);
    assertThat(s.find("MNG").orElseThrow().routes()).containsExactly(Route.LAND_COW);
    assertThat(s.find("JPN").orElseThrow().routes()).containsExactly(Route.SEA_COW);
    assertThat(s.find("MDA").orElseThrow().via()).containsExactly("UKR");
    assertThat(s.find("UZB").orElseThrow().via()).containsExactly("KAZ");
    assertThat(s.find("KGZ").orElseThrow().via()).as("not through China").containsExactly("KAZ");
    assertThat(s.find("POL").orElseThrow().via()).containsExactly("BLR", "UKR");
    assertThat(s.find("AZE").orElseThrow().routes()).containsExactly(Route.CASPIAN);
    assertThat(s.find("MDA").orElseThrow().describe()).isEqualTo("one further via UKR");
  }

  @Test
  void neverTheAggressorATerritoryAStateBeyondANoTransitStateOrAWideSea() {
    CandidateSet s = candidates().of("RUS", 2021, Candidates.DEFAULT_NO_TRANSIT);
    assertThat(s.codes()).doesNotContain("RUS", "GIB", "IND", "TUR", "USA");
    CandidateSet notThroughKazakhstan = candidates().of("RUS", 2021, List.of("KAZ"));
    assertThat(notThroughKazakhstan.codes()).doesNotContain("UZB", "KGZ");
    assertThat(notThroughKazakhstan.noTransit()).containsExactly("KAZ");
    assertThat(notThroughKazakhstan.notes())
        .contains("KAZ not crossed: in the no-transit list of RUS");
    assertThat(candidates().of("RUS", 2021, List.of()).codes())
        .as("China is stronger than Russia by CINC, so not crossed even when not listed")
        .doesNotContain("IND");
  }

  @Test
  void aSeaLinkCountsOnlyWhileInForce() {
    assertThat(candidates().of("RUS", 2018, List.of()).codes()).contains("USA");
    assertThat(candidates().of("RUS", 2019, List.of()).codes()).doesNotContain("USA");
  }

  @Test
  void statesThatDidNotExistInTheYearAreLeftOut() {
    // The Soviet Union borders Poland in a 1991-only row; in 2021 it is gone.
    List<Observation> rows = new ArrayList<>(map().rows());
    rows.add(fb("POL", "land_border_km", "SUN", 1.0, null, 2021));
    Candidates c = new Candidates(new Panel(rows).index(), ModelFixtures.registry());
    assertThat(c.of("RUS", 2021, List.of()).codes()).doesNotContain("SUN");
  }

  @Test
  void anyStateCanBeTheAggressorAndTheModelsNoTransitListIsUsed() {
    CandidateSet kaz = candidates().of("KAZ", 2021, Candidates.DEFAULT_NO_TRANSIT);
    assertThat(kaz.codes())
        .contains("RUS", "UZB", "TKM")
        .as("Russia is stronger than Kazakhstan: nothing beyond it")
        .doesNotContain("KAZ", "IND", "UKR", "BLR");
    Model m =
        ModelFixtures.model(
            ModelFixtures.spec("x", new Definition.KinShare(), ModelFixtures.FACTBOOK));
    CandidateSet rus = candidates().of(m, "RUS", 2021);
    assertThat(rus.noTransit()).containsExactly("CHN", "IRN");
  }

  @Test
  void givenCandidatesAreCheckedAgainstTheRegistry() {
    Candidates c = candidates();
    CandidateSet s = c.given("RUS", 2021, List.of("kaz", "GEO", "KAZ"));
    assertThat(s.codes()).containsExactly("GEO", "KAZ");
    assertThat(s.given()).isTrue();
    assertThatThrownBy(() -> c.given("RUS", 2021, List.of("KAZZ")))
        .isInstanceOf(UnknownCountryException.class)
        .hasMessageContaining("KAZZ")
        .hasMessageContaining("KAZ");
    assertThatThrownBy(() -> c.given("RUS", 2021, List.of("GIB")))
        .hasMessageContaining("territory");
    assertThatThrownBy(() -> c.given("RUS", 2021, List.of("SUN")))
        .hasMessageContaining("did not exist in 2021");
    assertThatThrownBy(() -> c.given("RUS", 2021, List.of("RUS")))
        .hasMessageContaining("is the aggressor");
    assertThatThrownBy(() -> c.given("RUS", 2021, List.of())).hasMessageContaining("empty");
    assertThatThrownBy(() -> c.of("SUN", 2021, List.of()))
        .hasMessageContaining("did not exist in 2021");
  }
}
