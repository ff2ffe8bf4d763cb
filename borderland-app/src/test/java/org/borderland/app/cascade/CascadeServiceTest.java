package org.borderland.app.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.borderland.app.common.ScenarioInput;
import org.borderland.app.problem.BadParameter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@link CascadeService} on the committed panel. */
class CascadeServiceTest {
  private static final Borderland APP = new Borderland(Borderland.Config.defaults());

  @AfterAll
  static void close() {
    APP.close();
  }

  private static CascadeResult cascade(int steps) {
    return new CascadeService(APP)
        .cascade(new CascadeRequest("RUS", 2022, "essay", steps, ScenarioInput.none()));
  }

  @Test
  void theFirstStepOf2022AbsorbsKazakhstanAheadOfTheRecordedRunnerUp() {
    CascadeResult c = cascade(2);
    assertThat(c.steps()).hasSize(2);
    CascadeResult.Step first = c.steps().get(0);
    assertThat(first.absorbed()).isEqualTo("KAZ");
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.index()).isCloseTo(79.962, within(0.01));
    assertThat(first.runnerUp()).isEqualTo("BLR"); // as the recorded cascade-2022 answer
    assertThat(first.margin()).isCloseTo(first.index() - first.runnerUpIndex(), within(1e-9));
    assertThat(first.newlyExposed()).containsExactly("KGZ", "TKM", "UZB");
    assertThat(first.capacity().population()).isGreaterThan(150e6);
    assertThat(c.stopped()).isNull();
    assertThat(c.about().names()).containsEntry("KAZ", "Kazakhstan");
  }

  @Test
  void theJsonWritesStoppedAsNullAndLeavesOutTheScenarioAndTheTableParts() {
    String json = Json.write(cascade(1));
    assertThat(json)
        .contains("\"stopped\" : null")
        .contains("\"gdpUsd\"")
        .doesNotContain("\"scenario\"", "\"about\"");
  }

  @Test
  void stepsOutOfRangeAreABadStepsParameter() {
    for (int steps : new int[] {0, 51}) {
      assertThatThrownBy(
              () -> new CascadeRequest("RUS", 2022, "essay", steps, ScenarioInput.none()))
          .isInstanceOfSatisfying(
              BadParameter.class,
              p -> {
                assertThat(p.parameter()).isEqualTo("steps");
                assertThat(p.getMessage()).startsWith("steps " + steps + " is out of range");
              });
    }
  }

  @Test
  void anUnknownAggressorIsABadAggressor() {
    assertThatThrownBy(
            () ->
                new CascadeService(APP)
                    .cascade(new CascadeRequest("RUSS", 2022, "essay", 1, ScenarioInput.none())))
        .isInstanceOfSatisfying(
            BadParameter.class, p -> assertThat(p.parameter()).isEqualTo("aggressor"));
  }
}
