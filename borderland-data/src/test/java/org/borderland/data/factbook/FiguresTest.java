package org.borderland.data.factbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderland.data.factbook.Fixtures.get;
import static org.borderland.data.factbook.Fixtures.keys;
import static org.borderland.data.factbook.Fixtures.parse;
import static org.borderland.data.factbook.Fixtures.parsed;

import java.util.List;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FiguresTest {

  @Nested
  class Population {
    @Test
    void readsTheFigureAndTheYearOfEachEra() {
      Observation o =
          get(
              parse("KAZ", "Population", "17,103,927 (July 1992), growth rate 1.0% (1992)", 1992),
              Indicators.POPULATION,
              "");
      assertThat(o.value()).isEqualTo(17_103_927.0);
      assertThat(o.refYear()).isEqualTo(1992);
      assertThat(o.unit()).isEqualTo("persons");
      Observation total =
          get(
              parse(
                  "KAZ",
                  "Population",
                  "total: 20,260,006 male: 9,817,172 female: 10,442,834 (2024 est.)",
                  2024),
              Indicators.POPULATION,
              "");
      assertThat(total.value()).isEqualTo(20_260_006.0);
      assertThat(total.refYear()).isEqualTo(2024);
    }

    @Test
    void theDamagedEditionsGiveTheFigureWithoutAYear() {
      Observation o =
          get(parse("KAZ", "Population", "18,744,548  | 63", 2019), Indicators.POPULATION, "");
      assertThat(o.value()).isEqualTo(18_744_548.0);
      assertThat(o.refYear()).isNull();
    }

    @Test
    void uninhabitedIsZeroAndNoIndigenousInhabitantsIsNoFigure() {
      assertThat(
              get(parse("UMI", "Population", "uninhabited", 1995), Indicators.POPULATION, "")
                  .value())
          .isEqualTo(0.0);
      ParsedField p =
          parsed("ATF", "Population", "no indigenous inhabitants (July 2001 est.)", 2001);
      assertThat(p.observations()).isEmpty();
      assertThat(p.skipped(ParsedField.Reason.NO_FIGURE)).hasSize(1);
    }
  }

  @Nested
  class Gdp {
    @Test
    void theOldCombinedFieldNamesItsMethod() {
      Observation ppp =
          get(
              parse("KAZ", "GDP", "purchasing power parity - $54.5 billion (1999 est.)", 2000),
              Indicators.GDP_PPP_USD,
              "");
      assertThat(ppp.value()).isEqualTo(5.45e10);
      assertThat(ppp.refYear()).isEqualTo(1999);
      assertThat(ppp.unit()).isEqualTo("USD");
      Observation equivalent =
          get(
              parse(
                  "KAZ",
                  "National product",
                  "GDP - purchasing power equivalent - $60.3 billion (1993 estimate from the UN International Comparison Program)",
                  1994),
              Indicators.GDP_PPP_USD,
              "");
      assertThat(equivalent.value()).isEqualTo(6.03e10);
      assertThat(equivalent.refYear()).isEqualTo(1993);
      Observation oer =
          get(
              parse(
                  "AFG",
                  "GDP",
                  "exchange rate conversion - $3 billion, per capita $200; real growth rate 0% (1989 est.)",
                  1992),
              Indicators.GDP_USD,
              "");
      assertThat(oer.value()).isEqualTo(3e9);
      assertThat(oer.refYear()).isEqualTo(1989);
    }

    @Test
    void gnpAndUnlabelledFiguresAreNotComparable() {
      assertThat(
              parsed(
                      "CUB",
                      "National product",
                      "GNP - exchange rate conversion - $14.9 billion (1992 est.)",
                      1993)
                  .skipped(ParsedField.Reason.NOT_COMPARABLE))
          .hasSize(1);
      ParsedField unlabelled =
          parsed(
              "AFG", "GDP", "$3 billion, per capita $200; real growth rate 0% (1989 est.)", 1990);
      assertThat(unlabelled.observations()).isEmpty();
      assertThat(unlabelled.skipped(ParsedField.Reason.NOT_COMPARABLE)).hasSize(1);
    }

    @Test
    void naIsANullValueSayingSo() {
      Observation o =
          get(
              parse(
                  "KAZ",
                  "GDP",
                  "purchasing power equivalent - $NA; per capita NA; real growth rate - 7% (1991 est.)",
                  1992),
              Indicators.GDP_PPP_USD,
              "");
      assertThat(o.value()).isNull();
      assertThat(o.note()).contains("printed NA");
    }

    @Test
    void aListOfYearsGivesOnlyTheNewestFigure() {
      List<Observation> obs =
          parse(
              "KAZ",
              "Real GDP (purchasing power parity)",
              "$705.52 billion (2023 est.) $671.285 billion (2022 est.) $650.47 billion (2021 est.) note: data in 2021 dollars",
              2024);
      assertThat(obs)
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.value()).isEqualTo(7.0552e11);
                assertThat(o.refYear()).isEqualTo(2023);
                assertThat(o.note()).contains("newest of 3 figures", "data in 2021 dollars");
              });
      Observation unordered =
          get(
              parse(
                  "KAZ",
                  "GDP (purchasing power parity)",
                  "$401.2 billion (2013 est.) ++ $418.5 billion (2014 est.) ++ $378.5 billion (2012 est.)",
                  2015),
              Indicators.GDP_PPP_USD,
              "");
      assertThat(unordered.refYear()).isEqualTo(2014);
      assertThat(unordered.value()).isEqualTo(4.185e11);
      Observation trillion =
          get(
              parse("RUS", "GDP (official exchange rate)", "$1.2 trillion (2023 est.)", 2024),
              Indicators.GDP_USD,
              "");
      assertThat(trillion.value()).isEqualTo(1.2e12);
    }

    @Test
    void theInlineDollarNotesOf2021To2023DoNotHideTheYears() {
      Observation o =
          get(
              parse(
                  "KAZ",
                  "Real GDP (purchasing power parity)",
                  "$475.18 billion note: data are in 2017 dollars (2020 est.) $487.87 billion note:"
                      + " data are in 2017 dollars (2019 est.) $466.86 billion note: data are in"
                      + " 2017 dollars (2018 est.) note: data are in 2010 dollars",
                  2021),
              Indicators.GDP_PPP_USD,
              "");
      assertThat(o.value()).isEqualTo(4.7518e11);
      assertThat(o.refYear()).isEqualTo(2020);
      assertThat(o.note()).contains("newest of 3 figures", "data are in 2010 dollars");
    }

    @Test
    void aFlattenedSnapshotListGivesTheNewestFigure() {
      Observation o =
          get(
              parse(
                  "KAZ",
                  "Real GDP (purchasing power parity)",
                  "Real GDP (purchasing power parity) 2024: $739.385 billion (2024 est.) | Real GDP (purchasing power parity) 2023: $705.52 billion (2023 est.) | note: <b>note:</b> data in 2021 dollars",
                  2026),
              Indicators.GDP_PPP_USD,
              "");
      assertThat(o.value()).isEqualTo(7.39385e11);
      assertThat(o.refYear()).isEqualTo(2024);
    }

    @Test
    void strippedYearsTakeTheFirstFigureAndSaySo() {
      Observation o =
          get(
              parse(
                  "KAZ",
                  "GDP (purchasing power parity)",
                  "$478.6 billion  | $460.3 billion  | $455.3 billion",
                  2019),
              Indicators.GDP_PPP_USD,
              "");
      assertThat(o.value()).isEqualTo(4.786e11);
      assertThat(o.refYear()).isNull();
      assertThat(o.note()).contains("reference years missing");
    }
  }

  @Nested
  class MilitaryExpenditure {
    @Test
    void aListGivesTheNewestShareAndTheNewestDollarFigure() {
      List<Observation> obs =
          parse(
              "KAZ",
              "Military expenditures",
              "1% of GDP (2021 est.) 1.1% of GDP (2020 est.) 1.1% of GDP (2019 est.) (approximately $3.6 billion) 0.9% of GDP (2018 est.) (approximately $3.06 billion)",
              2022);
      Observation pct = get(obs, Indicators.MILEX_GDP_PCT, "");
      assertThat(pct.value()).isEqualTo(1.0);
      assertThat(pct.refYear()).isEqualTo(2021);
      Observation usd = get(obs, Indicators.MILEX_USD, "");
      assertThat(usd.value()).isEqualTo(3.6e9);
      assertThat(usd.refYear()).isEqualTo(2019);
    }

    @Test
    void theNewestReportedShareWinsOverANewerNa() {
      Observation o =
          get(
              parse(
                  "ARE",
                  "Military expenditures",
                  "NA% (2012) | 5.5% of GDP (2011) | NA% (2010)",
                  2015),
              Indicators.MILEX_GDP_PCT,
              "");
      assertThat(o.value()).isEqualTo(5.5);
      assertThat(o.refYear()).isEqualTo(2011);
    }

    @Test
    void fiscalYearsAndTheSeparateFieldsOf1997To2007() {
      Observation usd =
          get(
              parse("KAZ", "Military expenditures - dollar figure", "$322 million (FY99)", 2000),
              Indicators.MILEX_USD,
              "");
      assertThat(usd.value()).isEqualTo(3.22e8);
      assertThat(usd.refYear()).isEqualTo(1999);
      Observation pct =
          get(
              parse("KAZ", "Military expenditures--percent of GDP", "1% (1998)", 1999),
              Indicators.MILEX_GDP_PCT,
              "");
      assertThat(pct.value()).isEqualTo(1.0);
      assertThat(pct.refYear()).isEqualTo(1998);
      assertThat(
              get(
                      parse("KAZ", "Military expenditures - percent of GDP", "NA%", 1997),
                      Indicators.MILEX_GDP_PCT,
                      "")
                  .value())
          .isNull();
    }

    @Test
    void theDefenseExpendituresFieldOf1990To1996() {
      List<Observation> both =
          parse(
              "ARG",
              "Defense expenditures",
              "exchange rate conversion - $700 million, 1.5% of GDP (1991)",
              1992);
      assertThat(get(both, Indicators.MILEX_USD, "").value()).isEqualTo(7e8);
      assertThat(get(both, Indicators.MILEX_GDP_PCT, "").value()).isEqualTo(1.5);
      assertThat(get(both, Indicators.MILEX_GDP_PCT, "").refYear()).isEqualTo(1991);
      List<Observation> na = parse("KAZ", "Defense expenditures", "$NA, NA% of GDP", 1992);
      assertThat(na).extracting(Observation::value).containsExactly(null, null);
      ParsedField rubles =
          parsed(
              "KAZ",
              "Defense expenditures",
              "69,326 million rubles, NA% of GDP (forecast for 1993); note - conversion of the military budget into US dollars using the current exchange rate could produce misleading results",
              1993);
      assertThat(keys(rubles.observations(), Indicators.MILEX_USD)).isEmpty();
      assertThat(get(rubles.observations(), Indicators.MILEX_GDP_PCT, "").refYear())
          .isEqualTo(1993);
      assertThat(rubles.skipped(ParsedField.Reason.NOT_COMPARABLE)).hasSize(1);
      assertThat(
              parsed("ARG", "Defense expenditures", "1.4% of GNP (1987)", 1990)
                  .skipped(ParsedField.Reason.NOT_COMPARABLE))
          .hasSize(1);
    }
  }

  @Nested
  class Personnel {
    @Test
    void theFirstCountIsTheArmedForcesTotal() {
      Observation o =
          get(
              parse(
                  "KAZ",
                  "Military and security service personnel strengths",
                  "information varies; approximately 40,000 active-duty personnel (25,000 Land Forces; 3,000 Naval Forces; 12,000 Air and Air Defense Forces); approximately 30,000 National Guard (2023)",
                  2024),
              Indicators.MIL_PERSONNEL,
              "");
      assertThat(o.value()).isEqualTo(40_000.0);
      assertThat(o.refYear()).isEqualTo(2023);
      assertThat(o.note()).contains("approximately 40,000 active-duty personnel");
    }

    @Test
    void rangesAndMillionsAreRead() {
      assertThat(
              get(
                      parse(
                          "ERI",
                          "Military and security service personnel strengths",
                          "estimated 150,000-200,000 active Defense Forces (2025)",
                          2025),
                      Indicators.MIL_PERSONNEL,
                      "")
                  .value())
          .isEqualTo(175_000.0);
      assertThat(
              get(
                      parse(
                          "BDI",
                          "Military and security service personnel strengths",
                          "approximately 25-30,000 active-duty troops (2023)",
                          2023),
                      Indicators.MIL_PERSONNEL,
                      "")
                  .value())
          .isEqualTo(27_500.0);
      assertThat(
              get(
                      parse(
                          "RUS",
                          "Military and security service personnel strengths",
                          "approximately 1.3 million Armed Forces personnel; estimated 350,000-plus Federal National Guard Troops (2024)",
                          2024),
                      Indicators.MIL_PERSONNEL,
                      "")
                  .value())
          .isEqualTo(1.3e6);
    }
  }
}
