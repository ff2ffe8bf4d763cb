package org.borderland.data.factbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FactbookFieldsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ethnic divisions | ETHNIC_GROUPS",
        "Ethnic groups | ETHNIC_GROUPS",
        "Language | LANGUAGES",
        "Languages | LANGUAGES",
        "Land boundary | LAND_BOUNDARIES",
        "Land boundaries | LAND_BOUNDARIES",
        "Population | POPULATION",
        "GDP | GDP_COMBINED",
        "National product | GDP_COMBINED",
        "GDP (purchasing power parity) | GDP_PPP",
        "GDP (purchasing power parity) - real | GDP_PPP",
        "Real GDP (purchasing power parity) | GDP_PPP",
        "GDP (official exchange rate) | GDP_OFFICIAL",
        "Defense expenditures | MILEX_COMBINED",
        "Military expenditures - dollar figure | MILEX_USD",
        "Military expenditures-dollar figure | MILEX_USD",
        "Military expenditures--dollar figure | MILEX_USD",
        "Military expenditures - percent of GDP | MILEX_GDP_PCT",
        "Military expenditures--percent of GDP | MILEX_GDP_PCT",
        "Military expenditures | MILEX_GDP_PCT",
        "Military and security service personnel strengths | MIL_PERSONNEL",
        "Member of | ORGANISATIONS",
        "International organization participation | ORGANISATIONS",
        "Broadcast media | BROADCAST_MEDIA",
        "Disputes | DISPUTES",
        "International disputes | DISPUTES",
        "Disputes - international | DISPUTES",
        "Disputes-international | DISPUTES",
        "Disputes--international | DISPUTES",
      })
  void mapsEveryNameTheEditionsUsed(String raw, FactbookField expected) {
    assertThat(FactbookFields.canonical(raw)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GNP",
        "Manpower availability",
        "Military manpower - availability",
        "Radio broadcast stations",
        "Television broadcast stations",
        "International law organization participation",
        "GDP - per capita (PPP)",
        "Real GDP growth rate",
        "Population growth rate"
      })
  void leavesFieldsThatMeasureSomethingElseUnmapped(String raw) {
    assertThat(FactbookFields.canonical(raw)).isEmpty();
  }

  @Test
  void ignoresCaseAndSpacing() {
    assertThat(FactbookFields.canonical("  ethnic   GROUPS "))
        .contains(FactbookField.ETHNIC_GROUPS);
    assertThat(FactbookFields.canonical(null)).isEmpty();
  }

  @Test
  void everyFieldYieldsCanonicalOrDocumentedIndicators() {
    for (FactbookField f : FactbookField.values()) {
      assertThat(f.indicators()).isNotEmpty();
      for (String id : f.indicators()) {
        assertThat(org.borderland.core.panel.Indicators.find(id)).as(id).isPresent();
      }
    }
  }
}
