package org.borderland.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.borderland.app.common.Progress;
import org.borderland.app.common.ScenarioInput;
import org.borderland.app.problem.BadParameter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UncertaintyServiceTest {
  private static Borderland app;
  private static UncertaintyService service;

  @BeforeAll
  static void load() {
    app = new Borderland(Borderland.Config.defaults());
    service = new UncertaintyService(app);
  }

  @AfterAll
  static void close() {
    app.close();
  }

  private static UncertaintyRequest request(long seed, Integer threads) {
    return new UncertaintyRequest(
        Analysed.Model.of("RUS", 2022), AnalysisInputs.defaults(), seed, 50, threads, false);
  }

  private static String withoutElapsed(UncertaintyResult r) {
    return Json.write(r).replaceAll("\"elapsedMs\" : \\d+", "\"elapsedMs\" : 0");
  }

  @Test
  void theSameSeedGivesTheSameResultOnAnyNumberOfThreads() {
    UncertaintyResult one = service.analyse(request(7, 1), Progress.NONE);
    UncertaintyResult two = service.analyse(request(7, 2), Progress.NONE);
    assertThat(withoutElapsed(two)).isEqualTo(withoutElapsed(one));
    UncertaintyResult other = service.analyse(request(8, 2), Progress.NONE);
    assertThat(withoutElapsed(other)).isNotEqualTo(withoutElapsed(one));
  }

  @Test
  void theEngineFormWritesTheContractFields() {
    UncertaintyResult r = service.analyse(request(7, 2), Progress.NONE);
    assertThat(r.runs()).isEqualTo(50);
    assertThat(r.aggressor()).isEqualTo("RUS");
    assertThat(r.year()).isEqualTo(2022);
    assertThat(r.model()).isEqualTo("essay");
    assertThat(r.data()).isNull();
    assertThat(r.inputSource()).isEqualTo("default");
    assertThat(r.inputs()).hasSize(3);
    assertThat(r.provenance().seed()).isEqualTo(7L);
    // As the recorded answer of the uncertainty job for 2022: Kazakhstan ranks first nominally.
    TargetView first = r.targets().get(0);
    assertThat(first.target()).isEqualTo("KAZ");
    assertThat(first.nominal()).isEqualTo(1);
    assertThat(first.index().nominal())
        .isCloseTo(79.96163195633147, org.assertj.core.data.Offset.offset(1e-9));
    double pFirst = r.targets().stream().mapToDouble(TargetView::pFirst).sum();
    assertThat(pFirst).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    String json = Json.write(r);
    assertThat(json).doesNotContain("\"scenario\"", "\"data\"", "\"about\"", "\"heading\"");
  }

  @Test
  void progressIsToldTheTotalAndReachesTheEnd() {
    AtomicLong total = new AtomicLong();
    AtomicLong done = new AtomicLong();
    Progress p =
        new Progress() {
          @Override
          public void advance(long steps) {
            done.addAndGet(steps);
          }

          @Override
          public void total(long units) {
            total.set(units);
          }
        };
    service.analyse(request(3, 2), p);
    assertThat(total.get()).isEqualTo(50);
    assertThat(done.get()).isEqualTo(50);
  }

  @Test
  void checkGivesTheReplicationsAndThreadsWithoutRunning() {
    assertThat(service.check(request(7, 3))).isEqualTo(new CheckResult(50, 3));
  }

  @Test
  void badCountsAreBadParametersNamedPlainly() {
    assertThatThrownBy(
            () ->
                new UncertaintyRequest(
                    Analysed.Model.of("RUS", 2022), AnalysisInputs.defaults(), 1, 0, null, false))
        .isInstanceOfSatisfying(
            BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("runs"))
        .hasMessageContaining("at least 1 replication");
    assertThatThrownBy(() -> request(1, 0))
        .isInstanceOfSatisfying(
            BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("threads"));
  }

  @Test
  void anUnknownNormalisationIsABadParameterWithTheNearestName() {
    AnalysisInputs.Flags flags =
        new AnalysisInputs.Flags(null, null, null, "min-maxx", null, null, null, null);
    assertThatThrownBy(() -> AnalysisInputs.of(null, null, flags))
        .isInstanceOfSatisfying(
            BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("normalisation"))
        .hasMessageContaining("did you mean min-max?")
        .hasMessageNotContaining("--");
  }

  @Test
  void anUnknownModelAmongTheInputsIsABadParameter() {
    AnalysisInputs flags =
        AnalysisInputs.of(
            null,
            null,
            new AnalysisInputs.Flags(null, null, null, null, null, null, null, "essay,nosuch"));
    UncertaintyRequest r =
        new UncertaintyRequest(Analysed.Model.of("RUS", 2022), flags, 1, 10, 1, false);
    assertThatThrownBy(() -> service.analyse(r, Progress.NONE))
        .isInstanceOfSatisfying(
            BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("models"));
  }

  @Test
  void aYearOutsideThePanelIsABadParameter() {
    UncertaintyRequest r =
        new UncertaintyRequest(
            new Analysed.Model("RUS", 1850, "essay", List.of(), ScenarioInput.none()),
            AnalysisInputs.defaults(),
            1,
            10,
            1,
            false);
    assertThatThrownBy(() -> service.check(r))
        .isInstanceOfSatisfying(
            BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("year"));
  }
}
