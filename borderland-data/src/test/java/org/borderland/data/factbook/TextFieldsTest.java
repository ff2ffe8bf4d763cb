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
    assertThat(get(obs, FOREIGN, "RUS").note())
        .as("'in Russian' is the language; RT is the country's broadcaster")
        .isEqualTo("named as: RT");
  }

  @Test
  void aLanguageIsNotTheCountrysMedia() {
    List<Observation> obs =
        parse(
            "GEO",
            "Broadcast media",
            "independent broadcasters such as Imedi, Rustavi 2 and a small Russian language operator"
                + " TOK TV; a range of channels are aimed at Russian-speaking viewers; programmes in"
                + " German and Russian",
            2020);
    Observation rus = get(obs, FOREIGN, "RUS");
    assertThat(rus.value()).isZero();
    assertThat(rus.note())
        .isEqualTo("named as a language: Russian language, Russian-speaking, Russian");
    assertThat(get(obs, FOREIGN, "DEU").value()).isZero();
  }

  @Test
  void theCountrysOwnChannelsAndStateMediaCount() {
    List<Observation> obs =
        parse(
            "ARM",
            "Broadcast media",
            "three Russian TV channels are broadcast under interstate agreements; Russian state"
                + " media are popular; a Russian-language newspaper",
            2021);
    Observation rus = get(obs, FOREIGN, "RUS");
    assertThat(rus.value()).isEqualTo(1.0);
    assertThat(rus.note()).isEqualTo("named as: Russian");
  }

  @Test
  void anAttitudeOrNewsOfAWarIsNotTheCountrysMedia() {
    List<Observation> obs =
        parse(
            "UKR",
            "Broadcast media",
            "24 is owned by opposition, but not pro-Russian, politicians; a news platform to"
                + " broadcast news about the war following Russia's full-scale invasion",
            2023);
    Observation rus = get(obs, FOREIGN, "RUS");
    assertThat(rus.value()).isZero();
    assertThat(rus.note())
        .contains("named in news of war, not as media")
        .contains("named as an attitude: Russian");
  }

  @Test
  void turkishIsTurkeyAndTurkmenIsTurkmenistan() {
    List<Observation> obs =
        parse("AZE", "Broadcast media", "Turkish and Turkmen TV channels; Turkmen radio", 2015);
    assertThat(keys(obs, FOREIGN)).containsExactly("TUR", "TKM");
    assertThat(get(obs, FOREIGN, "TUR").note()).isEqualTo("named as: Turkish");
    assertThat(get(obs, FOREIGN, "TKM").note()).isEqualTo("named as: Turkmen");
    assertThat(keys(parse("UZB", "Broadcast media", "Turkmen TV is received", 2015), FOREIGN))
        .containsExactly("TKM");
  }

  @Test
  void disputesAreTheTextPlusTheCountriesItNames() {
    String text =
        "Kazakhstan-China : demarcation with China completed in 2002 Kazakhstan-Russia : field"
            + " demarcation commenced in 2007; Caspian seabed delimitation with Azerbaijan and Russia";
    List<Observation> obs = parse("KAZ", "Disputes - international", text, 2023);
    assertThat(get(obs, DISPUTES, "").value()).isNull();
    assertThat(keys(obs, MENTIONS)).containsExactly("CHN", "RUS", "AZE");
    assertThat(get(obs, MENTIONS, "CHN").value())
        .as("a completed demarcation is not a claim")
        .isZero();
    assertThat(get(obs, MENTIONS, "CHN").note())
        .isEqualTo(
            "not a claim (boundary settled): \"demarcation with China completed in 2002\"; named"
                + " as: China");
    assertThat(get(obs, MENTIONS, "RUS").value()).isEqualTo(1.0);
    assertThat(get(obs, MENTIONS, "RUS").note())
        .startsWith(
            "claim (boundary undemarcated, undelimited or disputed): \"field demarcation commenced"
                + " in 2007\"");
  }

  @Test
  void aPossessiveNamesItsCountryAndTheClaimKindAndSentenceAreKept() {
    String sentence =
        "Russia's military support and subsequent recognition of Abkhazia and South Ossetia"
            + " independence in 2008 continue to sour relations with Georgia";
    List<Observation> obs = parse("GEO", "Disputes - international", sentence, 2015);
    Observation rus = get(obs, MENTIONS, "RUS");
    assertThat(rus.value()).isEqualTo(1.0);
    assertThat(rus.note())
        .isEqualTo(
            "claim (supports or recognises a breakaway region): \""
                + sentence
                + "\"; named as: Russia's");
    List<Observation> plural =
        parse(
            "MYS",
            "Disputes - international",
            "the Philippines' claim to Sabah State remains dormant; Moldova’s boundary is settled",
            2010);
    assertThat(get(plural, MENTIONS, "PHL").note()).endsWith("named as: Philippines'");
    assertThat(get(plural, MENTIONS, "MDA").note()).endsWith("named as: Moldova’s");
  }

  @Test
  void anOrganisationsNameIsNotTheCountryAndTheRejectedSentenceIsShown() {
    String oas =
        "an Organization of American States (OAS) mission at the Line of Adjacency assists in"
            + " implementing confidence building measures";
    List<Observation> obs =
        parse(
            "BLZ",
            "Disputes - international",
            "Belize-Guatemala: demarcated but insecure boundary due to Guatemala’s claims to more"
                + " than half of Belizean territory; "
                + oas,
            2024);
    Observation usa = get(obs, MENTIONS, "USA");
    assertThat(usa.value()).isZero();
    assertThat(usa.note())
        .isEqualTo(
            "not the country: \""
                + oas
                + "\"; named in an organisation's name: American in Organization of American"
                + " States");
    assertThat(get(obs, MENTIONS, "GTM").value()).isEqualTo(1.0);
  }

  @Test
  void monitoringABorderIsNotAClaim() {
    String sentence =
        "Egypt vigilantly monitors the Sinai and borders with Israel and the Gaza Strip to deter"
            + " terrorist, smuggling, and other illegal activities";
    List<Observation> obs =
        parse(
            "EGY",
            "Disputes - international",
            "while Sudan retains claim to the Hala'ib Triangle, Egypt effectively administers the"
                + " area; "
                + sentence,
            2007);
    assertThat(get(obs, MENTIONS, "SDN").value()).isEqualTo(1.0);
    Observation isr = get(obs, MENTIONS, "ISR");
    assertThat(isr.value()).isZero();
    assertThat(isr.note())
        .isEqualTo("not a claim (monitoring): \"" + sentence + "\"; named as: Israel");
  }

  @Test
  void aSectionHeaderNamesItsCountriesInEverySentenceOfItsSection() {
    List<Observation> obs =
        parse(
            "KAZ",
            "Disputes - international",
            "Kazakhstan-China: none identified Kazakhstan-Russia : field demarcation commenced in"
                + " 2007; work continues Kazakhstan-Uzbekistan: none identified",
            2023);
    assertThat(get(obs, MENTIONS, "RUS").value()).isEqualTo(1.0);
    assertThat(get(obs, MENTIONS, "RUS").note())
        .isEqualTo(
            "claim (boundary undemarcated, undelimited or disputed): \"field demarcation commenced"
                + " in 2007\"; named as: Russia");
    assertThat(get(obs, MENTIONS, "CHN").value()).isZero();
    assertThat(get(obs, MENTIONS, "UZB").value()).isZero();
  }

  @Test
  void aMediatorOrDonorIsNotAParty() {
    List<Observation> obs =
        parse(
            "BLZ",
            "Disputes - international",
            "the 2002 Differendum created a joint ecological park for disputed Sapodilla Cays and a"
                + " substantial US-UK financial package; Qatar was mediating the border dispute",
            2005);
    assertThat(get(obs, MENTIONS, "USA").value()).isZero();
    assertThat(get(obs, MENTIONS, "GBR").value()).isZero();
    assertThat(get(obs, MENTIONS, "QAT").value()).isZero();
    assertThat(get(obs, MENTIONS, "QAT").note())
        .startsWith("not a claim (named as a third party: mediator, donor, host or observer)");
  }

  @Test
  void wordsRunTogetherAreReadApartAndHeadingsInCapitalsAreNotNames() {
    List<Observation> obs =
        parse(
            "SDN",
            "Disputes - international",
            "Sudan claims but Egypt de facto administers the Halaib region north of the 22nd"
                + " parallel boundaryEgypt no longer shows its administration of Bir Tawil on its"
                + " maps; a dispute over the Hanish Islands under the auspices of the ICJ ESTONIA",
            2018);
    assertThat(keys(obs, MENTIONS)).containsExactly("EGY");
    assertThat(get(obs, MENTIONS, "EGY").value()).isEqualTo(1.0);
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

  @Test
  void aBlockedAdjectiveIsBlockedInLowerCaseButNotInsideACountrysName() {
    List<Observation> obs =
        parse(
            "VEN",
            "Broadcast media",
            "a government-backed pan-American channel; relays from the Central African Republic",
            2015);
    assertThat(keys(obs, FOREIGN)).containsExactly("CAF");
  }
}
