package org.borderland.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.borderland.core.model.ModelFixtures.fb;
import static org.borderland.core.model.ModelFixtures.registry;
import static org.borderland.core.model.ModelFixtures.rev;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderland.core.model.AggressorProfile;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.Definition;
import org.borderland.core.model.Definition.Side;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.ModelFixtures;
import org.borderland.core.model.RawValue;
import org.borderland.core.model.Sourcing;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.pipeline.Aggregation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Alignment for any aggressor: rivals from the rivalry data, ties with each side, hedging between
 * them, on small hand-made panels.
 */
class AlignmentTest {
  private static final Sourcing ALIGNMENT =
      Sourcing.revised("factbook-archive", "atop", "tss-rivalries", "unga-idealpoints");

  private static final IndicatorSpec AGGRESSOR_TIES =
      ModelFixtures.spec("aggressor_ties", new Definition.AlignmentTies(Side.AGGRESSOR), ALIGNMENT);
  private static final IndicatorSpec RIVAL_TIES =
      ModelFixtures.spec("rival_ties", new Definition.AlignmentTies(Side.RIVAL), ALIGNMENT);
  private static final IndicatorSpec HEDGING =
      ModelFixtures.spec("hedging", new Definition.HedgingScore(), ALIGNMENT);

  /** Russia's blocs and rival blocs, but no rivals: those come from the data. */
  private static AggressorProfile russia(List<String> rivalPartners) {
    Map<String, List<String>> blocs = new LinkedHashMap<>();
    blocs.put("CSTO", List.of("CSTO"));
    blocs.put("CIS", List.of("CIS"));
    return new AggressorProfile(
        "RUS",
        List.of(),
        List.of(),
        blocs,
        Map.of("NATO", List.of("NATO")),
        rivalPartners,
        List.of());
  }

  private static Model model(AggressorProfile profile, IndicatorSpec... specs) {
    return new Model(
        "test",
        "Test",
        "",
        Map.of(profile.aggressor(), profile),
        List.of(new FactorGroup("f", "F", "why", 1, Aggregation.ARITHMETIC_MEAN, false)),
        List.of(specs),
        Aggregation.ARITHMETIC_MEAN,
        List.of());
  }

  private static RawValue cell(
      Panel panel, Model m, String aggressor, int year, String target, IndicatorSpec spec) {
    return new RawCalculator(m, panel.index(), CuratedCounts.none(), registry())
        .compute(aggressor, year, List.of(target))
        .get(target, spec.id());
  }

  private static RawValue cell(Panel panel, String target, int year, IndicatorSpec spec) {
    return cell(panel, model(russia(List.of()), spec), "RUS", year, target, spec);
  }

  /** A rivalry row as the importer writes it: one per year in force, 0 the year after it ends. */
  private static List<Observation> rivalry(String a, String b, int from, int to, Integer ended) {
    List<Observation> rows = new ArrayList<>();
    for (int y = from; y <= to; y++) {
      rows.add(rev("tss-rivalries", a, "strategic_rival", b, 1.0, y));
      rows.add(rev("tss-rivalries", b, "strategic_rival", a, 1.0, y));
    }
    if (ended != null) {
      rows.add(rev("tss-rivalries", a, "strategic_rival", b, 0.0, ended));
      rows.add(rev("tss-rivalries", b, "strategic_rival", a, 0.0, ended));
    }
    return rows;
  }

  private static Panel panel(List<Observation> rivalries, Observation... rows) {
    List<Observation> all = new ArrayList<>(rivalries);
    all.addAll(List.of(rows));
    return ModelFixtures.panel(all);
  }

  @Nested
  class Rivals {
    @Test
    void areReadFromTheRivalryDataInForceInTheYear() {
      Panel p =
          panel(
              rivalry("RUS", "USA", 2018, 2020, null),
              rev("atop", "POL", "atop_defense", "USA", 1.0, 1999),
              fb("POL", "member_of", "NATO", 1.0, null, 2019));

      RawValue v = cell(p, "POL", 2019, RIVAL_TIES);

      assertThat(v.value()).isEqualTo(2.0);
      assertThat(v.note())
          .startsWith(
              "strategic rivals of RUS: USA (tss-rivalries); defence or offence pact with USA");
      assertThat(v.note()).doesNotContain("carried forward");
      assertThat(v.sources())
          .extracting(o -> o.source().dataset())
          .containsExactly("tss-rivalries", "atop", "factbook-archive");
      assertThat(v.revised()).isTrue();
    }

