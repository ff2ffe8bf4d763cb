package org.borderland.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.borderland.app.common.Progress;
import org.borderland.app.problem.BadParameter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SensitivityServiceTest {
  private static Borderland app;
  private static SensitivityService service;

  @BeforeAll
  static void load() {
    app = new Borderland(Borderland.Config.defaults());
    service = new SensitivityService(app);
  }

  @AfterAll
  static void close() {
    app.close();
  }

  private static SensitivityRequest request(
      long seed, int runs, int bootstrap, String target, Integer threads) {
    return new SensitivityRequest(
        Analysed.Model.of("RUS", 2022),
        AnalysisInputs.defaults(),
        seed,
        runs,
        bootstrap,
        target,
        threads,
        false);
  }

  @Test
  void kazakhstansRankIsApportionedAsRecorded() {
    // The recorded answer of the sensitivity job: year 2022, N = 100, seed 1, KAZ, bootstrap 20.
    SensitivityResult r = service.analyse(request(1, 100, 20, "kaz", 2), Progress.NONE);
    assertThat(r.output()).isEqualTo("rank of KAZ");
    assertThat(r.runs()).isEqualTo(500);
    assertThat(r.variance()).isCloseTo(0.22874371859296544, within(1e-12));
    assertThat(r.inputs())
        .extracting(SensitivityResult.Index::name)
        .containsExactly("Weights", "Normalisation", "Aggregation");
    assertThat(r.inputs().get(0).si()).isCloseTo(0.08743409490333896, within(1e-12));
    assertThat(r.rowsUsed()).isEqualTo(100);
    assertThat(r.provenance().seed()).isEqualTo(1L);
  }

  @Test
  void theSameSeedGivesTheSameResult() {
    String a =
        Json.write(service.analyse(request(5, 50, 10, null, 1), Progress.NONE))
            .replaceAll("\"elapsedMs\" : \\d+", "");
    String b =
        Json.write(service.analyse(request(5, 50, 10, null, 2), Progress.NONE))
            .replaceAll("\"elapsedMs\" : \\d+", "");
    assertThat(b).isEqualTo(a);
  }

  @Test
  void checkGivesNTimesInputsPlusTwo() {
    assertThat(service.check(request(5, 50, 10, "KAZ", 2))).isEqualTo(new CheckResult(250, 2));
  }

  @Test
  void anUnknownTargetIsABadParameterWithTheNearest() {
    assertThatThrownBy(() -> service.check(request(5, 50, 10, "KAZZ", 1)))
        .isInstanceOfSatisfying(
            BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("target"))
        .hasMessageContaining("did you mean KAZ?");
  }

  @Test
  void tooSmallABaseSampleOrNegativeBootstrapIsABadParameter() {
    assertThatThrownBy(() -> request(1, 1, 10, null, 1))
        .isInstanceOfSatisfying(
            BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("runs"))
        .hasMessageContaining("at least 2");
    assertThatThrownBy(() -> request(1, 10, -1, null, 1))
        .isInstanceOfSatisfying(
            BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("bootstrap"));
  }
}
