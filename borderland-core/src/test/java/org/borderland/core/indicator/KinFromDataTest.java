package org.borderland.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderland.core.model.ModelFixtures.FACTBOOK_CENSUS;
import static org.borderland.core.model.ModelFixtures.fb;
import static org.borderland.core.model.ModelFixtures.panel;
import static org.borderland.core.model.ModelFixtures.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.Definition;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.ModelFixtures;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.pipeline.Aggregation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The aggressor's kin group and language read from its own entry, for any aggressor. */
class KinFromDataTest {
  private static final IndicatorSpec KIN = spec("kin", new Definition.KinShare(), FACTBOOK_CENSUS);
  private static final IndicatorSpec LANG =
      spec("lang", new Definition.LanguageShare(), FACTBOOK_CENSUS);
  private static final IndicatorSpec TREND =
      spec("trend", new Definition.KinTrend(10), FACTBOOK_CENSUS);

  private static final String ETHNIC = "ethnic_share";
  private static final String LANGUAGE = "language_share";

  /** A model with no aggressor profile at all: every name comes from the data. */
  private static Model bare(IndicatorSpec... specs) {
    return new Model(
        "test",
        "Test",
        "",
        Map.of(),
        List.of(new FactorGroup("f", "F", "why", 1, Aggregation.ARITHMETIC_MEAN, false)),
        List.of(specs),
        Aggregation.ARITHMETIC_MEAN,
        List.of());
  }

  private static RawValue cell(
      Model m, Panel p, String aggressor, String target, int year, IndicatorSpec spec) {
    return new RawCalculator(m, p.index(), CuratedCounts.none(), ModelFixtures.registry())
        .compute(aggressor, year, List.of(target))
        .get(target, spec.id());
  }

  private static RawValue cell(Panel p, String aggressor, String target, int y, IndicatorSpec s) {
    return cell(bare(KIN, LANG, TREND), p, aggressor, target, y, s);
  }

  private static Observation noted(Observation o, String note) {
    return o.withNote(note);
  }

  @Nested
  class MainGroup {
    @Test
    void hungarysLargestGroupIsFoundInSlovakiasListUnderAnyOfItsNames() {
      Panel p =
          panel(
              fb("HUN", ETHNIC, "Hungarian", 85.6, 2011, 2020),
              fb("HUN", ETHNIC, "Unspecified", 14.1, 2011, 2020),
              fb("HUN", ETHNIC, "Roma", 3.2, 2011, 2020),
              fb("SVK", ETHNIC, "Slovak", 80.7, 2011, 2020),
              fb("SVK", ETHNIC, "Magyar", 8.5, 2011, 2020));
      RawValue v = cell(p, "HUN", "SVK", 2020, KIN);
      assertThat(v.value()).isEqualTo(8.5);
      assertThat(v.sources()).extracting(Observation::country).containsExactly("SVK", "HUN");
      assertThat(v.note()).contains("kin group Hungarian").contains("largest group (85.6%)");
    }

    @Test
    void raceCategoriesAreNotAPeopleSoTheUnitedStatesHasNoMainGroup() {
      Panel p =
          panel(
              fb("USA", ETHNIC, "White", 72.4, 2010, 2020),
              fb("USA", ETHNIC, "Black", 12.6, 2010, 2020),
              fb("USA", ETHNIC, "Asian", 4.8, 2010, 2020),
              fb("USA", ETHNIC, "Other", 6.2, 2010, 2020),
              fb("ISL", ETHNIC, "Icelandic", 81.0, 2010, 2020));
      RawValue v = cell(p, "USA", "ISL", 2020, KIN);
      assertThat(v.isFilled()).isFalse();
      assertThat(v.note())
          .contains("main ethnic group of USA unknown")
          .contains("category of race")
          .contains("White 72.4%")
          .contains("kinGroups under aggressors: USA");
    }

