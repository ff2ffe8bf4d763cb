package org.borderland.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderland.core.model.ModelFixtures.claimsOnly;
import static org.borderland.core.model.ModelFixtures.fb;
import static org.borderland.core.model.ModelFixtures.panel;
import static org.borderland.core.model.ModelFixtures.registry;
import static org.borderland.core.model.ModelFixtures.rev;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderland.core.model.Definition;
import org.borderland.core.model.Definition.Quantity;
import org.borderland.core.model.Definition.Role;
import org.borderland.core.model.Definition.Side;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.ModelFixtures;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.RawValue;
import org.borderland.core.model.Sourcing;
import org.borderland.core.panel.Panel;
import org.junit.jupiter.api.Test;

/** The dispatch from a {@link Definition} to its family covers every case. */
class FamiliesTest {
  /** One of each case of the sealed {@link Definition}. */
  private static final List<Definition> SAMPLES =
      List.of(
          new Definition.KinShare(),
          new Definition.KinAbsolute(),
          new Definition.KinTrend(5),
          new Definition.LanguageShare(),
          new Definition.BroadcastMention(),
          new Definition.DisputeMention(),
          new Definition.TerritorialThreat(),
          new Definition.LandBorder(),
          new Definition.Contiguity(),
          new Definition.GatewayCount(),
          new Definition.Ratio(Quantity.POPULATION),
          new Definition.BlocMembership(Side.AGGRESSOR),
          new Definition.BlocAmbiguity(),
          new Definition.DefencePact(Side.AGGRESSOR),
          new Definition.AlignmentTies(Side.RIVAL),
          new Definition.HedgingScore(),
          new Definition.UnDistance(),
          new Definition.UnVoteAgreement(),
          new Definition.EthnicFractionalisation(),
          new Definition.Fractionalisation(),
          new Definition.Polarisation(),
          new Definition.MajorPower(Role.AGGRESSOR),
          new Definition.MidCount(10),
          new Definition.CuratedCount("territorial_claims", false),
          new Definition.TargetValue("population", ""));

  /** Every dataset the panel below holds, in one tier, revised histories allowed. */
  private static final Sourcing SOURCES =
      Sourcing.revised(
          "factbook-archive",
          "terrthreat",
          "cow-contdir",
          "unga-idealpoints",
          "atop",
          "unga-votes",
          "creg",
          "cow-majors",
          "cow-mid");

  /** Something for every kind, Russia → Kazakhstan as known in 2021. */
  private static final Panel PANEL =
      panel(
          fb("KAZ", "ethnic_share", "Russian", 23.7, 2009, 2016),
          fb("KAZ", "ethnic_share", "Russian", 19.3, 2019, 2021),
          fb("KAZ", "ethnic_share", "Kazakh", 68.0, 2019, 2021),
          fb("KAZ", "ethnic_share", "Other", 12.7, 2019, 2021),
          fb("KAZ", "population", "", 19e6, 2021, 2021),
          fb("RUS", "population", "", 146e6, 2021, 2021),
          fb("KAZ", "language_share", "Russian", 94.4, 2009, 2021),
          fb("KAZ", "broadcast_media", "", null, null, 2021),
          fb("KAZ", "broadcast_foreign", "RUS", 1.0, null, 2021),
          fb("KAZ", "disputes_text", "", null, null, 2021),
          fb("KAZ", "land_border_km", "RUS", 7644.0, null, 2021),
          fb("KAZ", "member_of", "CSTO", 1.0, null, 2021),
          rev("terrthreat", "KAZ", "territorial_threat", "", 0.15, 2010),
          rev("cow-contdir", "KAZ", "contiguity", "RUS", 1.0, 1992),
          rev("unga-idealpoints", "RUS", "un_ideal_point", "", 0.1, 2021),
          rev("unga-idealpoints", "KAZ", "un_ideal_point", "", -0.5, 2021),
          rev("unga-idealpoints", "USA", "un_ideal_point", "", 2.5, 2021),
          rev("atop", "KAZ", "atop_defense", "RUS", 1.0, 1994),
          rev("unga-votes", "KAZ", "un_vote_agreement", "RUS", 0.67, 2019),
          rev("creg", "KAZ", "ethnic_fractionalisation", "", 0.54, 2013),
          rev("cow-majors", "RUS", "major_power", "", 1.0, 1992),
          rev("cow-mid", "RUS", "mid_originated", "GEO", 4.0, 2021));

  private static IndicatorSpec spec(Definition d) {
    return ModelFixtures.spec(d.kind().id(), d, SOURCES);
  }

  private static RawTable compute(IndicatorSpec... specs) {
    return new RawCalculator(ModelFixtures.model(specs), PANEL.index(), claimsOnly(3), registry())
        .compute("RUS", 2021, List.of("KAZ"));
  }

  @Test
  void theSamplesHoldOneOfEachCaseOfTheSealedDefinition() {
    Set<Class<?>> cases = new HashSet<>();
    for (Definition d : SAMPLES) {
      cases.add(d.getClass());
    }
    assertThat(cases)
        .hasSize(SAMPLES.size())
        .isEqualTo(Set.of(Definition.class.getPermittedSubclasses()));
    assertThat(SAMPLES)
        .extracting(Definition::kind)
        .containsExactlyInAnyOrder(Definition.Kind.values());
  }

  @Test
  void routesEveryCaseToAFamilyThatReadsItsSeries() {
    for (Definition d : SAMPLES) {
      RawValue v = compute(spec(d)).get("KAZ", d.kind().id());
      if (d instanceof Definition.GatewayCount) {
        assertThat(v.isFilled()).isFalse();
        assertThat(v.note()).contains("without a gateway source");
      } else {
        assertThat(v.isFilled()).as(d + ": " + v.note()).isTrue();
      }
      assertThat(v.unit()).isEqualTo("u");
    }
  }

  @Test
  void everyCaseInOneModelGivesWhatItGivesAlone() {
    // One calculator keeps every indicator's memo slots apart.
    IndicatorSpec[] all = SAMPLES.stream().map(FamiliesTest::spec).toArray(IndicatorSpec[]::new);
    RawTable together = compute(all);
    for (IndicatorSpec s : all) {
      assertThat(together.get("KAZ", s.id())).as(s.id()).isEqualTo(compute(s).get("KAZ", s.id()));
    }
  }
}
