package org.borderland.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.borderland.core.model.ModelFixtures.FACTBOOK;
import static org.borderland.core.model.ModelFixtures.FACTBOOK_CENSUS;
import static org.borderland.core.model.ModelFixtures.cell;
import static org.borderland.core.model.ModelFixtures.census;
import static org.borderland.core.model.ModelFixtures.fb;
import static org.borderland.core.model.ModelFixtures.json;
import static org.borderland.core.model.ModelFixtures.panel;
import static org.borderland.core.model.ModelFixtures.rev;
import static org.borderland.core.model.ModelFixtures.spec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderland.core.country.UnknownCountryException;
import org.borderland.core.model.AggressorProfile;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.Definition;
import org.borderland.core.model.Definition.Quantity;
import org.borderland.core.model.Definition.Side;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.ModelFixtures;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.RawValue;
import org.borderland.core.model.Sourcing;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.pipeline.Aggregation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RawCalculatorTest {
  private static final IndicatorSpec KIN = spec("kin", new Definition.KinShare(), FACTBOOK_CENSUS);

  @Nested
  class KinShare {
    @Test
    void isTheGroupsShareInTheNewestEditionKnownThatYear() {
      Panel p =
          panel(
              fb("KAZ", "ethnic_share", "Russian", 23.7, 2009, 2011),
              fb("KAZ", "ethnic_share", "Russian", 19.3, 2019, 2019));
      RawValue v = cell(p, KIN, "KAZ", 2021);
      assertThat(v.value()).isEqualTo(19.3);
      assertThat(v.status()).isEqualTo(RawValue.Status.FILLED);
      assertThat(v.sources()).singleElement().extracting(Observation::edition).isEqualTo(2019);
      assertThat(v.revised()).isFalse();
    }

    @Test
    void aFigurePublishedAfterTheKnowledgeYearIsNotUsed() {
      Panel p =
          panel(
              fb("KAZ", "ethnic_share", "Russian", 23.7, 2009, 2011),
              fb("KAZ", "ethnic_share", "Russian", 19.3, 2019, 2019));
      assertThat(cell(p, KIN, "KAZ", 2018).value()).isEqualTo(23.7);
      assertThat(cell(p, KIN, "KAZ", 2010).isFilled()).isFalse();
    }

    @Test
    void aGroupLeftOutOfAListedEditionCountsAsZeroCitingTheList() {
      Panel p =
          panel(
              fb("POL", "ethnic_share", "Polish", 96.9, 2011, 2021),
              fb("POL", "ethnic_share", "other", 3.1, 2011, 2021));
      RawValue v = cell(p, KIN, "POL", 2021);
      assertThat(v.value()).isZero();
      assertThat(v.isFilled()).isTrue();
      assertThat(v.sources()).singleElement().extracting(Observation::country).isEqualTo("POL");
      assertThat(v.note()).contains("none of [Russian]").contains("counted as 0");
    }

    @Test
    void aGroupNamedWithoutAFigureIsMissingNotZero() {
      Panel p =
          panel(
              fb("KAZ", "ethnic_share", "Kazakh", 40.0, null, 1992),
              fb("KAZ", "ethnic_share", "Russian", null, null, 1992));
      RawValue v = cell(p, KIN, "KAZ", 1992);
      assertThat(v.isFilled()).isFalse();
      assertThat(v.value()).isNull();
      assertThat(v.note()).contains("names 'Russian'").contains("without a figure");
    }

    @Test
    void aTargetWithNoListIsMissingWithTheReason() {
      Panel p = panel(fb("KAZ", "population", "", 1.9e7, 2021, 2021));
      RawValue v = cell(p, KIN, "KAZ", 2021);
      assertThat(v.isFilled()).isFalse();
      assertThat(v.note()).contains("KAZ ethnic_share 'Russian'").contains("never reported");
    }

    @Test
    void aCuratedCensusCompetesWithTheFactbookOnTheYearItDescribes() {
      Panel p =
          panel(
              fb("KAZ", "ethnic_share", "Russian", 19.3, 2019, 2022),
              census("KAZ", "Russian", 15.5, 2021, LocalDate.of(2022, 7, 31), false));
      RawValue v = cell(p, KIN, "KAZ", 2022);
      assertThat(v.value()).isEqualTo(15.5);
      assertThat(v.unverified()).isTrue();
      // Without the curated dataset the Factbook figure is used.
      IndicatorSpec factbookOnly = spec("kin", new Definition.KinShare(), FACTBOOK);
      assertThat(cell(p, factbookOnly, "KAZ", 2022).value()).isEqualTo(19.3);
    }

    @Test
    void aCensusPublishedAfterTheYearIsNotUsed() {
      Panel p =
          panel(
              fb("KAZ", "ethnic_share", "Russian", 19.3, 2019, 2021),
              census("KAZ", "Russian", 15.5, 2021, LocalDate.of(2022, 7, 31), true));
      assertThat(cell(p, KIN, "KAZ", 2021).value()).isEqualTo(19.3);
    }

    @Test
    void anAggressorWithoutAnEthnicListIsMissingAndSaysWhatToAdd() {
      Panel p = panel(fb("RUS", "ethnic_share", "Kazakh", 1.0, 2010, 2021));
      Model m = ModelFixtures.model(KIN);
      RawValue v =
          new RawCalculator(m, p.index(), CuratedCounts.none(), ModelFixtures.registry())
              .compute("KAZ", 2021, List.of("RUS"))
              .get("RUS", "kin");
      assertThat(v.isFilled()).isFalse();
      assertThat(v.note())
          .contains("main ethnic group of KAZ unknown")
          .contains("no ethnic groups of KAZ")
          .contains("kinGroups under aggressors: KAZ");
    }

    @Test
    void sharesOfSeveralNamesInOneEditionAreAdded() {
      AggressorProfile chn =
          new AggressorProfile(
              "CHN",
              List.of("Han Chinese", "Chinese"),
              List.of(),
              Map.of(),
              Map.of(),
              List.of(),
              List.of());
      Model m =
          new Model(
              "t",
              "T",
              "",
              Map.of("CHN", chn),
              List.of(new FactorGroup("f", "F", "", 1, Aggregation.ARITHMETIC_MEAN, false)),
              List.of(KIN),
              Aggregation.ARITHMETIC_MEAN,
              List.of());
      Panel p =
          panel(
              fb("KAZ", "ethnic_share", "Chinese", 2.0, 2019, 2021),
              fb("KAZ", "ethnic_share", "Han Chinese", 1.0, 2019, 2021));
      RawValue v =
          new RawCalculator(m, p.index(), CuratedCounts.none(), ModelFixtures.registry())
              .compute("CHN", 2021, List.of("KAZ"))
              .get("KAZ", "kin");
      assertThat(v.value()).isEqualTo(3.0);
      assertThat(v.sources()).hasSize(2);
    }
  }

  @Nested
  class KinAbsoluteAndTrend {
    @Test
    void absoluteIsShareTimesPopulationWithBothSources() {
      IndicatorSpec s = spec("people", new Definition.KinAbsolute(), FACTBOOK);
      Panel p =
          panel(
              fb("KAZ", "ethnic_share", "Russian", 20.0, 2019, 2021),
              fb("KAZ", "population", "", 19_000_000.0, 2021, 2021));
      RawValue v = cell(p, s, "KAZ", 2021);
      assertThat(v.value()).isCloseTo(3_800_000.0, within(1e-6));
      assertThat(v.sources())
          .extracting(Observation::indicator)
          .containsExactly("ethnic_share", "population");
    }

    @Test
    void absoluteIsMissingWhenThePopulationIsUnknown() {
      IndicatorSpec s = spec("people", new Definition.KinAbsolute(), FACTBOOK);
      Panel p = panel(fb("KAZ", "ethnic_share", "Russian", 20.0, 2019, 2021));
      RawValue v = cell(p, s, "KAZ", 2021);
      assertThat(v.isFilled()).isFalse();
      assertThat(v.note()).startsWith("population missing");
    }

    @Test
    void trendIsTheChangeBetweenTheShareKnownThenAndNow() {
      IndicatorSpec s = spec("trend", new Definition.KinTrend(10), FACTBOOK);
      Panel p =
          panel(
              fb("KAZ", "ethnic_share", "Russian", 23.7, 2009, 2011),
              fb("KAZ", "ethnic_share", "Russian", 19.3, 2019, 2021));
      RawValue v = cell(p, s, "KAZ", 2021);
      assertThat(v.value()).isCloseTo(-4.4, within(1e-9));
      assertThat(v.sources()).extracting(Observation::edition).containsExactly(2021, 2011);
      assertThat(cell(p, s, "KAZ", 2020).isFilled()).as("nothing known in 2010").isFalse();
    }
  }

  @Nested
  class Language {
    private final IndicatorSpec lang =
        spec("lang", new Definition.LanguageShare(), FACTBOOK_CENSUS);

    @Test
    void isTheShareSpeakingTheAggressorsLanguage() {
      Panel p =
          panel(
              fb("KAZ", "language_share", "Kazakh", 83.1, 2017, 2021),
              fb("KAZ", "language_share", "Russian", 94.4, 2009, 2021));
      assertThat(cell(p, lang, "KAZ", 2021).value()).isEqualTo(94.4);
    }

    @Test
    void isZeroWhenAListWithFiguresLeavesItOut() {
      Panel p = panel(fb("POL", "language_share", "Polish", 98.2, 2011, 2021));
      assertThat(cell(p, lang, "POL", 2021).value()).isZero();
    }
  }

  @Nested
  class Mentions {
    private final IndicatorSpec broadcast = spec("tv", new Definition.BroadcastMention(), FACTBOOK);
    private final IndicatorSpec disputes = spec("d", new Definition.DisputeMention(), FACTBOOK);

    @Test
    void broadcastTextNamingTheAggressorGivesOneWithBothRowsCited() {
      Panel p =
          panel(
              fb("UKR", "broadcast_media", "", null, null, 2021),
              fb("UKR", "broadcast_foreign", "RUS", 1.0, null, 2021).withNote("named as: Russian"));
      RawValue v = cell(p, broadcast, "UKR", 2021);
      assertThat(v.value()).isEqualTo(1.0);
      assertThat(v.sources())
          .extracting(Observation::indicator)
          .containsExactly("broadcast_foreign", "broadcast_media");
      assertThat(v.note()).contains("named as: Russian");
    }

    @Test
    void aTextThatDoesNotNameTheAggressorGivesZeroAndNoTextIsMissing() {
      Panel p =
          panel(
              fb("KAZ", "broadcast_media", "", null, null, 2021),
              fb("KAZ", "broadcast_foreign", "CHN", 1.0, null, 2021),
              fb("KGZ", "population", "", 6e6, 2021, 2021));
      RawValue zero = cell(p, broadcast, "KAZ", 2021);
      assertThat(zero.value()).isZero();
      assertThat(zero.note()).contains("does not name RUS");
      RawValue missing = cell(p, broadcast, "KGZ", 2021);
      assertThat(missing.isFilled()).isFalse();
      assertThat(missing.note()).contains("no broadcast-media text for KGZ");
    }

    @Test
    void aMentionThatIsNotAClaimGivesZeroCitingTheRejectedSentence() {
      String note =
          "not a claim (boundary settled): \"demarcation with China completed in 2002\"; named"
              + " as: China";
      Panel p =
          panel(
              fb("KAZ", "disputes_text", "", null, null, 2023),
              fb("KAZ", "dispute_mentions", "CHN", 0.0, null, 2023).withNote(note));
      RawValue v =
          new RawCalculator(
                  ModelFixtures.model(disputes),
                  p.index(),
                  CuratedCounts.none(),
                  ModelFixtures.registry())
              .compute("CHN", 2023, List.of("KAZ"))
              .get("KAZ", "d");
      assertThat(v.value()).isZero();
      assertThat(v.sources())
          .extracting(Observation::indicator)
          .containsExactly("dispute_mentions", "disputes_text");
      assertThat(v.note())
          .isEqualTo(
              "the 2023 international-disputes text of KAZ names CHN, but not in a claim: " + note);
    }

    @Test
    void aLanguageIsNotTheAggressorsMedia() {
      Panel p =
          panel(
              fb("GEO", "broadcast_media", "", null, null, 2020),
              fb("GEO", "broadcast_foreign", "RUS", 0.0, null, 2020)
                  .withNote("named as a language: Russian language"));
      RawValue v = cell(p, broadcast, "GEO", 2020);
      assertThat(v.value()).isZero();
      assertThat(v.note())
          .isEqualTo(
              "the 2020 broadcast-media text of GEO names RUS, but not as its media: named as a"
                  + " language: Russian language");
    }

    @Test
    void aMentionInAnOlderEditionIsNotReadIntoANewerText() {
      Panel p =
          panel(
              fb("KAZ", "disputes_text", "", null, null, 2020),
              fb("KAZ", "dispute_mentions", "RUS", 1.0, null, 2020),
              fb("KAZ", "disputes_text", "", null, null, 2021));
      assertThat(cell(p, disputes, "KAZ", 2020).value()).isEqualTo(1.0);
      assertThat(cell(p, disputes, "KAZ", 2021).value()).isZero();
    }

    @Test
    void disputesFallBackToTheLastEditionWithTheFieldAndSaySo() {
      Panel p =
          panel(
              fb("KAZ", "disputes_text", "", null, null, 2023),
              fb("KAZ", "dispute_mentions", "RUS", 1.0, null, 2023),
              fb("KAZ", "population", "", 2e7, 2024, 2024),
              fb("KAZ", "population", "", 2e7, 2025, 2025));
      RawValue v = cell(p, disputes, "KAZ", 2025);
      assertThat(v.value()).isEqualTo(1.0);
      assertThat(v.note()).contains("falling back to the 2023 edition").contains("[2025, 2024]");
    }

    @Test
    void theNewestOfArchiveAndSnapshotTextIsRead() {
      Panel p =
          panel(
              fb("KAZ", "disputes_text", "", null, null, 2023),
              json("KAZ", "disputes_text", "", null, null, 2024),
              json("KAZ", "dispute_mentions", "RUS", 1.0, null, 2024));
      RawValue v = cell(p, disputes, "KAZ", 2024);
      assertThat(v.value()).isEqualTo(1.0);
      assertThat(v.primary().source().dataset()).isEqualTo("factbook-json");
    }
  }

  @Nested
  class Border {
    private final IndicatorSpec border = spec("b", new Definition.LandBorder(), FACTBOOK);

    @Test
    void isTheLengthInTheTargetsList() {
      Panel p =
          panel(
              fb("KAZ", "land_border_km", "RUS", 7644.0, null, 2021),
              fb("KAZ", "land_border_km", "CHN", 1765.0, null, 2021));
      RawValue v = cell(p, border, "KAZ", 2021);
      assertThat(v.value()).isEqualTo(7644.0);
      assertThat(v.unit()).isEqualTo("u");
    }

    @Test
    void isZeroWhenTheTargetsListLeavesTheAggressorOut() {
      Panel p = panel(fb("UZB", "land_border_km", "KAZ", 2330.0, null, 2021));
      RawValue v = cell(p, border, "UZB", 2021);
      assertThat(v.value()).isZero();
      assertThat(v.note()).contains("RUS is not among the land neighbours of UZB");
    }

    @Test
    void isZeroForACountryWithoutLandBoundaries() {
      Panel p = panel(fb("ISL", "land_border_total_km", "", 0.0, null, 2021));
      RawValue v = cell(p, border, "ISL", 2021);
      assertThat(v.value()).isZero();
      assertThat(v.note()).contains("no land boundaries");
    }

    @Test
    void fallsBackToTheAggressorsListWhenTheTargetHasNone() {
      Panel p = panel(fb("RUS", "land_border_km", "KAZ", 7644.0, null, 2021));
      RawValue v = cell(p, border, "KAZ", 2021);
      assertThat(v.value()).isEqualTo(7644.0);
      assertThat(v.primary().country()).isEqualTo("RUS");
    }

    @Test
    void isMissingWhenNeitherListIsKnown() {
      Panel p = panel(fb("KAZ", "population", "", 1.0, 2021, 2021));
      assertThat(cell(p, border, "KAZ", 2021).isFilled()).isFalse();
    }

    @Test
    void aDamagedEditionFallsBackToTheLastFullList() {
      Panel p =
          panel(
              fb("KAZ", "land_border_km", "RUS", 7644.0, null, 2017),
              fb("KAZ", "land_border_total_km", "", 13364.0, null, 2018));
      RawValue v = cell(p, border, "KAZ", 2018);
      assertThat(v.value()).isEqualTo(7644.0);
      assertThat(v.note()).contains("falling back past editions [2018]");
    }
  }

  @Nested
  class Contiguity {
    private final IndicatorSpec cont =
        spec("c", new Definition.Contiguity(), Sourcing.revised("cow-contdir"));

    @Test
    void isSixMinusTheTypeInForceAndFlaggedRevised() {
      Panel p = panel(rev("cow-contdir", "KAZ", "contiguity", "RUS", 1.0, 1992));
      RawValue v = cell(p, cont, "KAZ", 2021);
      assertThat(v.value()).isEqualTo(5.0);
      assertThat(v.revised()).isTrue();
    }

    @Test
    void anEndedSpellAndAnUnlistedPairAreZero() {
      Panel p =
          panel(
              rev("cow-contdir", "UKR", "contiguity", "RUS", 1.0, 1992),
              rev("cow-contdir", "UKR", "contiguity", "RUS", 0.0, 2015),
              rev("cow-contdir", "POL", "contiguity", "UKR", 1.0, 1992));
      assertThat(cell(p, cont, "UKR", 2014).value()).isEqualTo(5.0);
      assertThat(cell(p, cont, "UKR", 2016).value()).isZero();
      assertThat(cell(p, cont, "POL", 2016).value()).isZero();
    }

    @Test
    void isMissingWhenRevisedHistoriesAreNotAllowed() {
      IndicatorSpec strict = spec("c", new Definition.Contiguity(), Sourcing.of("cow-contdir"));
      Panel p = panel(rev("cow-contdir", "KAZ", "contiguity", "RUS", 1.0, 1992));
      assertThat(cell(p, strict, "KAZ", 2021).isFilled()).isFalse();
    }
  }

  @Test
  void gatewayCountIsMissingWithoutAGatewaySource() {
    IndicatorSpec g = spec("g", new Definition.GatewayCount(), FACTBOOK);
    RawValue v = cell(panel(fb("KAZ", "population", "", 1.0, 2021, 2021)), g, "KAZ", 2021);
    assertThat(v.isFilled()).isFalse();
    assertThat(v.note()).contains("without a gateway source");
  }

  @Nested
  class Ratios {
    private final IndicatorSpec pop =
        spec("pop", new Definition.Ratio(Quantity.POPULATION), FACTBOOK);

    @Test
    void divideTheAggressorsFigureByTheTargetsAndCiteBoth() {
      Panel p =
          panel(
              fb("RUS", "population", "", 142_000_000.0, 2021, 2021),
              fb("KAZ", "population", "", 19_000_000.0, 2021, 2021));
      RawValue v = cell(p, pop, "KAZ", 2021);
      assertThat(v.value()).isCloseTo(142.0 / 19.0, within(1e-12));
      assertThat(v.sources()).extracting(Observation::country).containsExactly("RUS", "KAZ");
    }

    @Test
    void areMissingWhenEitherSideIsUnknownOrTheTargetsFigureIsZero() {
      Panel onlyRussia = panel(fb("RUS", "population", "", 142e6, 2021, 2021));
      RawValue v = cell(onlyRussia, pop, "KAZ", 2021);
      assertThat(v.isFilled()).isFalse();
      assertThat(v.note()).startsWith("KAZ's population");
      assertThat(v.sources()).extracting(Observation::country).containsExactly("RUS");
      Panel zero =
          panel(
              fb("RUS", "population", "", 142e6, 2021, 2021),
              fb("KAZ", "population", "", 0.0, 2021, 2021));
      assertThat(cell(zero, pop, "KAZ", 2021).note()).contains("undefined");
      Panel onlyKaz = panel(fb("KAZ", "population", "", 19e6, 2021, 2021));
      assertThat(cell(onlyKaz, pop, "KAZ", 2021).note()).startsWith("RUS's population");
    }

    @Test
    void militarySpendingPrefersAsKnownFiguresThenTheLaterYear() {
      IndicatorSpec milex =
          spec(
              "milex",
              new Definition.Ratio(Quantity.MILITARY_SPENDING),
              new Sourcing(
                  List.of(List.of("factbook-archive", "factbook-json"), List.of("cow-nmc")), true),
              5);
      List<Observation> rows = new ArrayList<>();
      // Russia: an old printed figure (too old), a recent % of GDP and GDP.
      rows.add(fb("RUS", "milex_usd", "", 20e9, 2002, 2005));
      rows.add(fb("RUS", "milex_gdp_pct", "", 4.0, 2020, 2021));
      rows.add(fb("RUS", "gdp_usd", "", 1.5e12, 2019, 2021));
      rows.add(rev("cow-nmc", "RUS", "milex_usd", "", 65e9, 2021));
      // Kazakhstan: only the revised COW figure.
      rows.add(rev("cow-nmc", "KAZ", "milex_usd", "", 1.5e9, 2021));
      RawValue v = cell(panel(rows), milex, "KAZ", 2021);
      assertThat(v.value()).isCloseTo(0.04 * 1.5e12 / 1.5e9, within(1e-6));
      assertThat(v.sources())
          .extracting(o -> o.country() + "/" + o.indicator())
          .containsExactly("RUS/milex_gdp_pct", "RUS/gdp_usd", "KAZ/milex_usd");
      assertThat(v.revised()).as("Kazakhstan's side is a revised figure").isTrue();
    }

    @Test
    void aFigureOlderThanMaxAgeGivesWayToTheNextTier() {
      IndicatorSpec gdp =
          spec(
              "gdp",
              new Definition.Ratio(Quantity.GDP),
              new Sourcing(List.of(List.of("factbook-archive"), List.of("wdi-gdp")), true),
              5);
      Panel p =
          panel(
              fb("RUS", "gdp_usd", "", 1.7e12, 2020, 2021),
              fb("PRK", "gdp_usd", "", 1.7e10, 2013, 2021),
              rev("wdi-gdp", "PRK", "gdp_usd", "", 1.6e10, 2019));
      RawValue v = cell(p, gdp, "PRK", 2021);
      assertThat(v.value()).isCloseTo(1.7e12 / 1.6e10, within(1e-9));
      Panel stale =
          panel(
              fb("RUS", "gdp_usd", "", 1.7e12, 2020, 2021),
              fb("PRK", "gdp_usd", "", 1.7e10, 2013, 2021));
      RawValue m = cell(stale, gdp, "PRK", 2021);
      assertThat(m.isFilled()).isFalse();
      assertThat(m.note()).contains("describes 2013, more than 5 years before 2021");
    }
  }

  @Nested
  class Alignment {
    private final IndicatorSpec blocs =
        spec("blocs", new Definition.BlocMembership(Side.AGGRESSOR), FACTBOOK);

    @Test
    void countsTheAggressorsBlocsTheTargetBelongsToUnderAnyOfTheirKeys() {
      Panel p =
          panel(
              fb("KAZ", "member_of", "CSTO", 1.0, null, 2012),
              fb("KAZ", "member_of", "EAEC", 1.0, null, 2012),
              fb("KAZ", "member_of", "CIS", 1.0, null, 2012),
              fb("KAZ", "member_of", "UN", 1.0, null, 2012));
      RawValue v = cell(p, blocs, "KAZ", 2012);
      assertThat(v.value()).isEqualTo(3.0);
      assertThat(v.note()).isEqualTo("member of CSTO, EAEU, CIS");
    }

    @Test
    void isZeroWithTheListCitedWhenTheTargetIsInNoneAndMissingWithoutAList() {
      Panel p = panel(fb("POL", "member_of", "NATO", 1.0, null, 2021));
      RawValue v = cell(p, blocs, "POL", 2021);
      assertThat(v.value()).isZero();
      assertThat(v.sources()).hasSize(1);
      assertThat(
              cell(panel(fb("POL", "population", "", 1.0, 2021, 2021)), blocs, "POL", 2021)
                  .isFilled())
          .isFalse();
      IndicatorSpec rivals = spec("rivals", new Definition.BlocMembership(Side.RIVAL), FACTBOOK);
      assertThat(cell(p, rivals, "POL", 2021).value()).isEqualTo(1.0);
    }

    @Test
    void ambiguityIsBlocsTimesUnDistance() {
      IndicatorSpec amb =
          spec(
              "amb",
              new Definition.BlocAmbiguity(),
              new Sourcing(
                  List.of(List.of("factbook-archive"), List.of("unga-idealpoints")), true));
      Panel p =
          panel(
              fb("KAZ", "member_of", "CSTO", 1.0, null, 2021),
              fb("KAZ", "member_of", "CIS", 1.0, null, 2021),
              rev("unga-idealpoints", "RUS", "un_ideal_point", "", 0.1, 2021),
              rev("unga-idealpoints", "KAZ", "un_ideal_point", "", -0.5, 2021),
              fb("POL", "member_of", "NATO", 1.0, null, 2021));
      RawValue v = cell(p, amb, "KAZ", 2021);
      assertThat(v.value()).isCloseTo(2 * 0.6, within(1e-12));
      assertThat(v.sources()).hasSize(4);
      assertThat(cell(p, amb, "POL", 2021).value()).isZero();
    }

    @Test
    void unDistanceIsTheAbsoluteGapAndCitesBothIdealPoints() {
      IndicatorSpec d =
          spec("d", new Definition.UnDistance(), Sourcing.revised("unga-idealpoints"));
      Panel p =
          panel(
              rev("unga-idealpoints", "RUS", "un_ideal_point", "", 0.1, 2021),
              rev("unga-idealpoints", "UKR", "un_ideal_point", "", 1.1, 2021));
      RawValue v = cell(p, d, "UKR", 2021);
      assertThat(v.value()).isCloseTo(1.0, within(1e-12));
      assertThat(v.sources()).extracting(Observation::country).containsExactly("RUS", "UKR");
    }

    @Test
    void voteAgreementNamesThePermanentMembersWhenTheAggressorIsNotOne() {
      IndicatorSpec a = spec("a", new Definition.UnVoteAgreement(), Sourcing.revised("unga-votes"));
      Panel p =
          panel(
              rev("unga-votes", "KAZ", "un_vote_agreement", "RUS", 0.67, 2019),
              rev("unga-votes", "KAZ", "un_vote_agreement", "USA", 0.14, 2019));
      assertThat(cell(p, a, "KAZ", 2021).value()).isEqualTo(0.67);
      Model m = ModelFixtures.model(a);
      RawValue v =
          new RawCalculator(m, p.index(), CuratedCounts.none(), ModelFixtures.registry())
              .compute("TUR", 2021, List.of("KAZ"))
              .get("KAZ", "a");
      assertThat(v.isFilled()).isFalse();
      assertThat(v.note()).contains("only with the permanent members").contains("not with TUR");
    }

    @Test
    void aDefencePactWithARivalInForceGivesOne() {
      IndicatorSpec pact =
          spec("pact", new Definition.DefencePact(Side.RIVAL), Sourcing.revised("atop"));
      Panel p =
          panel(
              rev("atop", "POL", "atop_defense", "USA", 1.0, 1999),
              rev("atop", "GEO", "atop_defense", "RUS", 1.0, 1993),
              rev("atop", "GEO", "atop_defense", "RUS", 0.0, 2010));
      assertThat(cell(p, pact, "POL", 2021).value()).isEqualTo(1.0);
      assertThat(cell(p, pact, "POL", 1998).value()).isZero();
      IndicatorSpec withAggressor =
          spec("ally", new Definition.DefencePact(Side.AGGRESSOR), Sourcing.revised("atop"));
      assertThat(cell(p, withAggressor, "GEO", 2005).value()).isEqualTo(1.0);
      assertThat(cell(p, withAggressor, "GEO", 2015).value()).isZero();
    }
  }

  @Nested
  class TargetSeries {
    @Test
    void territorialThreatIsUsedOnlyWhenRevisedHistoryIsAllowed() {
      Panel p = panel(rev("terrthreat", "KAZ", "territorial_threat", "", 0.15, 2010));
      IndicatorSpec allowed =
          spec("t", new Definition.TerritorialThreat(), Sourcing.revised("terrthreat"));
      IndicatorSpec strict =
          spec("t", new Definition.TerritorialThreat(), Sourcing.of("terrthreat"));
      RawValue v = cell(p, allowed, "KAZ", 2021);
      assertThat(v.value()).isEqualTo(0.15);
      assertThat(v.revised()).isTrue();
      RawValue m = cell(p, strict, "KAZ", 2021);
      assertThat(m.isFilled()).isFalse();
      assertThat(m.note()).contains("not allowed by the source policy");
    }

    @Test
    void fractionalisationAndAnyTargetSeriesAreRead() {
      Panel p =
          panel(
              rev("creg", "KAZ", "ethnic_fractionalisation", "", 0.54, 2013),
              fb("KAZ", "urban_population", "", 9e6, 2021, 2021));
      IndicatorSpec frac =
          spec("frac", new Definition.EthnicFractionalisation(), Sourcing.revised("creg"));
      assertThat(cell(p, frac, "KAZ", 2021).value()).isEqualTo(0.54);
      assertThat(cell(p, frac, "KAZ", 2012).isFilled()).as("a figure for 2013 in 2012").isFalse();
      IndicatorSpec any = spec("any", new Definition.TargetValue("urban_population", ""), FACTBOOK);
      assertThat(cell(p, any, "KAZ", 2021).value()).isEqualTo(9e6);
    }

    @Test
    void majorPowerStatusIsOneWhileHeldAndZeroOtherwise() {
      IndicatorSpec mp =
          spec(
              "mp",
              new Definition.MajorPower(Definition.Role.TARGET),
              Sourcing.revised("cow-majors"));
      Panel p =
          panel(
              rev("cow-majors", "CHN", "major_power", "", 1.0, 1950),
              rev("cow-majors", "KAZ", "population", "", 1.0, 2000));
      assertThat(cell(p, mp, "CHN", 2021).value()).isEqualTo(1.0);
      assertThat(cell(p, mp, "KAZ", 2021).value()).isZero();
    }

    @Test
    void disputesBegunAreCountedInTheWindow() {
      IndicatorSpec mids = spec("mids", new Definition.MidCount(11), Sourcing.revised("cow-mid"));
      Panel p =
          panel(
              rev("cow-mid", "RUS", "mid_originated", "GEO", 4.0, 2000),
              rev("cow-mid", "RUS", "mid_originated", "GEO", 5.0, 2008),
              rev("cow-mid", "RUS", "mid_originated", "UKR", 4.0, 2014));
      RawValue v = cell(p, mids, "GEO", 2010);
      assertThat(v.value()).as("2000 and 2008, in 2000–2010").isEqualTo(2.0);
      assertThat(v.sources()).hasSize(2);
      assertThat(cell(p, mids, "GEO", 2011).value()).as("2008 only, in 2001–2011").isEqualTo(1.0);
      RawValue later = cell(p, mids, "GEO", 2021);
      assertThat(later.isFilled())
          .as("years past the end of the data are unknown, not zero")
          .isFalse();
      assertThat(later.note()).contains("the MID data end in 2014").contains("not zero");
    }

    @Test
    void theDataEndIsTheReleasesNotTheAggressorsLastDispute() {
      IndicatorSpec mids = spec("mids", new Definition.MidCount(5), Sourcing.revised("cow-mid"));
      Panel p =
          panel(
              rev("cow-mid", "KAZ", "mid_originated", "UZB", 4.0, 1995),
              rev("cow-mid", "RUS", "mid_originated", "UKR", 4.0, 2014));
      RawCalculator calc =
          new RawCalculator(
              ModelFixtures.model(mids), p.index(), CuratedCounts.none(), ModelFixtures.registry());
      // KAZ's last dispute is in 1995; the data run to 2014. Reading 1995 as the end would make
      // its count unknown in 2010 only because it began no later dispute: a look-ahead.
      RawValue quiet = calc.compute("KAZ", 2010, List.of("UZB")).get("UZB", "mids");
      assertThat(quiet.isFilled()).isTrue();
      assertThat(quiet.value()).isZero();
      assertThat(calc.compute("KAZ", 2015, List.of("UZB")).get("UZB", "mids").isFilled())
          .as("after the release's end: unknown")
          .isFalse();
    }
  }

  @Nested
  class CuratedCountsKind {
    private final IndicatorSpec claims =
        spec(
            "claims",
            new Definition.CuratedCount("territorial_claims", false),
            Sourcing.of("curated"));

    @Test
    void isMissingNotZeroWhereThePairWasNeverResearched() {
      Panel p = panel(fb("UZB", "population", "", 1.0, 2021, 2021));
      RawValue v = cell(p, claims, "UZB", 2021, ModelFixtures.claimsOnly(3));
      assertThat(v.isFilled()).isFalse();
      assertThat(v.note()).contains("not been researched").contains("not 0");
    }

    @Test
    void countsTheFactsWithEachFactCitedAndUnverifiedOnesFlagged() {
      Panel p = panel(fb("KAZ", "population", "", 1.0, 2021, 2021));
      RawValue v = cell(p, claims, "KAZ", 2021, ModelFixtures.claimsOnly(3));
      assertThat(v.value()).isEqualTo(3.0);
      assertThat(v.sources()).hasSize(3);
      assertThat(v.unverified()).isTrue();
      RawValue none = cell(p, claims, "KAZ", 2021, ModelFixtures.claimsOnly(0));
      assertThat(none.value()).as("researched, nothing found").isZero();
      IndicatorSpec verified =
          spec(
              "v", new Definition.CuratedCount("territorial_claims", true), Sourcing.of("curated"));
      RawValue onlyVerified = cell(p, verified, "KAZ", 2021, ModelFixtures.claimsOnly(3));
      assertThat(onlyVerified.value()).isEqualTo(1.0);
      assertThat(onlyVerified.unverified()).isFalse();
    }
  }

  @Nested
  class Table {
    @Test
    void changingOneSourceFigureChangesTheRawValue() {
      IndicatorSpec pop = spec("pop", new Definition.Ratio(Quantity.POPULATION), FACTBOOK);
      Panel before =
          panel(
              fb("RUS", "population", "", 142e6, 2021, 2021),
              fb("KAZ", "population", "", 19e6, 2021, 2021));
      Panel after =
          panel(
              fb("RUS", "population", "", 142e6, 2021, 2021),
              fb("KAZ", "population", "", 20e6, 2021, 2021));
      assertThat(cell(after, pop, "KAZ", 2021).value())
          .isNotEqualTo(cell(before, pop, "KAZ", 2021).value())
          .isCloseTo(142.0 / 20.0, within(1e-12));
    }

    @Test
    void holdsOneCellPerTargetAndIndicatorAndMarksTargetsThatDidNotExist() {
      IndicatorSpec pop = spec("pop", new Definition.Ratio(Quantity.POPULATION), FACTBOOK);
      Model m = ModelFixtures.model(KIN, pop);
      Panel p =
          panel(
              fb("RUS", "population", "", 142e6, 2021, 2021),
              fb("KAZ", "population", "", 19e6, 2021, 2021),
              fb("KAZ", "ethnic_share", "Russian", 19.3, 2019, 2021));
      RawTable t =
          new RawCalculator(m, p.index(), CuratedCounts.none(), ModelFixtures.registry())
              .compute("RUS", 2021, List.of("KAZ", "SUN"));
      assertThat(t.targets()).containsExactly("KAZ", "SUN");
      assertThat(t.indicators()).containsExactly("kin", "pop");
      assertThat(t.cells()).hasSize(4);
      assertThat(t.get("SUN", "pop").note()).contains("did not exist in 2021");
      assertThat(t.fillRate("pop")).isEqualTo(0.5);
      assertThat(t.column("kin")[0]).isEqualTo(19.3);
      assertThat(Double.isNaN(t.column("kin")[1])).isTrue();
      assertThat(t.missing("kin")).containsOnlyKeys("SUN");
    }

    @Test
    void rejectsUnknownCodesRepeatsAndTheAggressorAsATarget() {
      RawCalculator c =
          new RawCalculator(
              ModelFixtures.model(KIN),
              panel(fb("KAZ", "population", "", 1.0, 2021, 2021)).index(),
              CuratedCounts.none(),
              ModelFixtures.registry());
      assertThatThrownBy(() -> c.compute("RUS", 2021, List.of("KAZZ")))
          .isInstanceOf(UnknownCountryException.class)
          .hasMessageContaining("KAZ");
      assertThatThrownBy(() -> c.compute("RUS", 2021, List.of("KAZ", "KAZ")))
          .hasMessageContaining("listed twice");
      assertThatThrownBy(() -> c.compute("RUS", 2021, List.of("RUS")))
          .hasMessageContaining("is the aggressor");
    }

    @Test
    void theStaticEntryPointGivesTheSameValuesAsACalculator() {
      Panel p =
          panel(
              fb("KAZ", "ethnic_share", "Russian", 19.3, 2019, 2021),
              fb("UZB", "ethnic_share", "Uzbek", 83.8, 2017, 2021));
      Model m = ModelFixtures.model(KIN);
      RawTable t =
          RawCalculator.compute(
              m,
              p,
              CuratedCounts.none(),
              ModelFixtures.registry(),
              "RUS",
              2021,
              List.of("KAZ", "UZB"));
      assertThat(t.column("kin")).containsExactly(19.3, 0.0);
    }
  }
}
