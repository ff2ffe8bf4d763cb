package org.borderland.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderland.core.model.ModelFixtures.fb;
import static org.borderland.core.model.ModelFixtures.rev;

import java.util.ArrayList;
import java.util.List;
import org.borderland.core.model.Candidate.Route;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules of the candidate set on small hand-made maps: which neighbours an aggressor crosses,
 * which COW land links the Factbook contradicts, states that end in the year, and the reach.
 */
class CandidateRulesTest {
  private static final List<String> NONE = List.of();

  private static void border(List<Observation> rows, String a, String b, int edition) {
    rows.add(fb(a, "land_border_km", b, 100.0, null, edition));
    rows.add(fb(b, "land_border_km", a, 100.0, null, edition));
  }

  private static void cinc(List<Observation> rows, String country, double value) {
    rows.add(rev("cow-nmc", country, "cinc", "", value, 1990));
  }

  private static Candidates candidates(List<Observation> rows) {
    return new Candidates(new Panel(rows).index(), ModelFixtures.registry());
  }

  @Nested
  class OneLandBorderFurther {
    /**
     * Azerbaijan borders Russia (a major power, stronger), Georgia (weaker), Iran (no transit) and
     * Turkmenistan (no CINC figure); beyond them lie Ukraine and North Korea (Russia), Turkey
     * (Georgia) and Uzbekistan (Turkmenistan).
     */
    private List<Observation> caucasus() {
      List<Observation> rows = new ArrayList<>();
      border(rows, "AZE", "RUS", 2021);
      border(rows, "AZE", "GEO", 2021);
      border(rows, "AZE", "IRN", 2021);
      border(rows, "AZE", "TKM", 2021);
      border(rows, "RUS", "UKR", 2021);
      border(rows, "RUS", "PRK", 2021);
      border(rows, "GEO", "TUR", 2021);
      border(rows, "TKM", "UZB", 2021);
      border(rows, "IRN", "IND", 2021);
      cinc(rows, "AZE", 0.002);
      cinc(rows, "RUS", 0.035);
      cinc(rows, "GEO", 0.0003);
      cinc(rows, "IRN", 0.012);
      rows.add(rev("cow-majors", "RUS", "major_power", "", 1.0, 1992));
      return rows;
    }

    @Test
    void passesThroughAWeakerStateButNeverThroughAMajorPowerOrAStateOfUnknownStrength() {
      CandidateSet s = candidates(caucasus()).of("AZE", 2021, Candidates.DEFAULT_NO_TRANSIT);
      assertThat(s.codes()).containsExactly("GEO", "IRN", "KAZ", "RUS", "TKM", "TUR");
      assertThat(s.find("TUR").orElseThrow().via()).containsExactly("GEO");
      assertThat(s.notes())
          .anySatisfy(n -> assertThat(n).startsWith("RUS not crossed: a COW major power"))
          .anySatisfy(
              n ->
                  assertThat(n)
                      .startsWith("TKM not crossed: no CINC figure for TKM by 2021")
                      .contains("unknown"))
          .contains("IRN not crossed: in the no-transit list of AZE");
    }

    @Test
    void aStrongerStateIsNotCrossedEvenWhenNoMajorPower() {
      List<Observation> rows = caucasus();
      Crossing x = candidates(rows).crossing("GEO", "AZE", 2021, NONE);
      assertThat(x.crossable()).isFalse();
      assertThat(x.why()).startsWith("not weaker than GEO: CINC AZE 0.00200 (1990)");
      assertThat(candidates(rows).of("GEO", 2021, NONE).codes())
          .containsExactly("AZE", "TUR")
          .as("nothing beyond Azerbaijan")
          .doesNotContain("RUS", "IRN");
      rows.add(rev("atop", "GEO", "atop_defense", "AZE", 1.0, 2000));
      CandidateSet allied = candidates(rows).of("GEO", 2021, NONE);
      assertThat(allied.codes()).contains("RUS", "IRN");
      assertThat(allied.notes())
          .anySatisfy(
              n ->
                  assertThat(n)
                      .startsWith(
                          "AZE crossed: allied with GEO (ATOP defence pact, in force by 2000)")
                      .contains("though not weaker than GEO"));
    }

    @Test
    void anAllyIsCrossedEvenWhenItIsAMajorPower() {
      List<Observation> rows = caucasus();
      rows.add(rev("atop", "AZE", "atop_defense", "RUS", 1.0, 2010));
      CandidateSet s = candidates(rows).of("AZE", 2021, Candidates.DEFAULT_NO_TRANSIT);
      assertThat(s.codes()).contains("UKR", "PRK");
      assertThat(s.find("PRK").orElseThrow().via()).containsExactly("RUS");
      assertThat(candidates(rows).crossing("AZE", "RUS", 2021, NONE).why())
          .startsWith(
              "a COW major power (spell from 1992) allied with AZE (ATOP defence pact, in force by 2010)");
      assertThat(s.notes())
          .anySatisfy(n -> assertThat(n).startsWith("RUS crossed: a COW major power"));
    }

