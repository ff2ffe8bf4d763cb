package org.borderland.core.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderland.core.panel.PanelFixtures.factbook;
import static org.borderland.core.panel.PanelFixtures.registry;

import java.util.List;
import org.junit.jupiter.api.Test;

class PanelValidationTest {
  @Test
  void aShareOf140PercentIsAnErrorNamingTheRow() {
    ValidationReport r =
        PanelValidation.validate(
            List.of(factbook("KAZ", "ethnic_share", "Russian", 140.0, null, 1995)),
            registry(),
            2026);
    assertThat(r.ok()).isFalse();
    assertThat(r.errors())
        .singleElement()
        .asString()
        .contains("KAZ ethnic_share[Russian]")
        .contains("140.0%");
  }

  @Test
  void anUnknownCountryCodeIsAnErrorWithTheClosestMatch() {
    ValidationReport r =
        PanelValidation.validate(
            List.of(factbook("KAZ", "land_border_km", "RUZ", 7644.0, null, 2015)),
            registry(),
            2026);
    assertThat(r.errors()).singleElement().asString().contains("'RUZ'").contains("RUS");
  }

  @Test
  void aSovietRowFiledUnderRussiaIsAnError() {
    ValidationReport r =
        PanelValidation.validate(
            List.of(factbook("RUS", "population", "", 2.9e8, 1990, 1990)), registry(), 2026);
    assertThat(r.errors()).singleElement().asString().contains("predecessor");
    ValidationReport ok =
        PanelValidation.validate(
            List.of(factbook("SUN", "population", "", 2.9e8, 1990, 1990)), registry(), 2026);
    assertThat(ok.errors()).isEmpty();
  }

  @Test
  void aFigureForAYearAfterItsEditionIsAnError() {
    ValidationReport r =
        PanelValidation.validate(
            List.of(factbook("KAZ", "population", "", 1.6e7, 2030, 2020)), registry(), 2026);
    assertThat(r.errors()).singleElement().asString().contains("describes 2030");
  }

  @Test
  void ethnicGroupsSummingPastOneHundredAreAWarningNotAnError() {
    ValidationReport r =
        PanelValidation.validate(
            List.of(
                factbook("KAZ", "ethnic_share", "Kazakh", 60.0, null, 2000),
                factbook("KAZ", "ethnic_share", "Russian", 45.0, null, 2000)),
            registry(),
            2026);
    assertThat(r.ok()).isTrue();
    assertThat(r.warnings()).singleElement().asString().contains("sum to 105.0%");
  }

  @Test
  void bordersTheTwoEntriesDisagreeOnAreAWarning() {
    ValidationReport r =
        PanelValidation.validate(
            List.of(
                factbook("KAZ", "land_border_km", "RUS", 6846.0, null, 2014),
                factbook("RUS", "land_border_km", "KAZ", 7512.0, null, 2014),
                factbook("KAZ", "land_border_km", "CHN", 1533.0, null, 2014),
                factbook("CHN", "land_border_km", "KAZ", 1533.0, null, 2014)),
            registry(),
            2026);
    assertThat(r.warnings()).singleElement().asString().contains("KAZ–RUS border is 6846 km");
  }

  @Test
  void coverageCountsStatesThatExistedInTheEdition() {
    ValidationReport r =
        PanelValidation.validate(
            List.of(factbook("KAZ", "population", "", 1.6e7, 1995, 1995)), registry(), 2026);
    assertThat(r.coverage())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.present()).isEqualTo(1);
              assertThat(c.states()).isEqualTo(3); // KAZ, RUS, CHN existed in 1995; SUN did not
            });
  }

  @Test
  void aLandBoundaryTheFactbookListsButCowHasNoLandLinkForIsOneWarningPerPair() {
    ValidationReport r =
        PanelValidation.validate(
            List.of(
                factbook("KAZ", "land_border_km", "RUS", 7644.0, null, 2014),
                factbook("KAZ", "land_border_km", "RUS", 7644.0, null, 2015),
                cow("KAZ", "RUS", 1, 1991),
                factbook("KAZ", "land_border_km", "CHN", 1533.0, null, 2014),
                factbook("KAZ", "land_border_km", "CHN", 1533.0, null, 2015),
                cow("KAZ", "CHN", 4, 1991)),
            registry(),
            2026);
    assertThat(r.ok()).isTrue();
    assertThat(r.warnings())
        .singleElement()
        .asString()
        .isEqualTo(
            "Factbook land boundary without a COW land link: KAZ's list names CHN in 2 editions"
                + " (2014–2015); COW direct contiguity has type 4 in force then, no land link"
                + " (type 1)");
  }

  @Test
  void withoutCowContiguityInThePanelFactbookBordersAreNotChecked() {
    ValidationReport r =
        PanelValidation.validate(
            List.of(factbook("KAZ", "land_border_km", "CHN", 1533.0, null, 2014)),
            registry(),
            2026);
    assertThat(r.warnings()).isEmpty();
  }

  private static Observation cow(String a, String b, int type, int from) {
    return new Observation(
        a,
        "contiguity",
        b,
        (double) type,
        "type",
        from,
        2017,
        java.time.LocalDate.of(2017, 12, 31),
        false,
        new Source("cow-contdir", "3.2", "conttype", "row " + from));
  }
}