    @Test
    void birthplacesPrintedInsideAGroupAreNotTheMainGroup() {
      Panel p =
          panel(
              fb("ISR", ETHNIC, "Jewish", 74.4, 2018, 2020),
              noted(
                  fb("ISR", ETHNIC, "Israel-born", 76.9, 2018, 2020),
                  "part of Jewish 74.4%; not additional"),
              fb("ISR", ETHNIC, "Arab", 20.9, 2018, 2020),
              fb("USA", ETHNIC, "Jewish", 2.0, 2010, 2020));
      RawValue v = cell(p, "ISR", "USA", 2020, KIN);
      assertThat(v.value()).isEqualTo(2.0);
      assertThat(v.note()).contains("kin group Jewish");
    }

    @Test
    void aBirthplaceListedOnItsOwnIsNotAPeopleEither() {
      Panel p =
          panel(
              fb("ISR", ETHNIC, "Israel-born", 40.0, 1996, 1998),
              fb("ISR", ETHNIC, "Europe/America-born", 30.0, 1996, 1998),
              fb("ISR", ETHNIC, "Jewish", 20.0, 1996, 1998),
              fb("USA", ETHNIC, "White", 80.0, 1996, 1998));
      assertThat(cell(p, "ISR", "USA", 1998, KIN).note()).contains("kin group Jewish");
    }

    @Test
    void turkishKinIsCountedAsTurkButNeverAsTurkmen() {
      Panel p =
          panel(
              fb("TUR", ETHNIC, "Turkish", 72.5, 2016, 2020),
              fb("TUR", ETHNIC, "Kurdish", 19.0, 2016, 2020),
              fb("TKM", ETHNIC, "Turkmen", 85.0, 1995, 2020),
              fb("TKM", ETHNIC, "Uzbek", 5.0, 1995, 2020),
              fb("BGR", ETHNIC, "Bulgarian", 76.9, 2011, 2020),
              fb("BGR", ETHNIC, "Turk", 8.0, 2011, 2020));
      RawValue tkm = cell(p, "TUR", "TKM", 2020, KIN);
      assertThat(tkm.value()).isZero();
      assertThat(tkm.note()).contains("none of [Turkish]");
      assertThat(cell(p, "TUR", "BGR", 2020, KIN).value()).isEqualTo(8.0);
    }

    @Test
    void anEntryThatPrintsNamesWithoutFiguresGivesNoMainGroupNotTheFirstNamed() {
      // Russia's 1992 entry, as printed: "Estonian NA%, Latvian NA%, Lithuanian NA%, Russian NA%".
      List<Observation> rows = new ArrayList<>();
      for (String g : List.of("Estonian", "Latvian", "Lithuanian", "Russian", "other")) {
        rows.add(noted(fb("RUS", ETHNIC, g, null, null, 1992), "the source printed NA"));
      }
      rows.add(fb("KAZ", ETHNIC, "Russian", 37.8, null, 1992));
      Panel p = panel(rows);
      RawValue v = cell(p, "RUS", "KAZ", 1992, KIN);
      assertThat(v.isFilled()).isFalse();
      assertThat(v.note())
          .contains("main ethnic group of RUS unknown")
          .contains("no ethnic groups");
      // The model file may name it.
      Model named =
          new Model(
              "test",
              "Test",
              "",
              Map.of("RUS", ModelFixtures.russia()),
              List.of(new FactorGroup("f", "F", "why", 1, Aggregation.ARITHMETIC_MEAN, false)),
              List.of(KIN),
              Aggregation.ARITHMETIC_MEAN,
              List.of());
      RawValue fromModel = cell(named, p, "RUS", "KAZ", 1992, KIN);
      assertThat(fromModel.value()).isEqualTo(37.8);
      assertThat(fromModel.sources()).extracting(Observation::country).containsExactly("KAZ");
    }