    @Test
    void anAllianceCountsOnlyWhileInForceAndTheNoTransitListWinsOverIt() {
      List<Observation> rows = caucasus();
      rows.add(rev("atop", "RUS", "atop_offense", "AZE", 1.0, 2000));
      rows.add(rev("atop", "RUS", "atop_offense", "AZE", 0.0, 2005));
      Candidates c = candidates(rows);
      assertThat(c.crossing("AZE", "RUS", 2003, NONE).crossable()).isTrue();
      assertThat(c.crossing("AZE", "RUS", 2003, NONE).why()).contains("ATOP offence pact");
      assertThat(c.crossing("AZE", "RUS", 2021, NONE).crossable()).isFalse();
      assertThat(c.crossing("AZE", "RUS", 2003, List.of("RUS")).crossable()).isFalse();
    }

    @Test
    void aCowAlliancePactAloneMakesNoAlly() {
      List<Observation> rows = caucasus();
      rows.add(rev("cow-alliance", "RUS", "cow_alliance", "AZE", 1.0, 2000));
      assertThat(candidates(rows).crossing("AZE", "RUS", 2003, NONE).crossable()).isFalse();
    }
  }

  @Nested
  class LandLinksTheFactbookContradicts {
    /**
     * India's and Mongolia's lists exist and name China only, yet COW says India and Mongolia
     * border each other (as it keeps Pakistan–Myanmar after 1971); beyond Mongolia lies Kyrgyzstan.
     * Turkey–Ukraine is the same, across 200 km of water (as Turkey–Cyprus). Japan prints no list.
     */
    private List<Observation> rows() {
      List<Observation> rows = new ArrayList<>();
      border(rows, "IND", "CHN", 2021);
      border(rows, "MNG", "CHN", 2021);
      border(rows, "MNG", "KGZ", 2021);
      border(rows, "TUR", "GEO", 2021);
      border(rows, "UKR", "POL", 2021);
      rows.add(rev("cow-contdir", "IND", "contiguity", "MNG", 1.0, 1990));
      rows.add(rev("cow-contdir", "MNG", "contiguity", "IND", 1.0, 1990));
      rows.add(rev("cow-contdir", "TUR", "contiguity", "UKR", 1.0, 1990));
      rows.add(rev("cow-contdir", "IND", "contiguity", "JPN", 1.0, 1990));
      rows.add(rev("cow-mindist", "IND", "min_distance_km", "MNG", 1000.0, 1990));
      rows.add(rev("cow-mindist", "UKR", "min_distance_km", "TUR", 200.0, 1990));
      for (String c : List.of("IND", "MNG", "KGZ", "CHN", "TUR", "UKR", "POL", "GEO", "JPN")) {
        cinc(
            rows,
            c,
            c.equals("IND") ? 0.07 : c.equals("CHN") ? 0.2 : c.equals("TUR") ? 0.01 : 0.001);
      }
      return rows;
    }

    @Test
    void aCowOnlyLandLinkBothListsContradictIsDroppedWithANote() {
      CandidateSet s = candidates(rows()).of("IND", 2021, NONE);
      assertThat(s.codes()).doesNotContain("MNG", "KGZ").contains("CHN");
      assertThat(s.notes())
          .anySatisfy(
              n ->
                  assertThat(n)
                      .startsWith("IND–MNG: COW contiguity codes a land border in 2021")
                      .contains("IND: factbook-archive 2021; MNG: factbook-archive 2021")
                      .endsWith("not a land link (CShapes minimum distance 1000 km)"));
      assertThat(candidates(rows()).landNeighbours("MNG", 2021)).containsOnlyKeys("CHN", "KGZ");
    }

    @Test
    void aDroppedLinkWithin150MilesOfWaterCountsAcrossWater() {
      CandidateSet s = candidates(rows()).of("TUR", 2021, NONE);
      assertThat(s.find("UKR").orElseThrow().routes()).containsExactly(Route.SEA_DISTANCE);
      assertThat(s.codes())
          .as("across water is no land border to go further")
          .doesNotContain("POL");
      assertThat(s.notes())
          .anySatisfy(
              n ->
                  assertThat(n)
                      .contains("kept as a neighbour within 150 miles not by land")
                      .contains("200 km"));
    }

    @Test
    void aLinkIsKeptWhenEitherStateHasNoEntryAndDroppedWhenItsEntryPrintsZeroKm() {
      assertThat(candidates(rows()).of("IND", 2021, NONE).find("JPN").orElseThrow().routes())
          .containsExactly(Route.LAND_COW);
      List<Observation> rows = rows();
      rows.add(fb("JPN", "land_border_total_km", "", 0.0, null, 2021));
      CandidateSet s = candidates(rows).of("IND", 2021, NONE);
      assertThat(s.codes()).doesNotContain("JPN");
      assertThat(s.notes())
          .anySatisfy(n -> assertThat(n).contains("JPN: factbook-archive 2021, total 0 km"));
    }

