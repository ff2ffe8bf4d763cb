package org.borderland.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.borderland.app.common.ScenarioInput;
import org.borderland.app.problem.BadParameter;
import org.borderland.data.build.PanelLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@link ScenarioService#diff} on the committed panel and the shipped scenarios. */
class ScenarioServiceTest {
  private static final Borderland APP = new Borderland(Borderland.Config.defaults());
  private static final Path UKRAINE =
      PanelLocation.projectRoot().orElseThrow().resolve("scenarios/ukraine-fell-2022.yaml");

  @AfterAll
  static void close() {
    APP.close();
  }

  private static ScenarioDiffResult.Target target(ScenarioDiffResult d, String code) {
    return d.targets().stream().filter(t -> t.target().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void ukraineFallingMovesMoldovaUpForItsNewBorder() {
    ScenarioDiffResult d =
        new ScenarioService(APP)
            .diff(new ScenarioDiffRequest("RUS", 2022, "essay", ScenarioInput.ofFile(UKRAINE)));
    assertThat(d.year()).isEqualTo(2022);
    assertThat(d.scenario().absorbed()).containsExactly("UKR");
    assertThat(d.before()).isEqualTo(new ScenarioDiffResult.Side("essay", 30));
    assertThat(d.after()).isEqualTo(new ScenarioDiffResult.Side("essay", 34));
    ScenarioDiffResult.Target mda = target(d, "MDA");
    assertThat(mda.status()).isEqualTo(ScenarioDiffResult.Status.KEPT);
    assertThat(mda.rankBefore()).isEqualTo(3);
    assertThat(mda.rankAfter()).isEqualTo(2);
    assertThat(mda.rankChange()).isEqualTo(1);
    assertThat(mda.factors().get(0).factor()).isEqualTo("border");
    assertThat(mda.rawChanged()).contains("land_border");
    ScenarioDiffResult.Target ukr = target(d, "UKR");
    assertThat(ukr.status()).isEqualTo(ScenarioDiffResult.Status.ABSORBED);
    assertThat(ukr.rankAfter()).isNull();
    assertThat(ukr.indexAfter()).isNull();
    assertThat(d.about().names()).containsEntry("MDA", "Moldova");
    String json = Json.write(d);
    assertThat(json)
        .contains("\"status\" : \"kept\"", "\"status\" : \"absorbed\"")
        .doesNotContain("\"about\"");
  }

  @Test
  void aDiffWithoutAScenarioIsABadScenario() {
    assertThatThrownBy(() -> new ScenarioDiffRequest("RUS", 2022, "essay", ScenarioInput.none()))
        .isInstanceOfSatisfying(
            BadParameter.class, p -> assertThat(p.parameter()).isEqualTo("scenario"));
  }

  @Test
  void anUnknownModelBeforeTheScenarioIsABadModel() {
    assertThatThrownBy(
            () ->
                new ScenarioService(APP)
                    .diff(
                        new ScenarioDiffRequest(
                            "RUS", 2022, "nosuchmodel", ScenarioInput.ofFile(UKRAINE))))
        .isInstanceOfSatisfying(
            BadParameter.class, p -> assertThat(p.parameter()).isEqualTo("model"));
  }
}