    @Test
    void afterTheDataEndAreCarriedForwardAndFlagged() {
      Panel p =
          panel(
              rivalry("RUS", "USA", 2018, 2020, null),
              rev("atop", "POL", "atop_defense", "USA", 1.0, 1999),
              fb("POL", "member_of", "NATO", 1.0, null, 2023));

      RawValue v = cell(p, "POL", 2023, RIVAL_TIES);

      assertThat(v.value()).isEqualTo(2.0);
      assertThat(v.note())
          .contains("the rivalry data end in 2020: USA carried forward as the last known");
      assertThat(v.sources().get(0).refYear()).isEqualTo(2020);
    }

    @Test
    void aRivalryThatEndedNamesNoRival() {
      Panel p =
          panel(
              rivalry("RUS", "USA", 2015, 2016, 2017),
              rev("atop", "POL", "atop_defense", "USA", 1.0, 1999),
              fb("POL", "member_of", "EU", 1.0, null, 2018));

      RawValue v = cell(p, "POL", 2018, RIVAL_TIES);

      assertThat(v.value()).as("NATO not listed, no rival to be allied with").isZero();
      assertThat(v.note()).startsWith("no strategic rival of RUS as known in 2018 (tss-rivalries)");
    }

    @Test
    void namedInTheModelReplaceTheData() {
      Panel p =
          panel(
              rivalry("RUS", "USA", 2018, 2020, null),
              rev("atop", "POL", "atop_defense", "DEU", 1.0, 1999),
              fb("POL", "member_of", "EU", 1.0, null, 2019));
      Model m = model(russia(List.of("DEU")), RIVAL_TIES);

      RawValue v = cell(p, m, "RUS", 2019, "POL", RIVAL_TIES);

      assertThat(v.value()).isEqualTo(1.0);
      assertThat(v.note()).startsWith("rivals of RUS as the model names them: [DEU]");
    }

    @Test
    void areUnknownWhenTheSourcesLeaveTheRivalryDataOut() {
      IndicatorSpec spec =
          ModelFixtures.spec(
              "rival_ties",
              new Definition.AlignmentTies(Side.RIVAL),
              Sourcing.revised("factbook-archive", "atop"));
      Panel p =
          panel(
              rivalry("RUS", "USA", 2018, 2020, null),
              rev("atop", "POL", "atop_defense", "USA", 1.0, 1999),
              fb("POL", "member_of", "NATO", 1.0, null, 2019));

      RawValue v = cell(p, "POL", 2019, spec);

      assertThat(v.value()).as("NATO only: the pact with a rival is not counted").isEqualTo(1.0);
      assertThat(v.note())
          .startsWith(
              "alliances with rivals not counted: RUS's rivals are unknown: add tss-rivalries to"
                  + " the indicator's sources with allowRevised: true, or name rivalPartners under"
                  + " aggressors: RUS");
      Model noBlocs = model(AggressorProfile.empty("RUS"), spec);
      RawValue none = cell(p, noBlocs, "RUS", 2019, "POL", spec);
      assertThat(none.isFilled()).as("nothing could be counted").isFalse();
    }

    @Test
    void giveTheDefencePactWithARivalItsPartners() {
      IndicatorSpec pact =
          ModelFixtures.spec(
              "pact",
              new Definition.DefencePact(Side.RIVAL),
              Sourcing.revised("atop", "tss-rivalries"));
      Panel p =
          panel(
              rivalry("RUS", "USA", 2018, 2020, null),
              rev("atop", "POL", "atop_defense", "USA", 1.0, 1999));

      assertThat(cell(p, "POL", 2019, pact).value()).isEqualTo(1.0);
      assertThat(cell(p, "POL", 2019, pact).note())
          .isEqualTo(
              "defence pact with USA in force; strategic rivals of RUS: USA (tss-rivalries)");
      assertThat(cell(p, "POL", 2016, pact).value()).as("no rival in 2016").isZero();
    }
  }

