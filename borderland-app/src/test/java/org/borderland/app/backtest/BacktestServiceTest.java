package org.borderland.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.borderland.app.problem.BadParameter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestServiceTest {
  private static Borderland app;
  private static BacktestService service;

  @BeforeAll
  static void load() {
    app = new Borderland(Borderland.Config.defaults());
    service = new BacktestService(app);
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @Test
  void russiasShippedCasesRankTheTargetsAsTheRecordedAnswerDoes() {
    BacktestResult r = service.backtest(BacktestRequest.of("RUS"));
    assertThat(r.cases())
        .extracting(BacktestResult.CaseView::id, BacktestResult.CaseView::rank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("moldova-1992", 15),
            org.assertj.core.groups.Tuple.tuple("georgia-2008", 5),
            org.assertj.core.groups.Tuple.tuple("ukraine-2014", 3),
            org.assertj.core.groups.Tuple.tuple("ukraine-2022", 4));
    assertThat(r.summary()).isEqualTo(new BacktestResult.Summary(4.0, 0, 1, 3));
    assertThat(r.provenance().cases()).startsWith("russia.yaml@");
    assertThat(r.data().asKnown()).isTrue();
  }

  @Test
  void jsonNamesTheCaseAndListsOnlyTheRevisedDataItLeftOut() throws IOException {
    JsonNode j = Json.mapper().readTree(Json.write(service.backtest(BacktestRequest.of("RUS"))));
    assertThat(j.get("cases").get(0).get("case").asText()).isEqualTo("moldova-1992");
    assertThat(j.get("cases").get(1).get("reason").isNull()).isTrue();
    assertThat(j.get("provenance").get("year").isNull()).isTrue();
    assertThat(j.get("data").has("revisedLeftOut")).isTrue();
    assertThat(j.get("data").has("revisedUsed")).isFalse();
    assertThat(j.has("about")).isFalse();
  }

  @Test
  void anAggressorWithoutShippedCasesIsABadAggressor() {
    assertThatThrownBy(() -> service.backtest(BacktestRequest.of("CHN")))
        .isInstanceOfSatisfying(
            BadParameter.class, p -> assertThat(p.parameter()).isEqualTo("aggressor"))
        .hasMessageContaining("No cases file for CHN")
        .hasMessageNotContaining("--");
  }

  @Test
  void aBrokenCasesFileIsABadCasesParameterWithItsLine(@TempDir Path tmp) throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "cases:\n  - id: x\n    date: 2008\n");
    assertThatThrownBy(() -> CasesInput.read(app, bad))
        .isInstanceOfSatisfying(
            BadParameter.class, p -> assertThat(p.parameter()).isEqualTo("cases"))
        .hasMessageContaining("bad.yaml line 3");
  }

  @Test
  void anUnknownModelIsABadModel() {
    assertThatThrownBy(
            () ->
                service.backtest(
                    new BacktestRequest("RUS", "no-such-model", CasesInput.shipped(), false)))
        .isInstanceOfSatisfying(
            BadParameter.class, p -> assertThat(p.parameter()).isEqualTo("model"));
  }
}