    @Test
    void aLinkOneListNamesIsKept() {
      List<Observation> rows = rows();
      rows.add(fb("MNG", "land_border_km", "IND", 5.0, null, 2021));
      assertThat(candidates(rows).of("IND", 2021, NONE).codes()).contains("MNG", "KGZ");
    }
  }

  @Nested
  class StatesThatEndInTheYear {
    private List<Observation> rows() {
      List<Observation> rows = new ArrayList<>();
      rows.add(fb("CHN", "land_border_km", "SUN", 7520.0, null, 1990));
      rows.add(fb("CHN", "land_border_km", "SUN", 7520.0, null, 1991));
      rows.add(fb("SUN", "land_border_km", "CHN", 7520.0, null, 1990));
      rows.add(fb("SUN", "land_border_km", "POL", 1215.0, null, 1990));
      rows.add(rev("cow-contdir", "CHN", "contiguity", "SUN", 1.0, 1990));
      rows.add(rev("cow-contdir", "CHN", "contiguity", "SUN", 0.0, 1992));
      rows.add(rev("cow-contdir", "CHN", "contiguity", "RUS", 1.0, 1991));
      rows.add(rev("cow-contdir", "CHN", "contiguity", "KAZ", 1.0, 1991));
      cinc(rows, "CHN", 0.1);
      cinc(rows, "SUN", 0.01);
      return rows;
    }

    @Test
    void theSovietUnionIsNoCandidateInTheYearItEndsNorCrossed() {
      CandidateSet s = candidates(rows()).of("CHN", 1991, NONE);
      assertThat(s.codes()).containsExactly("KAZ", "RUS");
      assertThat(candidates(rows()).of("CHN", 1990, NONE).codes()).containsExactly("POL", "SUN");
    }

    @Test
    void aStateThatEndsInTheYearCanStillBeNamedOrBeTheAggressor() {
      Candidates c = candidates(rows());
      assertThat(c.given("CHN", 1991, List.of("SUN")).codes()).containsExactly("SUN");
      assertThat(c.of("SUN", 1991, NONE).codes()).doesNotContain("SUN");
    }
  }

  @Nested
  class TheReach {
    /** Poland (made a major power here) borders Ukraine, faces Japan and, further off, Turkey. */
    private List<Observation> rows(boolean major) {
      List<Observation> rows = new ArrayList<>();
      border(rows, "POL", "UKR", 2021);
      rows.add(rev("cow-contdir", "POL", "contiguity", "JPN", 2.0, 1992));
      rows.add(rev("cow-contdir", "POL", "contiguity", "TUR", 5.0, 1992));
      cinc(rows, "POL", 0.035);
      cinc(rows, "UKR", 0.004);
      if (major) {
        rows.add(rev("cow-majors", "POL", "major_power", "", 1.0, 1992));
      }
      return rows;
    }

    @Test
    void landIsTheDefaultAndLeavesOutStatesAcrossMoreThan150Miles() {
      CandidateSet s = candidates(rows(true)).of("POL", 2021, NONE);
      assertThat(s.reach()).isEqualTo(Reach.LAND);
      assertThat(s.codes()).containsExactly("JPN", "UKR");
    }

    @Test
    void seaAddsTheStatesWithin400MilesOfWater() {
      CandidateSet s = candidates(rows(true)).of("POL", 2021, NONE, Reach.SEA);
      assertThat(s.reach()).isEqualTo(Reach.SEA);
      assertThat(s.codes()).containsExactly("JPN", "TUR", "UKR");
      assertThat(s.find("TUR").orElseThrow().routes()).containsExactly(Route.SEA_WIDE);
      assertThat(s.find("TUR").orElseThrow().isNeighbour()).isTrue();
    }

    @Test
    void globalAddsEveryStateExistingAtTheYearsEndForAMajorPower() {
      CandidateSet s = candidates(rows(true)).of("POL", 2021, NONE, Reach.GLOBAL);
      assertThat(s.codes())
          .contains("USA", "ISL", "IND", "TUR", "UKR", "RUS")
          .doesNotContain("POL", "SUN", "GIB");
      assertThat(s.find("USA").orElseThrow().routes()).containsExactly(Route.GLOBAL);
      assertThat(s.find("USA").orElseThrow().isNeighbour()).isFalse();
      assertThat(s.notes()).anySatisfy(n -> assertThat(n).contains("POL is a COW major power"));
    }

    @Test
    void globalIsTheSeaReachForAnyOtherStateAndSaysSo() {
      CandidateSet s = candidates(rows(false)).of("POL", 2021, NONE, Reach.GLOBAL);
      assertThat(s.codes()).containsExactly("JPN", "TUR", "UKR");
      assertThat(s.notes())
          .contains(
              "global reach: POL is not a COW major power in 2021, so it adds no state beyond the"
                  + " sea reach");
    }

    @Test
    void aReachIsParsedByNameAndAnUnknownOneListsTheChoices() {
      assertThat(Reach.parse("Sea")).isEqualTo(Reach.SEA);
      assertThatThrownBy(() -> Reach.parse("air"))
          .hasMessage("Unknown reach 'air'; use one of land, sea, global (default: land)");
    }
  }
}