  @Nested
  class Ties {
    @Test
    void withTheAggressorAreADefencePactPlusItsBlocs() {
      Panel p =
          panel(
              List.of(),
              rev("atop", "KAZ", "atop_defense", "RUS", 1.0, 1994),
              fb("KAZ", "member_of", "CSTO", 1.0, null, 2019),
              fb("KAZ", "member_of", "CIS", 1.0, null, 2019));

      RawValue v = cell(p, "KAZ", 2019, AGGRESSOR_TIES);

      assertThat(v.value()).isEqualTo(3.0);
      assertThat(v.note())
          .isEqualTo("defence or offence pact with RUS in force (ATOP); member of CSTO, CIS");
    }

    @Test
    void leaveOutNonAggressionNeutralityAndConsultationPacts() {
      Panel p =
          panel(
              List.of(),
              rev("atop", "POL", "atop_nonaggression", "RUS", 1.0, 1992),
              rev("atop", "POL", "atop_neutrality", "RUS", 1.0, 1992),
              rev("atop", "POL", "atop_consultation", "RUS", 1.0, 1992),
              fb("POL", "member_of", "EU", 1.0, null, 2019));

      assertThat(cell(p, "POL", 2019, AGGRESSOR_TIES).value()).isZero();
    }

    @Test
    void aPactThatEndedIsNoTie() {
      Panel p =
          panel(
              List.of(),
              rev("atop", "GEO", "atop_defense", "RUS", 1.0, 1994),
              rev("atop", "GEO", "atop_defense", "RUS", 0.0, 2000),
              fb("GEO", "member_of", "CIS", 1.0, null, 1999),
              fb("GEO", "member_of", "CIS", 1.0, null, 2005));

      assertThat(cell(p, "GEO", 1999, AGGRESSOR_TIES).value()).isEqualTo(2.0);
      assertThat(cell(p, "GEO", 2005, AGGRESSOR_TIES).value()).isEqualTo(1.0);
      assertThat(cell(p, "GEO", 2005, AGGRESSOR_TIES).note()).startsWith("no defence or offence");
    }

    @Test
    void ofAnAggressorWithoutBlocsAreItsAlliancesAlone() {
      Panel p = panel(List.of(), rev("atop", "USA", "atop_defense", "JPN", 1.0, 1990));
      Model m = model(AggressorProfile.empty("JPN"), AGGRESSOR_TIES);

      RawValue v = cell(p, m, "JPN", 2019, "USA", AGGRESSOR_TIES);

      assertThat(v.value()).isEqualTo(1.0);
      assertThat(v.note()).endsWith("; the model names no bloc led by JPN");
    }

    @Test
    void countOnlyTheBlocsWhenTheSourcesLeaveTheAlliancesOut() {
      // The strict as-known backtest turns allowRevised off: ATOP cannot be read.
      IndicatorSpec spec =
          ModelFixtures.spec(
              "t", new Definition.AlignmentTies(Side.AGGRESSOR), Sourcing.of("factbook-archive"));
      Panel p =
          panel(
              List.of(),
              rev("atop", "KAZ", "atop_defense", "RUS", 1.0, 1994),
              fb("KAZ", "member_of", "CSTO", 1.0, null, 2019));

      RawValue v = cell(p, "KAZ", 2019, spec);

      assertThat(v.value()).isEqualTo(1.0);
      assertThat(v.note())
          .isEqualTo(
              "alliances not counted: they are read from atop (revised history), which the"
                  + " indicator's sources do not allow; member of CSTO");
      Model noBlocs = model(AggressorProfile.empty("RUS"), spec);
      assertThat(cell(p, noBlocs, "RUS", 2019, "KAZ", spec).isFilled()).isFalse();
    }

