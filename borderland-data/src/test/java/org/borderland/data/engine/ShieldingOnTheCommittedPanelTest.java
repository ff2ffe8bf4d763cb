package org.borderland.data.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.borderland.core.geography.BorderGraph;
import org.borderland.core.geography.Exposure;
import org.borderland.core.geography.Geography;
import org.borderland.core.geography.Shielding;
import org.borderland.core.geography.TransitRules;
import org.borderland.core.model.Candidates;
import org.borderland.core.model.Model;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.store.PanelStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The essay's geographic claim on the committed panel: who shields Central Asia from Russia, under
 * the default transit rules and with the Caspian or China opened.
 */
class ShieldingOnTheCommittedPanelTest {
  private static final List<String> CENTRAL_ASIA = List.of("KGZ", "TJK", "TKM", "UZB");

  private static Engine engine;
  private static Geography geo;
  private static TransitRules defaults;

  @BeforeAll
  static void load() throws Exception {
    Path root = PanelLocation.projectRoot().orElseThrow();
    assumeTrue(
        PanelStore.exists(root.resolve("panel")),
        "no committed panel at " + root.resolve("panel") + "; skipping the real-panel tests");
    engine = Engine.load(root.resolve("panel"), root.resolve("curated"));
    Model essay = engine.model("essay").model();
    geo = engine.geography();
    defaults = TransitRules.defaults(essay, "RUS");
  }

  private static Shielding russia(int year, TransitRules rules) {
    return geo.shielding("RUS", List.of(), year, rules);
  }

  @ParameterizedTest(name = "as known in {0}")
  @ValueSource(ints = {2021, 2025})
  void underTheDefaultRulesKazakhstanShieldsCentralAsia(int year) {
    Shielding s = russia(year, defaults);
    for (String c : CENTRAL_ASIA) {
      assertThat(s.of(c).reachable()).as(c).isTrue();
      assertThat(s.of(c).shieldedBy()).as(c).containsExactly("KAZ");
    }
    assertThat(s.of("KAZ").exposed()).isTrue();
    assertThat(s.of("TKM").hops()).isEqualTo(2);
    assertThat(s.of("TJK").hops()).isEqualTo(3);
    assertThat(s.describeRules())
        .isEqualTo("land graph " + year + "; no transit through CHN, IRN or NATO members");
  }

  @ParameterizedTest(name = "as known in {0}")
  @ValueSource(ints = {2021, 2025})
  void andThroughAfghanistanSouthAndSouthEastAsia(int year) {
    Shielding s = russia(year, defaults);
    assertThat(s.of("AFG").shieldedBy()).containsExactly("KAZ");
    assertThat(s.of("PAK").shieldedBy()).containsExactly("KAZ", "AFG");
    assertThat(s.of("IND").shieldedBy()).containsExactly("KAZ", "AFG", "PAK");
    // China and Iran are reached (as ends of a path) but never crossed.
    assertThat(s.of("CHN").exposed()).isTrue();
    assertThat(s.of("IRN").reachable()).isTrue();
    assertThat(s.of("IRN").shieldedBy()).as("through Azerbaijan or Turkmenistan").isEmpty();
    // Myanmar lies beyond India, not Pakistan: COW's Pakistan–Myanmar link (kept after 1971)
    // is no land border, the Factbook's lists naming neither.
    assertThat(s.of("MMR").shieldedBy()).containsExactly("KAZ", "AFG", "PAK", "IND");
    // Singapore is reached by land no more: its causeway to Malaysia is no land border either.
    assertThat(s.of("SGP").reachable()).isFalse();
    assertThat(s.shields("KAZ"))
        .hasSize(20)
        .contains("AFG", "PAK", "IND", "BGD", "MMR", "THA", "VNM", "IDN")
        .containsAll(CENTRAL_ASIA);
  }

  @ParameterizedTest(name = "as known in {0}")
  @ValueSource(ints = {2021, 2025})
  void theCaspianRouteOpensTheRegionSoKazakhstanShieldsNoneOfThem(int year) {
    Shielding s = russia(year, defaults.withSea(true));
    assertThat(s.of("TKM").exposed()).as("across the Caspian").isTrue();
    for (String c : CENTRAL_ASIA) {
      assertThat(s.of(c).shieldedBy()).as(c).isEmpty();
    }
    assertThat(s.shields("KAZ")).isEmpty();
  }

  @ParameterizedTest(name = "as known in {0}")
  @ValueSource(ints = {2021, 2025})
  void aPassableChinaOpensItToo(int year) {
    Shielding s = russia(year, defaults.withAllowed(List.of("CHN")));
    for (String c : CENTRAL_ASIA) {
      assertThat(s.of(c).shieldedBy()).as(c).isEmpty();
    }
    assertThat(s.shields("KAZ")).isEmpty();
    assertThat(s.of("AFG").shieldedBy()).isEmpty();
  }

  @ParameterizedTest(name = "as known in {0}")
  @ValueSource(ints = {2021, 2025})
  void everyShieldAgreesWithClosingThatStateAlone(int year) {
    // An oracle through the public API: W shields U exactly when U is reachable, and closing W
    // (adding it to noTransit) makes U unreachable.
    Shielding s = russia(year, defaults);
    for (String w : s.states()) {
      Exposure e = s.of(w);
      if (!e.reachable() || s.impassable().containsKey(w)) {
        assertThat(s.shields(w)).as(w).isEmpty();
        continue;
      }
      List<String> closed = new ArrayList<>(defaults.noTransit());
      closed.add(w);
      Shielding without = russia(year, defaults.withNoTransit(closed));
      List<String> cut = new ArrayList<>();
      for (String u : s.states()) {
        if (!u.equals(w) && s.of(u).reachable() && !without.of(u).reachable()) {
          cut.add(u);
        }
      }
      assertThat(s.shields(w)).as("what %s shields", w).isEqualTo(cut);
    }
  }

  @ParameterizedTest(name = "as known in {0}")
  @ValueSource(ints = {2004, 2021, 2025})
  void theLandEdgesAreEachSidesLandNeighboursAsTheCandidatesReadThem(int year) {
    BorderGraph g = geo.graph(year);
    Candidates c = new Candidates(engine.panel().index(), engine.registry());
    for (String s : g.states()) {
      Set<String> mine = c.landNeighbours(s, year).keySet();
      for (String n : g.borders(s, false).keySet()) {
        assertThat(mine.contains(n) || c.landNeighbours(n, year).containsKey(s))
            .as("%s–%s in %d", s, n, year)
            .isTrue();
      }
      assertThat(g.borders(s, false).keySet()).as("%s in %d", s, year).containsAll(mine);
    }
    assertThat(g.states()).doesNotContain("GIB", "SUN").contains("RUS", "KAZ");
  }

  @ParameterizedTest(name = "as known in {0}")
  @ValueSource(ints = {2022, 2023, 2024})
  void natoMembersBlockFromTheEditionThatListsThem(int year) {
    Set<String> nato = geo.members(List.of("NATO"), year).keySet();
    assertThat(nato).contains("POL", "TUR", "USA", "EST").doesNotContain("UKR", "GEO");
    assertThat(nato.contains("FIN")).as("Finland joined in April 2023").isEqualTo(year >= 2023);
    assertThat(nato.contains("SWE")).as("Sweden joined in March 2024").isEqualTo(year >= 2024);
    // Finland blocks the way to Sweden once it is a member.
    assertThat(russia(year, defaults).of("SWE").reachable()).isEqualTo(year < 2023);
  }
}
