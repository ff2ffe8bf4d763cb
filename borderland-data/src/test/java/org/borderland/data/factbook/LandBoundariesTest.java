package org.borderland.data.factbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderland.data.factbook.Fixtures.find;
import static org.borderland.data.factbook.Fixtures.get;
import static org.borderland.data.factbook.Fixtures.keys;
import static org.borderland.data.factbook.Fixtures.parse;
import static org.borderland.data.factbook.Fixtures.parsed;

import java.util.ArrayList;
import java.util.List;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LandBoundariesTest {
  private static final String BORDER = Indicators.LAND_BORDER_KM;
  private static final String TOTAL = FactbookObservations.LAND_BORDER_TOTAL_KM;
  private static final String LB = "Land boundaries";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " ## ",
      value = {
        "1992 ## 12,012 km; China 1,533 km, Kyrgyzstan 1,051 km, Russia 6,846 km, Turkmenistan 379 km, Uzbekistan 2,203 km ## 12012 ## 6846",
        "1993 ## total 12,012 km, China 1,533 km, Kyrgyzstan 1,051 km, Russia 6,846 km, Turkmenistan 379 km, Uzbekistan 2,203 km ## 12012 ## 6846",
        "2014 ## total: 12,185 km border countries: China 1,533 km, Kyrgyzstan 1,224 km, Russia 6,846 km, Turkmenistan 379 km, Uzbekistan 2,203 km ## 12185 ## 6846",
        "2015 ## total: 13,364 km | border countries (5): China 1,765 km, Kyrgyzstan 1,212 km, Russia 7,644 km, Turkmenistan 413 km, Uzbekistan 2,330 km ## 13364 ## 7644",
        "2021 ## total: 13,364 km border countries (5): China 1765 km, Kyrgyzstan 1212 km, Russia 7644 km, Turkmenistan 413 km, Uzbekistan 2330 km ## 13364 ## 7644",
        "2022 ## total: 13,364 km border countries (5): China 1,765 km; Kyrgyzstan 1,212 km; Russia 7,644 km; Turkmenistan 413 km; Uzbekistan 2,330 km ## 13364 ## 7644",
      })
  void readsEverySeparatorAndNumberStyleOfEveryEra(
      int edition, String text, double total, double russia) {
    List<Observation> obs = parse("KAZ", LB, text, edition);
    assertThat(get(obs, TOTAL, "").value()).isEqualTo(total);
    assertThat(keys(obs, BORDER)).containsExactly("CHN", "KGZ", "RUS", "TKM", "UZB");
    assertThat(get(obs, BORDER, "RUS").value()).isEqualTo(russia);
    assertThat(obs).allSatisfy(o -> assertThat(o.refYear()).isNull());
  }

  @Test
  void theDamagedEditionsGiveTheTotalAndNoNeighbourRows() {
    ParsedField p = parsed("KAZ", LB, "total: 13,364 km  | border countries (5):", 2019);
    assertThat(keys(p.observations(), BORDER)).isEmpty();
    Observation total = get(p.observations(), TOTAL, "");
    assertThat(total.value()).isEqualTo(13364.0);
    assertThat(total.note()).contains("not reported, not zero");
    assertThat(p.skipped(ParsedField.Reason.NOT_REPORTED))
        .singleElement()
        .satisfies(s -> assertThat(s.detail()).contains("5 neighbours declared"));
  }

  @Test
  void theCountryIsTheNameBeforeTheParenthesis() {
    List<Observation> poland =
        parse(
            "POL",
            LB,
            "total: 3,071 km border countries: Belarus 418 km, Lithuania 104 km, Russia (Kaliningrad Oblast) 210 km, Ukraine 535 km",
            2014);
    assertThat(get(poland, BORDER, "RUS").value()).isEqualTo(210.0);
    assertThat(get(poland, BORDER, "RUS").note())
        .isEqualTo("printed as: Russia (Kaliningrad Oblast) 210 km");
    List<Observation> russia =
        parse(
            "RUS",
            LB,
            "total: 22,407 km border countries (14): Latvia 332 km, Lithuania (Kaliningrad Oblast) 261 km, Poland (Kaliningrad Oblast) 209 km",
            2021);
    assertThat(get(russia, BORDER, "LTU").value()).isEqualTo(261.0);
    assertThat(get(russia, BORDER, "POL").value()).isEqualTo(209.0);
    List<Observation> georgia =
        parse(
            "GEO",
            LB,
            "total: 1,814 km border countries (4): Armenia 219 km; Azerbaijan 428 km; Russia 894 km; Turkey (Turkiye) 273 km",
            2023);
    assertThat(get(georgia, BORDER, "TUR").value()).isEqualTo(273.0);
  }

  @Test
  void partsOfOneNeighbourAreSummedWithANote() {
    List<Observation> obs =
        parse(
            "RUS",
            LB,
            "total: 22,407 km border countries (14): Belarus 1,312 km; China (southeast) 4,133 km and China (south) 46 km; Estonia 324 km",
            2022);
    Observation china = get(obs, BORDER, "CHN");
    assertThat(china.value()).isEqualTo(4179.0);
    assertThat(china.note())
        .isEqualTo("sum of 2 parts printed: China (southeast) 4,133 km; China (south) 46 km");
    assertThat(keys(obs, BORDER)).containsExactly("BLR", "CHN", "EST");
  }

  @Test
  void andInsideANameIsNotASeparator() {
    List<Observation> obs =
        parse(
            "HRV",
            LB,
            "total: 2,237 km border countries (5): Bosnia and Herzegovina 956 km, Hungary 348 km, Montenegro 19 km, Serbia 314 km, Slovenia 600 km",
            2015);
    assertThat(keys(obs, BORDER)).containsExactly("BIH", "HUN", "MNE", "SRB", "SVN");
    assertThat(get(obs, BORDER, "BIH").value()).isEqualTo(956.0);
  }

  @Test
  void exclaveSuffixesAndTheGuantanamoBaseNameTheirCountry() {
    List<Observation> armenia =
        parse(
            "ARM",
            LB,
            "total: 1,254 km border countries: Azerbaijan-proper 566 km, Azerbaijan-Naxcivan exclave 221 km, Georgia 164 km, Iran 35 km, Turkey 268 km",
            2001);
    assertThat(get(armenia, BORDER, "AZE").value()).isEqualTo(787.0);
    List<Observation> cuba =
        parse(
            "CUB",
            LB,
            "total: 28.5 km border countries (1): US Naval Base at Guantanamo Bay 28.5 km note: Guantanamo Naval Base is leased by the US and remains part of Cuba",
            2021);
    assertThat(get(cuba, BORDER, "USA").value()).isEqualTo(28.5);
  }

  @Test
  void the1990FormsAreRead() {
    List<Observation> afg =
        parse(
            "AFG",
            "Land boundary",
            "5,826 km total; China 76 km, Iran 936 km, Pakistan 2,430 km, USSR 2,384 km",
            1990);
    assertThat(get(afg, TOTAL, "").value()).isEqualTo(5826.0);
    assertThat(get(afg, BORDER, "SUN").value()).isEqualTo(2384.0);
    List<Observation> canada =
        parse(
            "CUB",
            LB,
            "29.1 km with US Naval Base at Guantanamo; note--Guantanamo is leased and as such remains part of Cuba",
            1990);
    assertThat(get(canada, TOTAL, "").value()).isEqualTo(29.1);
    assertThat(get(canada, BORDER, "USA").value()).isEqualTo(29.1);
  }

  @Test
  void noneIsAZeroTotal() {
    List<Observation> obs = parse("CUB", LB, "none", 1992);
    assertThat(obs)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.indicator()).isEqualTo(TOTAL);
              assertThat(o.value()).isEqualTo(0.0);
            });
  }

  @Test
  void aNeutralZoneIsReportedAsNotACountry() {
    ParsedField p =
        parsed(
            "SAU",
            LB,
            "4,410 km total; Iraq 488 km, Iraq-Saudi Arabia Neutral Zone 198 km, Jordan 742 km",
            1990);
    assertThat(keys(p.observations(), BORDER)).containsExactly("IRQ", "JOR");
    assertThat(p.skipped(ParsedField.Reason.NOT_A_COUNTRY))
        .singleElement()
        .satisfies(s -> assertThat(s.item()).isEqualTo("Iraq-Saudi Arabia Neutral Zone 198 km"));
  }

  @Test
  void anUnknownNameIsAClearErrorOrACountedSkip() {
    String text =
        "total: 13,364 km border countries (5): China 1,765 km, Kyrgyzstan 1,212 km, Rusia 7,644 km";
    assertThatThrownBy(() -> parse("KAZ", LB, text, 2021))
        .isInstanceOf(FactbookParseException.class)
        .hasMessageContaining("Factbook 2021 KAZ field 'Land boundaries' (fixture line 1)")
        .hasMessageContaining("unknown country name 'Rusia'")
        .hasMessageContaining("RUS (Russia)")
        .hasMessageContaining("add the name as an alias");
    ParsedField p = parsed("KAZ", LB, text, 2021);
    assertThat(keys(p.observations(), BORDER)).containsExactly("CHN", "KGZ");
    assertThat(p.skipped(ParsedField.Reason.UNKNOWN_COUNTRY))
        .singleElement()
        .satisfies(s -> assertThat(s.item()).isEqualTo("Rusia 7,644 km"));
    assertThat(p.skipped(ParsedField.Reason.COUNT_MISMATCH))
        .singleElement()
        .satisfies(s -> assertThat(s.detail()).isEqualTo("5 neighbours declared, 2 read"));
  }

  @Test
  void aRemeasuredBorderKeepsBothLengthsAndTheLaterOneSaysSo() {
    List<Observation> all = new ArrayList<>();
    all.addAll(
        parse(
            "KAZ", LB, "total: 12,185 km border countries: China 1,533 km, Russia 6,846 km", 2013));
    all.addAll(
        parse(
            "KAZ", LB, "total: 12,185 km border countries: China 1,533 km, Russia 6,846 km", 2014));
    all.addAll(
        parse(
            "KAZ",
            LB,
            "total: 13,364 km | border countries (5): China 1,765 km, Russia 7,644 km",
            2015));
    List<Observation> marked = org.borderland.core.panel.BorderRemeasurements.mark(all);
    assertThat(marked).hasSameSizeAs(all);
    List<Observation> russia = marked.stream().filter(o -> o.key().equals("RUS")).toList();
    assertThat(russia).extracting(Observation::value).containsExactly(6846.0, 6846.0, 7644.0);
    assertThat(russia.get(1).note()).isEmpty();
    assertThat(russia.get(2).note())
        .startsWith("re-measured: 6,846 km in the 2014 edition, 7,644 km in the 2015 edition");
    assertThat(find(marked, TOTAL, "").orElseThrow().note()).isEmpty();
  }
}
