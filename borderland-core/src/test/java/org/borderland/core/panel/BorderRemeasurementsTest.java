package org.borderland.core.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderland.core.panel.PanelFixtures.factbook;

import java.util.List;
import org.junit.jupiter.api.Test;

class BorderRemeasurementsTest {
  @Test
  void aChangedLengthWithTheSameNeighboursIsMarkedAsReMeasured() {
    List<Observation> marked =
        BorderRemeasurements.mark(
            List.of(
                factbook("KAZ", "land_border_km", "RUS", 6846.0, null, 2014),
                factbook("KAZ", "land_border_km", "CHN", 1533.0, null, 2014),
                factbook("KAZ", "land_border_km", "RUS", 7644.0, null, 2015),
                factbook("KAZ", "land_border_km", "CHN", 1765.0, null, 2015),
                factbook("KAZ", "land_border_km", "RUS", 7644.0, null, 2016),
                factbook("KAZ", "land_border_km", "CHN", 1765.0, null, 2016)));
    assertThat(marked.get(0).note()).isEmpty();
    assertThat(marked.get(2).note())
        .startsWith("re-measured: 6,846 km in the 2014 edition, 7,644 km in the 2015 edition");
    assertThat(BorderRemeasurements.isRemeasurement(marked.get(2))).isTrue();
    assertThat(marked.get(4).note()).isEmpty();
    assertThat(marked.get(2).value()).isEqualTo(7644.0);
  }

  @Test
  void aChangeAlongsideNewNeighboursIsNotCalledAReMeasurement() {
    List<Observation> marked =
        BorderRemeasurements.mark(
            List.of(
                factbook("SDN", "land_border_km", "ETH", 1606.0, null, 2010),
                factbook("SDN", "land_border_km", "ETH", 744.0, null, 2011),
                factbook("SDN", "land_border_km", "SSD", 2184.0, null, 2011)));
    assertThat(marked.get(1).note()).startsWith("changed as the neighbours changed");
    assertThat(BorderRemeasurements.isRemeasurement(marked.get(1))).isFalse();
  }
}
