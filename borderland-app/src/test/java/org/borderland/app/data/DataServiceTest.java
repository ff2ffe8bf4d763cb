package org.borderland.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.borderland.app.problem.BadParameter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DataServiceTest {
  private static Borderland app;
  private static DataService service;

  @BeforeAll
  static void load() {
    app = new Borderland(Borderland.Config.defaults());
    service = new DataService(app);
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @Test
  void showGivesTheRussianShareOfKazakhstanIn1992WithItsSource() throws IOException {
    ShowResult r = service.show(new ShowRequest("Kazakhstan", "ethnic_share", "Russian", null));
    assertThat(r.country()).isEqualTo("KAZ");
    ShowResult.Row first = r.rows().get(0);
    assertThat(first.edition()).isEqualTo(1992);
    assertThat(first.value()).isEqualTo(38.0);
    assertThat(first.source().field()).isEqualTo("Ethnic divisions");
    JsonNode j = Json.mapper().readTree(Json.write(r));
    assertThat(j.isArray()).isTrue();
    assertThat(j.get(0).has("choice")).isFalse();
    assertThat(j.get(0).has("dataset")).isFalse();
  }

  @Test
  void anUnknownIndicatorIsABadIndicatorListingTheKnownOnes() {
    assertThatThrownBy(() -> new ShowRequest("KAZ", "ethnic", null, null))
        .isInstanceOfSatisfying(
            BadParameter.class, p -> assertThat(p.parameter()).isEqualTo("indicator"))
        .hasMessageContaining("ethnic_share");
  }

  @Test
  void anUnknownCountryIsABadCountryWithTheClosestMatch() {
    assertThatThrownBy(() -> service.show(ShowRequest.of("Kazakstn")))
        .isInstanceOfSatisfying(
            BadParameter.class,
            p -> {
              assertThat(p.parameter()).isEqualTo("country");
              assertThat(p.suggestions()).contains("KAZ");
            });
  }

  @Test
  void theCommittedPanelValidates() {
    PanelCheckResult r = service.validate();
    assertThat(r.ok()).isTrue();
    assertThat(r.rows()).isPositive();
    assertThat(r.coverage()).isNotEmpty();
  }

  @Test
  void factsCountRussiasClaimsOnKazakhstanAndLeaveTheUnresearchedMissing() {
    FactsResult r = service.facts(new FactsRequest("RUS", "KAZ", null));
    assertThat(r.counts()).containsEntry("territorial_claims", 8).containsEntry("border", 1);
    assertThat(r.counts()).containsKey("kin_population");
    assertThat(r.counts().get("kin_population")).isNull();
    assertThat(r.facts()).hasSize(16);
    assertThat(r.asOf()).isNull();
  }

  @Test
  void aYearBeforeTheStateSystemIsABadYear() {
    assertThatThrownBy(() -> new FactsRequest("RUS", "KAZ", 1800))
        .isInstanceOfSatisfying(
            BadParameter.class, p -> assertThat(p.parameter()).isEqualTo("year"))
        .hasMessageStartingWith("year 1800 is outside the years Borderland knows");
    assertThatThrownBy(() -> new CountriesRequest(1800)).isInstanceOf(BadParameter.class);
  }

  @Test
  void countriesOf1991HoldTheSovietUnionAndItsSuccessors() throws IOException {
    CountriesResult r = service.countries(new CountriesRequest(1991));
    assertThat(r.countries()).hasSize(268);
    assertThat(r.countries())
        .extracting(CountriesResult.Entry::iso3)
        .contains("SUN", "RUS", "KAZ", "YUG");
    JsonNode j = Json.mapper().readTree(Json.write(r));
    assertThat(j.isArray()).isTrue();
    assertThat(j.get(0).has("shown")).isFalse();
    assertThat(j.get(0).get("codes").get(0).has("system")).isTrue();
  }
}