    @Test
    void followAScenariosBlocChanges() {
      Panel p =
          panel(
              List.of(),
              rev("atop", "KAZ", "atop_defense", "RUS", 1.0, 1994),
              fb("KAZ", "member_of", "CSTO", 1.0, null, 2019),
              fb("KAZ", "member_of", "CIS", 1.0, null, 2019));
      RawCalculator c =
          new RawCalculator(
              model(russia(List.of()), AGGRESSOR_TIES),
              p.index(),
              CuratedCounts.none(),
              registry());

      RawValue v = c.compute("RUS", 2019, "KAZ", AGGRESSOR_TIES, Map.of("CSTO", false));

      assertThat(v.value()).isEqualTo(2.0);
      assertThat(v.note()).contains("scenario: KAZ leaves CSTO");
    }
  }

  @Nested
  class Hedging {
    /** Russia at 0, the United States at 3 on the UN scale; the target in between. */
    private Panel withIdealPoints(double target, Observation... rows) {
      List<Observation> all = new ArrayList<>(rivalry("RUS", "USA", 2018, 2020, null));
      all.add(rev("unga-idealpoints", "RUS", "un_ideal_point", "", 0.0, 2019));
      all.add(rev("unga-idealpoints", "USA", "un_ideal_point", "", 3.0, 2019));
      all.add(rev("unga-idealpoints", "KAZ", "un_ideal_point", "", target, 2019));
      all.add(fb("KAZ", "member_of", "UN", 1.0, null, 2019));
      all.addAll(List.of(rows));
      return ModelFixtures.panel(all);
    }

    @Test
    void isTheLeanTowardTheRivalsForAStateTiedToTheAggressor() {
      Panel p = withIdealPoints(0.75, rev("atop", "KAZ", "atop_defense", "RUS", 1.0, 1994));

      RawValue v = cell(p, "KAZ", 2019, HEDGING);

      // s = 0.75 / (0.75 + 2.25)
      assertThat(v.value()).isCloseTo(0.25, within(1e-12));
      assertThat(v.note())
          .startsWith("alignment with RUS 1 × with its rivals 0.2500")
          .endsWith(
              "UN lean toward the rivals 0.2500 = distance to RUS 0.7500 / (that + mean distance"
                  + " to USA 2.250)");
      assertThat(v.sources()).extracting(Observation::indicator).contains("un_ideal_point");
    }

    @Test
    void leansTowardTheRivalsByTheMeanDistanceToThem() {
      // A second rival at 1.0 beside the United States at 3.0: mean distance (0.25 + 2.25) / 2.
      Panel p =
          withIdealPoints(
              0.75,
              rev("atop", "KAZ", "atop_defense", "RUS", 1.0, 1994),
              rev("tss-rivalries", "RUS", "strategic_rival", "UKR", 1.0, 2019),
              rev("unga-idealpoints", "UKR", "un_ideal_point", "", 1.0, 2019));

      RawValue v = cell(p, "KAZ", 2019, HEDGING);

      assertThat(v.value()).isCloseTo(0.75 / (0.75 + 1.25), within(1e-12));
      assertThat(v.note()).endsWith("(that + mean distance to USA, UKR 1.250)");
    }

    @Test
    void isHighestForAStateTiedToBothSides() {
      Panel p =
          withIdealPoints(
              2.9,
              rev("atop", "KAZ", "atop_defense", "RUS", 1.0, 1994),
              rev("atop", "KAZ", "atop_offense", "USA", 1.0, 2001));

      assertThat(cell(p, "KAZ", 2019, HEDGING).value()).isEqualTo(1.0);
    }

    @Test
    void isTheProductOfBothLeansForAStateWithoutTies() {
      Panel p = withIdealPoints(0.75);

      // (1 − 0.25) × 0.25
      assertThat(cell(p, "KAZ", 2019, HEDGING).value()).isCloseTo(0.1875, within(1e-12));
    }

