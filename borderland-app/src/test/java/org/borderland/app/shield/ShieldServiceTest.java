package org.borderland.app.shield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.borderland.app.common.ScenarioInput;
import org.borderland.app.problem.BadParameter;
import org.borderland.data.transit.TransitFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ShieldService} on the committed panel. */
class ShieldServiceTest {
  private static final Borderland APP = new Borderland(Borderland.Config.defaults());
  private static final List<String> CENTRAL_ASIA = List.of("KGZ", "TJK", "TKM", "UZB");

  @TempDir Path tmp;

  @AfterAll
  static void close() {
    APP.close();
  }

  private static ShieldResult shield(Transit transit) {
    return new ShieldService(APP)
        .shield(new ShieldRequest("RUS", 2025, "essay", transit, ScenarioInput.none()));
  }

  private static ShieldResult.State state(ShieldResult r, String code) {
    return r.states().stream().filter(s -> s.state().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void kazakhstanShieldsCentralAsiaFromRussiaByDefault() {
    ShieldResult r = shield(Transit.defaults());
    assertThat(r.rules())
        .isEqualTo(
            new ShieldResult.Rules(
                List.of(), List.of("CHN", "IRN"), List.of(), List.of("NATO"), false));
    assertThat(r.description())
        .isEqualTo("land graph 2025; no transit through CHN, IRN or NATO members");
    for (String c : CENTRAL_ASIA) {
      assertThat(state(r, c).shieldedBy()).as(c).containsExactly("KAZ");
    }
    // 20: Singapore's causeway to Malaysia is no land border (COW's land link, which both
    // Factbook lists contradict, counts across water).
    assertThat(r.gateways().get("KAZ")).hasSize(20).contains("AFG", "IND", "VNM");
    assertThat(state(r, "KAZ").exposed()).isTrue();
    assertThat(state(r, "BRA").reachable()).isFalse();
    assertThat(state(r, "BRA").hops()).isNull();
    assertThat(r.about().names()).containsEntry("KAZ", "Kazakhstan");
  }

  @Test
  void allowingChinaOrTheSeaOpensCentralAsia() {
    for (Transit t :
        List.of(new Transit(null, false, List.of("CHN")), new Transit(null, true, List.of()))) {
      ShieldResult r = shield(t);
      for (String c : CENTRAL_ASIA) {
        assertThat(state(r, c).shieldedBy()).as("%s with %s", c, t).isEmpty();
      }
      assertThat(r.gateways()).doesNotContainKey("KAZ");
    }
    assertThat(shield(new Transit(null, false, List.of("china"))).rules().allow())
        .containsExactly("CHN");
  }

  @Test
  void anOverlayAppliesOverTheDefaultsBeforeTheFlags() {
    ShieldResult r =
        shield(
            new Transit(
                (base, model, aggressor, registry) -> base.withSea(true), false, List.of("CHN")));
    assertThat(r.rules().sea()).isTrue();
    assertThat(r.rules().allow()).containsExactly("CHN");
    assertThat(r.rules().noTransit()).containsExactly("CHN", "IRN");
  }

  @Test
  void theJsonHasTheContractFieldsAndNoScenarioWithoutOne() {
    String json = Json.write(shield(Transit.defaults()));
    assertThat(json)
        .contains("\"rules\"", "\"states\"", "\"gateways\"", "\"impassable\"", "\"provenance\"")
        .contains("\"model\" : \"essay@")
        .doesNotContain("\"scenario\"", "\"about\"", "aggressorName");
  }

  @Test
  void anUnknownAllowedStateIsABadAllowParameterWithSuggestions() {
    assertThatThrownBy(() -> shield(new Transit(null, false, List.of("CHX"))))
        .isInstanceOfSatisfying(
            BadParameter.class,
            p -> {
              assertThat(p.parameter()).isEqualTo("allow");
              assertThat(p.getMessage()).contains("'CHX' in allow").doesNotContain("--");
              assertThat(p.suggestions()).contains("CHN");
            });
  }

  @Test
  void aBadTransitOverlayIsABadTransitParameterWithItsLine() throws Exception {
    Path f = tmp.resolve("rules.yaml");
    Files.writeString(f, "sea: true\nallow: [CHN, KAZZ]\n");
    Transit t =
        new Transit(
            (base, model, aggressor, registry) ->
                TransitFile.read(f, base, model, aggressor, registry),
            false,
            List.of());
    assertThatThrownBy(() -> shield(t))
        .isInstanceOfSatisfying(
            BadParameter.class,
            p -> {
              assertThat(p.parameter()).isEqualTo("transit");
              assertThat(p.getMessage())
                  .contains("line 2, column 14, field allow[1]")
                  .contains("Unknown country code 'KAZZ'");
            });
  }

  @Test
  void aYearOutsideThePanelIsABadYear() {
    assertThatThrownBy(() -> new ShieldService(APP).shield(ShieldRequest.of("RUS", 1800)))
        .isInstanceOfSatisfying(
            BadParameter.class, p -> assertThat(p.parameter()).isEqualTo("year"));
  }
}
