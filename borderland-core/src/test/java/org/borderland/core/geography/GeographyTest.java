package org.borderland.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.borderland.core.country.UnknownCountryException;
import org.borderland.core.indicator.RawCalculator;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.GatewaySource;
import org.borderland.core.model.Model;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Observation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Graphs, transit rules and shielding on {@link MiniWorld}. */
class GeographyTest {
  private final Geography geo = MiniWorld.geography();
  private final Model model = MiniWorld.model();
  private final TransitRules defaults = TransitRules.defaults(model, "RUS");
  private static final List<String> CENTRAL_ASIA = List.of("KGZ", "TJK", "TKM", "UZB");

  private Shielding russia(int year, TransitRules rules) {
    return geo.shielding("RUS", List.of(), year, rules);
  }

  @Nested
  class TheGraph {
    @Test
    void hasTheStatesOfTheYearAndNoTerritory() {
      BorderGraph g = geo.graph(2021);
      assertThat(g.states()).contains("RUS", "KAZ", "SWE").doesNotContain("GIB", "SUN");
      assertThat(g.graph().vertexSet()).hasSize(g.states().size());
      assertThat(g.border("POL", "GIB")).isEmpty();
      assertThat(geo.graph(1990).states()).containsExactly("SUN");
    }

    @Test
    void isBuiltOncePerYear() {
      assertThat(geo.graph(2021)).isSameAs(geo.graph(2021));
    }

    @Test
    void readsTheLengthFromTheTargetsListFirstAndSaysWhenTheSidesDisagree() {
      Border b = geo.graph(2021).border("RUS", "KAZ").orElseThrow();
      assertThat(b.km("KAZ")).isEqualTo(7644.0);
      assertThat(b.km("RUS")).isEqualTo(7512.8);
      assertThat(b.disagreement()).isEqualTo("KAZ's list: 7644 km, RUS's list: 7512.8 km");
      assertThat(b.land()).isTrue();
      assertThat(b.sea()).as("both on the Caspian").isTrue();
    }

    @Test
    void linksEveryPairOfCaspianStatesBySea() {
      Border b = geo.graph(2021).border("AZE", "TKM").orElseThrow();
      assertThat(b.land()).isFalse();
      assertThat(b.sea()).isTrue();
      assertThat(geo.graph(2021).borders("TKM", false)).doesNotContainKey("AZE");
      assertThat(geo.graph(2021).borders("TKM", true)).containsKeys("AZE", "RUS", "IRN", "KAZ");
    }
  }

  @Nested
  class DefaultRules {
    @Test
    void kazakhstanShieldsCentralAsiaAndAfghanistan() {
      Shielding s = russia(2021, defaults);
      for (String c : CENTRAL_ASIA) {
        assertThat(s.of(c).shieldedBy()).as(c).containsExactly("KAZ");
      }
      assertThat(s.shields("KAZ")).containsExactly("AFG", "KGZ", "TJK", "TKM", "UZB");
      assertThat(s.of("UZB").hops()).isEqualTo(2);
      assertThat(s.of("AFG").hops()).isEqualTo(3);
      assertThat(s.describeRules())
          .isEqualTo("land graph 2021; no transit through CHN, IRN or NATO members");
    }

    @Test
    void chinaIsAnExposedEndpointThatNothingPassesThrough() {
      Shielding s = russia(2021, defaults);
      assertThat(s.of("CHN")).isEqualTo(new Exposure("CHN", true, 1, true, List.of()));
      assertThat(s.impassable()).containsEntry("CHN", "noTransit").containsKey("IRN");
      // Iran is reached through Azerbaijan or Turkmenistan: nothing shields it.
      assertThat(s.of("IRN").shieldedBy()).isEmpty();
    }

    @Test
    void natoMembersBlockFromTheEditionThatListsThem() {
      assertThat(russia(2022, defaults).of("SWE").shieldedBy()).containsExactly("FIN");
      Shielding s2023 = russia(2023, defaults);
      assertThat(s2023.impassable())
          .containsEntry("FIN", "NATO member (factbook-archive 2023 edition)");
      assertThat(s2023.of("SWE").reachable()).isFalse();
      assertThat(s2023.of("SWE").hops()).isNull();
      assertThat(russia(2023, defaults.withAllowed(List.of("FIN"))).of("SWE").reachable()).isTrue();
    }

    @Test
    void aMemberOfTheAllianceIsNotBlockedByIt() {
      Shielding s = geo.shielding("POL", List.of(), 2021, defaults);
      assertThat(s.blockingAlliances()).isEmpty();
      assertThat(s.describeRules()).doesNotContain("NATO");
      assertThat(russia(2021, defaults).blockingAlliances()).containsExactly("NATO");
    }
  }

  @Nested
  class OtherRules {
    @Test
    void theCaspianRouteOpensCentralAsia() {
      Shielding s = russia(2021, defaults.withSea(true));
      assertThat(s.of("TKM").exposed()).isTrue();
      for (String c : CENTRAL_ASIA) {
        assertThat(s.of(c).shieldedBy()).as(c).isEmpty();
      }
      assertThat(s.shields("KAZ")).isEmpty();
    }

    @Test
    void aPassableChinaOpensItToo() {
      Shielding s = russia(2021, defaults.withAllowed(List.of("CHN")));
      assertThat(s.shields("KAZ")).doesNotContainAnyElementsOf(CENTRAL_ASIA);
      assertThat(s.describeRules())
          .isEqualTo("land graph 2021; no transit through IRN or NATO members; passable: CHN");
    }

