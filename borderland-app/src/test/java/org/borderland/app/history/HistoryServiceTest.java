package org.borderland.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.borderland.app.explain.ExplainRequest;
import org.borderland.app.explain.ExplainResult;
import org.borderland.app.explain.ExplainService;
import org.borderland.app.problem.BadParameter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link HistoryService} on the committed panel. */
class HistoryServiceTest {
  /** The server's recorded answers, which the JSON of these results must equal. */
  static final Path GOLDEN = Path.of("../borderland-server/src/test/resources/golden");

  private static Borderland app;
  private static HistoryService service;

  @BeforeAll
  static void load() {
    app = new Borderland(Borderland.Config.defaults());
    service = new HistoryService(app);
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @Test
  void russiaKazakhstanUpTo2021EndsWithTheExplanationOf2021() {
    HistoryResult h = service.history(new HistoryRequest("RUS", 2021, "essay", "KAZ"));
    assertThat(h.years().get(0).year()).isEqualTo(1992);
    assertThat(h.provenance().years()).containsExactly(1992, 2021);
    HistoryResult.Year last = h.years().get(h.years().size() - 1);
    assertThat(last.year()).isEqualTo(2021);
    ExplainResult.Explained e =
        (ExplainResult.Explained)
            new ExplainService(app).explain(ExplainRequest.of("RUS", 2021, "KAZ"));
    assertThat(last.index()).isEqualTo(e.index());
    assertThat(last.rank()).isEqualTo(e.rank());
    assertThat(last.targets()).isEqualTo(e.targets());
    HistoryResult.Move m = last.mostMoved();
    assertThat(m.since()).isEqualTo(2020);
    assertThat(m.indexChange())
        .isCloseTo(last.index() - h.years().get(h.years().size() - 2).index(), within(1e-9));
    assertThat(h.about().provenanceLine()).endsWith("each year as known by its end, 1992-2021");
  }

  @Test
  void jsonIsTheRecordedAnswerWithLowerCaseKinds() throws IOException {
    JsonNode h =
        Json.mapper().readTree(Json.write(service.history(HistoryRequest.of("RUS", "KAZ"))));
    assertThat(h.has("about")).isFalse();
    assertThat(h.get("years").get(1).get("mostMoved").get("kind").asText())
        .isIn("changed", "entered", "left");
    assertThat(h).isEqualTo(Json.mapper().readTree(GOLDEN.resolve("history-kaz.json").toFile()));
  }

  @Test
  void anUnknownTargetIsABadTargetWithSuggestions() {
    assertThatThrownBy(() -> service.history(HistoryRequest.of("RUS", "KAZZ")))
        .isInstanceOfSatisfying(
            BadParameter.class,
            p -> {
              assertThat(p.parameter()).isEqualTo("target");
              assertThat(p.suggestions()).contains("KAZ");
            });
  }

  @Test
  void aLastYearOutsideTheDataIsABadYear() {
    assertThatThrownBy(() -> service.history(new HistoryRequest("RUS", 2040, "essay", "KAZ")))
        .isInstanceOfSatisfying(
            BadParameter.class,
            p -> {
              assertThat(p.parameter()).isEqualTo("year");
              assertThat(p.getMessage()).startsWith("year 2040 is outside");
            });
  }

  @Test
  void anUnknownAggressorIsABadAggressor() {
    assertThatThrownBy(() -> service.history(HistoryRequest.of("RUSS", "KAZ")))
        .isInstanceOfSatisfying(
            BadParameter.class, p -> assertThat(p.parameter()).isEqualTo("aggressor"));
  }
}