    @Test
    void anEditionWithoutFiguresIsPassedOverForTheOneBefore() {
      Panel p =
          panel(
              fb("RUS", ETHNIC, "Russian", 81.5, 1989, 2000),
              fb("RUS", ETHNIC, "Tatar", 3.8, 1989, 2000),
              noted(fb("RUS", ETHNIC, "Russian", null, null, 2001), "the source printed NA"),
              fb("KAZ", ETHNIC, "Russian", 30.0, 1999, 2001));
      RawValue v = cell(p, "RUS", "KAZ", 2001, KIN);
      assertThat(v.value()).isEqualTo(30.0);
      assertThat(v.note()).contains("2000 edition");
    }

    @Test
    void theTrendComparesTheSameGroupAsKnownInTheYear() {
      Panel p =
          panel(
              fb("SRB", ETHNIC, "Serb", 83.3, 2011, 2020),
              fb("BIH", ETHNIC, "Serbian", 37.1, 1991, 2010),
              fb("BIH", ETHNIC, "Serb", 30.8, 2013, 2020));
      RawValue v = cell(p, "SRB", "BIH", 2020, TREND);
      assertThat(v.value()).isCloseTo(-6.3, org.assertj.core.api.Assertions.within(1e-9));
      assertThat(v.note()).contains("kin group Serb");
    }
  }

  @Nested
  class Language {
    @Test
    void theMostSpokenLanguageIsTheAggressors() {
      Panel p =
          panel(
              fb("SRB", LANGUAGE, "Serbian", 88.1, 2011, 2020),
              fb("SRB", LANGUAGE, "Hungarian", 3.4, 2011, 2020),
              fb("BIH", LANGUAGE, "Bosnian", 52.9, 2013, 2020),
              fb("BIH", LANGUAGE, "Serbian", 30.8, 2013, 2020));
      RawValue v = cell(p, "SRB", "BIH", 2020, LANG);
      assertThat(v.value()).isEqualTo(30.8);
      assertThat(v.note()).contains("language Serbian").contains("most spoken (88.1%)");
    }

    @Test
    void withoutSharesTheLanguageMarkedOfficialIsTheAggressors() {
      Panel p =
          panel(
              noted(
                  fb("TUR", LANGUAGE, "Turkish", null, null, 2020),
                  "named without a share; (official)"),
              fb("TUR", LANGUAGE, "Kurdish", null, null, 2020),
              fb("BGR", LANGUAGE, "Bulgarian", 76.8, 2011, 2020),
              fb("BGR", LANGUAGE, "Turkish", 8.2, 2011, 2020));
      RawValue v = cell(p, "TUR", "BGR", 2020, LANG);
      assertThat(v.value()).isEqualTo(8.2);
      assertThat(v.note()).contains("marked official");
    }

    @Test
    void withoutSharesOrOfficialMarkTheLanguageNamedAsTheMainGroupIsTheAggressors() {
      Panel p =
          panel(
              fb("RUS", ETHNIC, "Russian", 81.5, 1989, 2000),
              fb("RUS", LANGUAGE, "Russian", null, null, 2000),
              fb("RUS", LANGUAGE, "Other", null, null, 2000),
              fb("KAZ", LANGUAGE, "Russian", 95.0, 1999, 2000),
              fb("KAZ", LANGUAGE, "Kazakh", 64.4, 1999, 2000));
      RawValue v = cell(p, "RUS", "KAZ", 2000, LANG);
      assertThat(v.value()).isEqualTo(95.0);
      assertThat(v.note()).contains("names the language of RUS's main group");
    }

    @Test
    void aLanguageListThatSaysNothingUsableLeavesTheLanguageMissing() {
      Panel p =
          panel(
              fb("USA", ETHNIC, "White", 80.0, 2000, 2000),
              fb("USA", LANGUAGE, "English", null, null, 2000),
              fb("USA", LANGUAGE, "Spanish", null, null, 2000),
              fb("ISL", LANGUAGE, "Icelandic", null, null, 2000));
      RawValue v = cell(p, "USA", "ISL", 2000, LANG);
      assertThat(v.isFilled()).isFalse();
      assertThat(v.note())
          .contains("language of USA unknown")
          .contains("marks none official")
          .contains("languages under aggressors: USA");
    }
  }
}
