package org.borderland.data.factbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderland.data.factbook.Fixtures.get;
import static org.borderland.data.factbook.Fixtures.keys;
import static org.borderland.data.factbook.Fixtures.parse;

import java.util.List;
import org.borderland.core.panel.Observation;
import org.junit.jupiter.api.Test;

class TextFieldsTest {
  private static final String MEDIA = FactbookObservations.BROADCAST_MEDIA;
  private static final String FOREIGN = FactbookObservations.BROADCAST_FOREIGN;
  private static final String DISPUTES = FactbookObservations.DISPUTES_TEXT;
  private static final String MENTIONS = FactbookObservations.DISPUTE_MENTIONS;

  @Test
  void broadcastMediaIsTheTextPlusTheCountriesItNames() {
    String text =
        "4 state-controlled national TV channels; Polish and Russian TV broadcasts are available in"
            + " some areas; state-run Belarusian Radio operates 3 national networks (2019)";
    List<Observation> obs = parse("BLR", "Broadcast media", text, 2024);
    Observation media = get(obs, MEDIA, "");
    assertThat(media.value()).isNull();
    assertThat(media.source().text()).isEqualTo(text);
    assertThat(media.refYear()).isEqualTo(2019);
    assertThat(keys(obs, FOREIGN)).containsExactly("POL", "RUS");
    assertThat(get(obs, FOREIGN, "RUS").value()).isEqualTo(1.0);
    assertThat(get(obs, FOREIGN, "RUS").note()).isEqualTo("named as: Russian");
  }

  @Test
  void broadcastersNameTheirCountryAndTheEntrysOwnCountryIsLeftOut() {
    List<Observation> obs =
        parse(
            "KAZ",
            "Broadcast media",
            "Kazakh state TV; BBC and Voice of America are available; RT broadcasts in Russian",
            2016);
    assertThat(keys(obs, FOREIGN)).containsExactly("GBR", "USA", "RUS");
    assertThat(get(obs, FOREIGN, "RUS").note()).isEqualTo("named as: RT, Russian");
  }

  @Test
  void disputesAreTheTextPlusTheCountriesItNames() {
    String text =
        "Kazakhstan-China : demarcation with China completed in 2002 Kazakhstan-Russia : field"
            + " demarcation commenced in 2007; Caspian seabed delimitation with Azerbaijan and Russia";
    List<Observation> obs = parse("KAZ", "Disputes - international", text, 2023);
    assertThat(get(obs, DISPUTES, "").value()).isNull();
    assertThat(keys(obs, MENTIONS)).containsExactly("CHN", "RUS", "AZE");
  }

  @Test
  void waterNamesAndVanishedStatesAreNotMentions() {
    List<Observation> obs =
        parse(
            "UKR",
            "Disputes - international",
            "Russia claims waters of the South China Sea and the Soviet Union dissolved in 1991",
            2024);
    assertThat(keys(obs, MENTIONS)).containsExactly("RUS");
    List<Observation> old = parse("FIN", "Disputes", "none with the Soviet Union", 1990);
    assertThat(keys(old, MENTIONS)).containsExactly("SUN");
  }

  @Test
  void andInsideACountryNameIsPartOfTheName() {
    List<Observation> obs =
        parse(
            "VEN",
            "Disputes - international",
            "Trinidad and Tobago and Venezuela share a maritime boundary; Croatia and Bosnia and"
                + " Herzegovina were asked to mediate",
            2010);
    assertThat(keys(obs, MENTIONS)).containsExactly("TTO", "HRV", "BIH");
  }
}
