package org.borderland.core.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderland.core.panel.PanelFixtures.factbook;
import static org.borderland.core.panel.PanelFixtures.revised;

import java.util.List;
import org.junit.jupiter.api.Test;

class PanelPointInTimeTest {
  private final SeriesKey russian = new SeriesKey("KAZ", "ethnic_share", "Russian");

  @Test
  void asKnownTakesTheNewestEditionPublishedByThatYear() {
    Panel p =
        new Panel(
            List.of(
                factbook("KAZ", "ethnic_share", "Russian", 38.0, null, 1992),
                factbook("KAZ", "ethnic_share", "Russian", 37.0, 1991, 1995),
                factbook("KAZ", "ethnic_share", "Russian", 23.7, 2009, 2014)));
    assertThat(p.asKnown(russian, 1994, SourcePolicy.asKnownOnly()).observation().value())
        .isEqualTo(38.0);
    assertThat(p.asKnown(russian, 1995, SourcePolicy.asKnownOnly()).observation().value())
        .isEqualTo(37.0);
    assertThat(p.asKnown(russian, 2020, SourcePolicy.asKnownOnly()).observation().value())
        .isEqualTo(23.7);
    assertThat(p.asKnown(russian, 1991, SourcePolicy.asKnownOnly()).isKnown()).isFalse();
  }

  @Test
  void aDamagedEditionFallsBackToTheOneBeforeAndSaysSo() {
    Panel p =
        new Panel(
            List.of(
                factbook("KAZ", "land_border_km", "RUS", 7644.0, null, 2017),
                factbook("KAZ", "land_border_total_km", "", 13364.0, null, 2018),
                factbook("KAZ", "land_border_total_km", "", 13364.0, null, 2019)));
    PointInTime p2019 =
        p.asKnown(new SeriesKey("KAZ", "land_border_km", "RUS"), 2019, SourcePolicy.asKnownOnly());
    assertThat(p2019.observation().edition()).isEqualTo(2017);
    assertThat(p2019.skippedEditions()).containsExactly(2019, 2018);
    assertThat(p2019.note()).contains("falling back past editions [2019, 2018]");
  }

  @Test
  void aGroupTheNewestEditionNoLongerListsIsMissingNotCarriedForward() {
    Panel p =
        new Panel(
            List.of(
                factbook("KAZ", "ethnic_share", "Other Slavs", 7.0, null, 1992),
                factbook("KAZ", "ethnic_share", "Russian", 37.0, null, 1995)));
    PointInTime pit =
        p.asKnown(
            new SeriesKey("KAZ", "ethnic_share", "Other Slavs"), 1996, SourcePolicy.asKnownOnly());
    assertThat(pit.isKnown()).isFalse();
    assertThat(pit.note()).contains("1995 edition reports ethnic_share but not 'Other Slavs'");
  }

  @Test
  void revisedHistoryIsUsedOnlyWhenThePolicyAllowsAndIsFlagged() {
    Panel p =
        new Panel(
            List.of(
                revised("KAZ", "population", 1.6e7, 2000),
                revised("KAZ", "population", 1.9e7, 2020)));
    SeriesKey pop = new SeriesKey("KAZ", "population", "");
    assertThat(p.asKnown(pop, 2010, SourcePolicy.asKnownOnly()).isKnown()).isFalse();
    PointInTime any = p.asKnown(pop, 2010, SourcePolicy.any());
    assertThat(any.observation().value()).isEqualTo(1.6e7);
    assertThat(any.observation().asKnown()).isFalse();
    assertThat(any.note()).contains("revised history");
  }

  @Test
  void aNamedDatasetIsPreferredOverANewerOne() {
    Panel p =
        new Panel(
            List.of(
                factbook("KAZ", "population", "", 1.5e7, 2005, 2005),
                revised("KAZ", "population", 1.52e7, 2005)));
    SeriesKey pop = new SeriesKey("KAZ", "population", "");
    SourcePolicy factbookFirst =
        new SourcePolicy(List.of("factbook-archive", "wdi-population"), true);
    assertThat(p.asKnown(pop, 2010, factbookFirst).observation().source().dataset())
        .isEqualTo("factbook-archive");
    SourcePolicy wdiFirst = new SourcePolicy(List.of("wdi-population", "factbook-archive"), true);
    assertThat(p.asKnown(pop, 2010, wdiFirst).observation().source().dataset())
        .isEqualTo("wdi-population");
  }
}