    @Test
    void isZeroForAStateTiedToTheRivalsAloneWhateverItsUnVotes() {
      // Nearer Russia than the United States on the UN scale, as Poland was in 2013.
      Panel p = withIdealPoints(1.0, fb("KAZ", "member_of", "NATO", 1.0, null, 2019));

      RawValue v = cell(p, "KAZ", 2019, HEDGING);

      assertThat(v.value()).isZero();
      assertThat(v.note()).startsWith("alignment with RUS 0 × with its rivals 1");
    }

    @Test
    void isZeroForOneOfTheAggressorsRivals() {
      Panel p = withIdealPoints(0.75, fb("USA", "member_of", "UN", 1.0, null, 2019));

      RawValue v = cell(p, "USA", 2019, HEDGING);

      assertThat(v.value()).isZero();
      assertThat(v.note())
          .startsWith("USA is itself a strategic rival of RUS, not between the sides");
    }

    @Test
    void isZeroWhenTheAggressorHasNoRivalAndTheTargetNoTieWithARivalBloc() {
      Panel p =
          panel(
              List.of(),
              rev("atop", "KAZ", "atop_defense", "RUS", 1.0, 1994),
              fb("KAZ", "member_of", "CSTO", 1.0, null, 2019));

      RawValue v = cell(p, "KAZ", 2019, HEDGING);

      assertThat(v.value()).isZero();
      assertThat(v.note()).endsWith("no rival to lean toward");
    }

    @Test
    void isMissingWithoutTheTargetsIdealPointAndSaysWhy() {
      Panel p =
          panel(
              rivalry("RUS", "USA", 2018, 2020, null),
              rev("unga-idealpoints", "RUS", "un_ideal_point", "", 0.0, 2019),
              rev("unga-idealpoints", "USA", "un_ideal_point", "", 3.0, 2019),
              rev("atop", "KAZ", "atop_defense", "RUS", 1.0, 1994),
              fb("KAZ", "member_of", "CSTO", 1.0, null, 2019));

      RawValue v = cell(p, "KAZ", 2019, HEDGING);

      assertThat(v.isFilled()).isFalse();
      assertThat(v.note()).contains("UN lean: KAZ's UN ideal point:");
    }

    @Test
    void needsTheRivalsUnlessTheTargetIsInBlocsOnBothSides() {
      // As the strict backtest reads it: Factbook lists only.
      IndicatorSpec asKnown =
          ModelFixtures.spec(
              "hedging", new Definition.HedgingScore(), Sourcing.of("factbook-archive"));
      Panel p =
          withIdealPoints(
              0.75,
              rev("atop", "KAZ", "atop_defense", "RUS", 1.0, 1994),
              fb("KAZ", "member_of", "CSTO", 1.0, null, 2019));

      RawValue v = cell(p, "KAZ", 2019, asKnown);

      assertThat(v.isFilled()).isFalse();
      assertThat(v.note()).startsWith("hedging needs the rivals: RUS's rivals are unknown");
      Panel both =
          withIdealPoints(
              0.75,
              fb("KAZ", "member_of", "CSTO", 1.0, null, 2019),
              fb("KAZ", "member_of", "NATO", 1.0, null, 2019));
      assertThat(cell(both, "KAZ", 2019, asKnown).value()).isEqualTo(1.0);
    }

    @Test
    void existsForAnAggressorTheModelDoesNotDescribe() {
      List<Observation> rows = new ArrayList<>(rivalry("IND", "CHN", 2018, 2020, null));
      rows.add(rev("unga-idealpoints", "IND", "un_ideal_point", "", 0.0, 2019));
      rows.add(rev("unga-idealpoints", "CHN", "un_ideal_point", "", 1.0, 2019));
      rows.add(rev("unga-idealpoints", "MNG", "un_ideal_point", "", 0.5, 2019));
      Model m = model(russia(List.of()), HEDGING);

      RawValue v = cell(ModelFixtures.panel(rows), m, "IND", 2019, "MNG", HEDGING);

      assertThat(v.value()).isCloseTo(0.25, within(1e-12));
      assertThat(v.note())
          .startsWith("alignment with IND 0.5000 × with its rivals 0.5000 (with IND: 0 tie(s);")
          .contains("strategic rivals of IND: CHN (tss-rivalries)");
    }
  }
}