    @Test
    void absorbedStatesAndAlliesJoinTheRegion() {
      Shielding s = geo.shielding("RUS", List.of("KAZ"), 2021, defaults);
      assertThat(s.region()).containsExactly("KAZ", "RUS");
      assertThat(s.of("UZB").exposed()).isTrue();
      assertThat(s.states()).doesNotContain("KAZ", "RUS");
      Shielding allied = russia(2021, defaults.withAllies(List.of("BLR")));
      assertThat(allied.region()).containsExactly("BLR", "RUS");
      assertThatThrownBy(() -> allied.of("BLR")).hasMessageContaining("region");
    }

    @Test
    void badCodesAreRejectedWithSuggestions() {
      assertThatThrownBy(() -> geo.shielding("RUS", List.of("KAZZ"), 2021, defaults))
          .isInstanceOf(UnknownCountryException.class)
          .hasMessageContaining("did you mean KAZ");
      assertThatThrownBy(() -> geo.shielding("RUS", List.of("RUS"), 2021, defaults))
          .hasMessageContaining("cannot absorb itself");
      assertThatThrownBy(() -> geo.shielding("SUN", List.of(), 2021, defaults))
          .hasMessageContaining("not a state in 2021");
      assertThatThrownBy(() -> geo.shielding("RUS", List.of("GIB"), 2021, defaults))
          .hasMessageContaining("dependent territory");
    }
  }

  @Nested
  class Rules {
    @Test
    void defaultsComeFromTheModelProfile() {
      assertThat(defaults.noTransit()).containsExactly("CHN", "IRN");
      assertThat(defaults.rivalAlliances()).containsExactly("NATO");
      assertThat(defaults.allianceKeys()).containsEntry("NATO", List.of("NATO"));
      assertThat(defaults.sea()).isFalse();
      assertThat(defaults.allies()).isEmpty();
      TransitRules other = TransitRules.defaults(model, "TUR");
      assertThat(other.noTransit()).as("no profile: China and Iran").containsExactly("CHN", "IRN");
    }

    @Test
    void checkThemselves() {
      assertThatThrownBy(
              () -> new TransitRules(List.of("kaz"), List.of(), List.of(), List.of(), false))
          .hasMessageContaining("Invalid code 'kaz' in allies");
      assertThatThrownBy(
              () -> new TransitRules(List.of("CHN"), List.of("CHN"), List.of(), List.of(), false))
          .hasMessageContaining("both an ally");
      assertThatThrownBy(
              () -> new TransitRules(List.of(), List.of(), List.of(), List.of(" "), false))
          .hasMessageContaining("empty");
      TransitRules r =
          new TransitRules(List.of(), List.of("IRN", "CHN", "IRN"), List.of(), List.of(), true);
      assertThat(r.noTransit()).containsExactly("CHN", "IRN");
      assertThat(r.describe()).isEqualTo("land and sea graph; no transit through CHN or IRN");
    }
  }

  @Nested
  class TheGatewayIndicator {
    private final List<String> targets =
        List.of("AFG", "AZE", "CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB");

    @Test
    void countsWhatATargetShieldsAmongTheTargetsOncePerCall() {
      GatewaySource.Answer a = geo.shielded(model, "RUS", 2021, targets);
      assertThat(a.of("KAZ").states()).containsExactly("AFG", "KGZ", "TJK", "TKM", "UZB");
      assertThat(a.of("KAZ").sources())
          .extracting(Observation::country, Observation::key)
          .as("KAZ's own rows: to the region and to the states it shields")
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("KAZ", "KGZ"),
              org.assertj.core.groups.Tuple.tuple("KAZ", "RUS"),
              org.assertj.core.groups.Tuple.tuple("KAZ", "TKM"),
              org.assertj.core.groups.Tuple.tuple("KAZ", "UZB"));
      assertThat(a.of("UZB").states()).isEmpty();
      assertThat(a.rules())
          .isEqualTo("land graph 2021; no transit through CHN, IRN or NATO members");
    }

    @Test
    void isAValueWithItsNoteInTheRawTable() {
      RawCalculator c =
          new RawCalculator(
              model, MiniWorld.index(), CuratedCounts.none(), MiniWorld.registry(), geo);
      RawTable t = c.compute("RUS", 2021, targets);
      RawValue kaz = t.get("KAZ", "gateway");
      assertThat(kaz.value()).isEqualTo(5.0);
      assertThat(kaz.note())
          .isEqualTo(
              "shields AFG, KGZ, TJK, TKM, UZB among the candidates (land graph 2021; no transit"
                  + " through CHN, IRN or NATO members)");
      assertThat(t.get("UZB", "gateway").value()).isZero();
      assertThat(t.get("UZB", "gateway").note()).startsWith("shields none of the candidates");
      RawValue pop = t.get("KAZ", "gateway_population");
      assertThat(pop.value()).isEqualTo(5_000_000.0);
      assertThat(pop.sources()).extracting(Observation::indicator).contains("population");
    }

    @Test
    void onlyCountsTheTargetsOfTheCall() {
      GatewaySource.Answer a = geo.shielded(model, "RUS", 2021, List.of("KAZ", "UZB"));
      assertThat(a.of("KAZ").states()).containsExactly("UZB");
    }

    @Test
    void isMissingForAnAggressorOrTargetOutsideTheGraph() {
      GatewaySource.Answer a = geo.shielded(model, "SUN", 2021, List.of("KAZ"));
      assertThat(a.of("KAZ").known()).isFalse();
      assertThat(a.of("KAZ").missing()).contains("SUN is not a state of the 2021 border graph");
      GatewaySource.Answer b = geo.shielded(model, "RUS", 2021, List.of("GIB", "KAZ"));
      assertThat(b.of("GIB").missing()).contains("not a state");
      assertThat(b.byTarget()).containsKey("KAZ");
      assertThat(Map.copyOf(b.byTarget())).hasSize(2);
    }
  }
}
