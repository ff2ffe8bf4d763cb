package org.borderland.data.factbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.borderland.data.factbook.Fixtures.get;
import static org.borderland.data.factbook.Fixtures.parse;

import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.PrintedRange;
import org.junit.jupiter.api.Test;

/** Every range the Factbook prints is stored one way: the midpoint, both ends in the note. */
class RangesTest {
  private static void isRange(Observation o, double low, double high) {
    PrintedRange r = PrintedRange.of(o).orElseThrow(() -> new AssertionError(o.note()));
    assertThat(r.low()).isCloseTo(low, within(1e-6 * Math.abs(high)));
    assertThat(r.high()).isCloseTo(high, within(1e-6 * Math.abs(high)));
    assertThat(o.value()).isCloseTo((low + high) / 2, within(1e-6 * Math.abs(high)));
    assertThat(o.note()).contains("value is the midpoint");
  }

  @Test
  void aShareRange() {
    Observation o =
        get(
            parse("TUR", "Ethnic groups", "Turkish 70-75%, Kurdish 19%", 2020),
            "ethnic_share",
            "Turkish");
    isRange(o, 70, 75);
  }

  @Test
  void aDollarRangeWithOneMultiplierAppliesItToBothEnds() {
    Observation o =
        get(
            parse("SCG", "GDP", "exchange rate conversion - $27-37 billion (1992 est.)", 1993),
            Indicators.GDP_USD,
            "");
    isRange(o, 27e9, 37e9);
    assertThat(o.refYear()).isEqualTo(1992);
  }

  @Test
  void aDollarRangeWithTwoDollarSignsOrTwoMultipliers() {
    Observation cuba =
        get(
            parse(
                "CUB",
                "Defense expenditures",
                "about 6% of GNP, or $1.2-$1.4 billion (1989 est.)",
                1990),
            Indicators.MILEX_USD,
            "");
    isRange(cuba, 1.2e9, 1.4e9);
    Observation korea =
        get(
            parse(
                "PRK",
                "Defense expenditures",
                "exchange rate conversion - $5 billion to $7 billion, 25% to 33% of GDP (1995 est.)",
                1996),
            Indicators.MILEX_USD,
            "");
    isRange(korea, 5e9, 7e9);
    Observation share =
        get(
            parse(
                "PRK",
                "Defense expenditures",
                "exchange rate conversion - $5 billion to $7 billion, 25% to 33% of GDP (1995 est.)",
                1996),
            Indicators.MILEX_GDP_PCT,
            "");
    isRange(share, 25, 33);
  }

  @Test
  void aShareOfGdpRange() {
    Observation o =
        get(
            parse("NZL", "Defense expenditures", "$832 million, 1-2% of GDP (FY90)", 1991),
            Indicators.MILEX_GDP_PCT,
            "");
    isRange(o, 1, 2);
    Observation dollars =
        get(
            parse("NZL", "Defense expenditures", "$832 million, 1-2% of GDP (FY90)", 1991),
            Indicators.MILEX_USD,
            "");
    assertThat(dollars.value()).isEqualTo(832e6);
    assertThat(PrintedRange.of(dollars)).isEmpty();
  }

  @Test
  void aPersonnelRange() {
    Observation o =
        get(
            parse(
                "ERI",
                "Military and security service personnel strengths",
                "estimated 150,000-200,000 active Defense Forces (2025)",
                2025),
            Indicators.MIL_PERSONNEL,
            "");
    isRange(o, 150_000, 200_000);
  }

  @Test
  void aDollarFigureFollowedByAShareIsNotARange() {
    Observation o =
        get(
            parse("NZL", "Military expenditures - dollar figure", "$10 billion - 2% of GDP", 2001),
            Indicators.MILEX_USD,
            "");
    assertThat(o.value()).isEqualTo(10e9);
    assertThat(PrintedRange.of(o)).isEmpty();
  }
}
