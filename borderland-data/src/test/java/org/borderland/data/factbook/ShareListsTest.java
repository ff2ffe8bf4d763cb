package org.borderland.data.factbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.borderland.data.factbook.Fixtures.get;
import static org.borderland.data.factbook.Fixtures.keys;
import static org.borderland.data.factbook.Fixtures.parse;
import static org.borderland.data.factbook.Fixtures.parsed;

import java.util.List;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ShareListsTest {
  private static final String ETHNIC = Indicators.ETHNIC_SHARE;
  private static final String LANGUAGE = Indicators.LANGUAGE_SHARE;

  private static List<Observation> ethnic(String text) {
    return parse("KAZ", "Ethnic groups", text, 2010);
  }

  private static List<Observation> languages(String text) {
    return parse("KAZ", "Languages", text, 2010);
  }

  @Nested
  class GroupNames {
    @Test
    void russianRussiansAndEthnicRussianShareOneKey() {
      assertThat(keys(ethnic("Russian 38%, other 62%"), ETHNIC)).contains("Russian");
      assertThat(keys(ethnic("Russians 30%, other 70%"), ETHNIC)).contains("Russian");
      assertThat(keys(ethnic("ethnic Russian 5%, other 95%"), ETHNIC)).contains("Russian");
      assertThat(get(ethnic("Kazakh (Qazaq) 40%, Russian 38%"), ETHNIC, "Russian").value())
          .isEqualTo(38.0);
    }

    @Test
    void dropsParentheticalsAndKeepsThemInTheNote() {
      Observation kazakh = get(ethnic("Kazakh (Qazaq) 40%, Russian 38%"), ETHNIC, "Kazakh");
      assertThat(kazakh.value()).isEqualTo(40.0);
      assertThat(kazakh.note()).contains("(Qazaq)");
    }

    @Test
    void spellingVariantsOfUyghurAreOneKey() {
      assertThat(keys(ethnic("Uighur 1.4%"), ETHNIC)).containsExactly("Uyghur");
      assertThat(keys(ethnic("Uyghurs 1.5%"), ETHNIC)).containsExactly("Uyghur");
      assertThat(keys(ethnic("Uygur 1.4%"), ETHNIC)).containsExactly("Uyghur");
      assertThat(keys(ethnic("Kazak (Qazaq) 46%, Kirghiz 2%, Byelorussian 1%"), ETHNIC))
          .containsExactly("Kazakh", "Kyrgyz", "Belarusian");
    }

    @Test
    void andInsideOneGroupNameIsNotASeparator() {
      List<Observation> obs = ethnic("Russian and Ukrainian 62%, Norwegian 38%");
      assertThat(keys(obs, ETHNIC)).containsExactly("Russian and Ukrainian", "Norwegian");
      assertThat(get(obs, ETHNIC, "Russian and Ukrainian").value()).isEqualTo(62.0);
    }

    @Test
    void percentFirstListsOf1990AreRead() {
      List<Observation> obs = ethnic("about 71% Creole (mulatto), 28% African, 1% European");
      assertThat(keys(obs, ETHNIC)).containsExactly("Creole", "African", "European");
      assertThat(get(obs, ETHNIC, "Creole").value()).isEqualTo(71.0);
      assertThat(get(obs, ETHNIC, "Creole").note()).contains("approximate");
    }
  }

  @Nested
  class Values {
    @Test
    void aRangeGivesItsMidpointWithANote() {
      List<Observation> obs =
          ethnic("Turkish 70-75%, Kurdish 19%, other minorities 6-11% (2016 est.)");
      assertThat(get(obs, ETHNIC, "Turkish").value()).isEqualTo(72.5);
      assertThat(get(obs, ETHNIC, "Turkish").note()).contains("range", "midpoint");
      assertThat(get(ethnic("Arab 75%-80%, Kurdish 15%-20%"), ETHNIC, "Kurdish").value())
          .isEqualTo(17.5);
    }

    @Test
    void naPercentIsANullValueSayingSo() {
      Observation o = get(ethnic("Estonian NA%, Russian NA%, other NA%"), ETHNIC, "Russian");
      assertThat(o.value()).isNull();
      assertThat(o.note()).contains("printed NA");
    }

    @Test
    void lessThanOnePercentIsTheUpperBoundWithANote() {
      Observation european =
          get(ethnic("Arab-Berber 99%, European less than 1%"), ETHNIC, "European");
      assertThat(european.value()).isEqualTo(1.0);
      assertThat(european.note()).contains("upper bound");
    }

    @Test
    void theLessThanOnePercentHeaderBoundsEveryGroupAfterIt() {
      List<Observation> obs =
          ethnic(
              "Azerbaijani 94.8%, other 1.8%; less than 1%: Talish, Russian, Avar, Kurd (2019 est.)");
      assertThat(keys(obs, ETHNIC))
          .containsExactly("Azerbaijani", "Other", "Talish", "Russian", "Avar", "Kurd");
      Observation russian = get(obs, ETHNIC, "Russian");
      assertThat(russian.value()).isEqualTo(1.0);
      assertThat(russian.note()).contains("upper bound");
      assertThat(russian.refYear()).isEqualTo(2019);
    }

    @Test
    void aGroupNamedWithoutAShareHasANullValue() {
      List<Observation> obs = ethnic("Vietnamese 85%-90%, Chinese 3%, Muong, Tai, Meo");
      assertThat(get(obs, ETHNIC, "Muong").value()).isNull();
      assertThat(get(obs, ETHNIC, "Muong").note()).isEqualTo("named without a share");
    }

    @Test
    void countsAreNotShares() {
      ParsedField p =
          parsed(
              "MOZ",
              "Ethnic groups",
              "majority from indigenous tribal groups; about 10,000 Europeans",
              1990);
      assertThat(p.observations()).isEmpty();
      assertThat(p.skipped(ParsedField.Reason.UNPARSED)).hasSize(2);
    }

    @Test
    void aSecondBreakdownKeepsTheFirstAndReportsTheSecond() {
      ParsedField p =
          parsed(
              "CHE",
              "Ethnic divisions",
              "total population - German 65%, French 18%; Swiss nationals - German 74%, French 20%",
              1992);
      assertThat(get(p.observations(), ETHNIC, "German").value()).isEqualTo(65.0);
      assertThat(p.skipped(ParsedField.Reason.DUPLICATE)).hasSize(2);
    }
  }

  @Nested
  class NestedShares {
    @Test
    void theOuterGroupAndEachInnerGroupAreRowsAndInnerRowsSayTheyArePartOfIt() {
      List<Observation> obs =
          languages(
              "Moldovan/Romanian 80.2% (official) (56.7% Moldovan; 23.5% Romanian), Russian 9.7%,"
                  + " Gagauz 4.2% (a Turkish language), other 0.2% (2014)");
      assertThat(keys(obs, LANGUAGE))
          .containsExactly(
              "Moldovan/Romanian", "Moldovan", "Romanian", "Russian", "Gagauz", "Other");
      Observation moldovan = get(obs, LANGUAGE, "Moldovan");
      assertThat(moldovan.value()).isEqualTo(56.7);
      assertThat(moldovan.note())
          .startsWith(FactbookObservations.PART_OF_NOTE_PREFIX + "Moldovan/Romanian 80.2%");
      assertThat(moldovan.refYear()).isEqualTo(2014);
      assertThat(get(obs, LANGUAGE, "Moldovan/Romanian").note()).doesNotStartWith("part of");
    }

    @Test
    void skippingPartOfRowsMakesAnExclusiveSumNotDoubleCount() {
      List<Observation> obs =
          ethnic(
              "Emirati 11.6%, South Asian 59.4% (includes Indian 38.2%, Bangladeshi 9.5%, other 2.3%), Egyptian 10.2%, other 18.8% (2015 est.)");
      double sum =
          obs.stream()
              .filter(o -> !o.note().startsWith(FactbookObservations.PART_OF_NOTE_PREFIX))
              .mapToDouble(Observation::value)
              .sum();
      assertThat(sum).isCloseTo(100.0, within(1e-9));
      assertThat(get(obs, ETHNIC, "Indian").value()).isEqualTo(38.2);
      // The inner "other" repeats the outer key: the top-level one is kept.
      assertThat(get(obs, ETHNIC, "Other").value()).isEqualTo(18.8);
    }

    @Test
    void percentFirstNestedListsAreRead() {
      List<Observation> obs =
          parse(
              "GHA",
              "Ethnic divisions",
              "99.8% black African (major tribes--44% Akan, 16% Moshi-Dagomba), 0.2% European",
              1990);
      assertThat(keys(obs, ETHNIC))
          .containsExactly("Black African", "Akan", "Moshi-Dagomba", "European");
      assertThat(get(obs, ETHNIC, "Akan").note()).startsWith("part of Black African 99.8%");
    }
  }

  @Nested
  class Languages {
    @Test
    void overlappingSharesAreKeptWithWhatThePercentMeans() {
      String text =
          "Kazakh (official, Qazaq) 80.1%, Russian 83.7%, English 35.1% (2021 est.) major-language"
              + " sample(s): Әлемдік деректер кітабы (Kazakh) The World Factbook, the indispensable"
              + " source for basic information. note: percentages are based on population that"
              + " understands the spoken language";
      List<Observation> obs = parse("KAZ", "Languages", text, 2024);
      assertThat(keys(obs, LANGUAGE)).containsExactly("Kazakh", "Russian", "English");
      assertThat(obs).extracting(Observation::value).containsExactly(80.1, 83.7, 35.1);
      assertThat(obs)
          .allSatisfy(o -> assertThat(o.note()).contains("understands the spoken language"));
      assertThat(obs).allSatisfy(o -> assertThat(o.refYear()).isEqualTo(2021));
      assertThat(Indicators.find(LANGUAGE).orElseThrow().exclusiveShares()).isFalse();
    }

    @Test
    void andBetweenTwoSharesSeparatesItemsAndEachKeepsItsOwnYearAndMeaning() {
      String text =
          "Kazakh (official, Qazaq) 83.1% (understand spoken language) and trilingual (Kazakh,"
              + " Russian, English) 22.3% (2017 est.); Russian (official, used in everyday business,"
              + " designated the \"language of interethnic communication\") 94.4% (understand spoken"
              + " language) (2009 est.)";
      List<Observation> obs = parse("KAZ", "Languages", text, 2019);
      assertThat(keys(obs, LANGUAGE)).containsExactly("Kazakh", "Trilingual", "Russian");
      Observation kazakh = get(obs, LANGUAGE, "Kazakh");
      assertThat(kazakh.value()).isEqualTo(83.1);
      assertThat(kazakh.refYear()).isEqualTo(2017);
      assertThat(kazakh.note()).contains("(understand spoken language)");
      assertThat(get(obs, LANGUAGE, "Russian").refYear()).isEqualTo(2009);
    }

    @Test
    void aFlattenedSnapshotFieldIsReadLikeTheArchiveText() {
      String text =
          "Languages: Kazakh (official, Qazaq) 80.1%, Russian 83.7%, English 35.1% (2021 est.) |"
              + " major-language sample(s): Әлемдік деректер кітабы (Kazakh) | note: <strong>note:"
              + " </strong>percentages are based on population that understands the spoken language";
      List<Observation> obs = parse("KAZ", "Languages", text, 2026);
      assertThat(keys(obs, LANGUAGE)).containsExactly("Kazakh", "Russian", "English");
      assertThat(get(obs, LANGUAGE, "Russian").note()).contains("understands the spoken language");
    }

    @Test
    void spokenByIsNotPartOfTheLanguageName() {
      Observation english =
          get(
              parse(
                  "SLB",
                  "Languages",
                  "Melanesian pidgin, English spoken by 1%-2% of population",
                  1997),
              LANGUAGE,
              "English");
      assertThat(english.value()).isEqualTo(1.5);
    }
  }

  @Nested
  class ReferenceYears {
    @Test
    void comeFromTheParenthesisAfterTheShares() {
      assertThat(
              get(ethnic("Kazakh (Qazaq) 53.4%, Russian 30% (1999 census)"), ETHNIC, "Russian")
                  .refYear())
          .isEqualTo(1999);
      assertThat(
              get(
                      ethnic("Kazakh (Qazaq) 63.1%, Russian 23.7%, other 4.4%(2009 est.)"),
                      ETHNIC,
                      "Russian")
                  .refYear())
          .isEqualTo(2009);
      assertThat(
              get(
                      ethnic("Kazakh (Qazaq) 41.9%, Russian 37% (1991 official data)"),
                      ETHNIC,
                      "Kazakh")
                  .refYear())
          .isEqualTo(1991);
    }

    @Test
    void absentYearIsNull() {
      assertThat(
              get(ethnic("Kazakh (Qazaq) 40%, Russian 38%, other 22%"), ETHNIC, "Russian")
                  .refYear())
          .isNull();
    }
  }

  @Test
  void naAloneIsNoFigureNotAnError() {
    ParsedField p = parsed("SHN", "Ethnic divisions", "NA", 1992);
    assertThat(p.observations()).isEmpty();
    assertThat(p.skipped())
        .extracting(ParsedField.Skipped::reason)
        .containsExactly(ParsedField.Reason.NO_FIGURE);
  }
}
