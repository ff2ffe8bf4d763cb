package org.borderland.app.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.borderland.app.problem.BadParameter;
import org.borderland.app.rank.RankRequest;
import org.borderland.app.rank.RankResult;
import org.borderland.app.rank.RankService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ExplainService} on the committed panel. */
class ExplainServiceTest {
  /** The server's recorded answers, which the JSON of these results must equal. */
  static final Path GOLDEN = Path.of("../borderland-server/src/test/resources/golden");

  private static Borderland app;
  private static ExplainService service;

  @BeforeAll
  static void load() {
    app = new Borderland(Borderland.Config.defaults());
    service = new ExplainService(app);
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @Test
  void kazakhstanIn2021HasTheIndexAndRankThatRankGivesAndContributionsAddUpToIt() {
    ExplainResult.Explained e =
        (ExplainResult.Explained) service.explain(ExplainRequest.of("RUS", 2021, "KAZ"));
    RankResult.Row kaz =
        new RankService(app)
            .rank(RankRequest.of("RUS", 2021)).results().stream()
                .filter(r -> r.target().equals("KAZ"))
                .findFirst()
                .orElseThrow();
    assertThat(e.index()).isEqualTo(kaz.index());
    assertThat(e.rank()).isEqualTo(kaz.rank());
    assertThat(e.candidate()).isTrue();
    assertThat(e.factors()).hasSize(8);
    double sum =
        e.factors().stream()
            .filter(f -> f.contribution() != null)
            .mapToDouble(ExplainResult.Factor::contribution)
            .sum();
    assertThat(sum).isCloseTo(e.index(), within(1e-9));
    assertThat(e.about().targetName()).isEqualTo("Kazakhstan");
  }

  @Test
  void jsonIsTheRecordedAnswerWithoutTheTablesExtras() throws IOException {
    JsonNode e =
        Json.mapper().readTree(Json.write(service.explain(ExplainRequest.of("RUS", 2021, "KAZ"))));
    assertThat(e.has("about")).isFalse();
    assertThat(e)
        .isEqualTo(Json.mapper().readTree(GOLDEN.resolve("explain-kaz-2021.json").toFile()));
    JsonNode c =
        Json.mapper()
            .readTree(
                Json.write(service.explain(ExplainRequest.of("RUS", 2022, "KAZ").versus("GEO"))));
    assertThat(c)
        .isEqualTo(Json.mapper().readTree(GOLDEN.resolve("explain-kaz-versus-geo.json").toFile()));
  }

  @Test
  void versusDifferencesAddUpToTheGapLargestFirst() {
    ExplainResult.Compared c =
        (ExplainResult.Compared)
            service.explain(ExplainRequest.of("RUS", 2021, "KAZ").versus("GEO"));
    assertThat(c.versus()).isEqualTo("GEO");
    assertThat(c.gap()).isCloseTo(c.index() - c.versusIndex(), within(1e-9));
    double sum = 0;
    double previous = Double.POSITIVE_INFINITY;
    for (ExplainResult.Difference d : c.differences()) {
      sum += d.difference();
      assertThat(Math.abs(d.difference())).isLessThanOrEqualTo(previous);
      previous = Math.abs(d.difference());
    }
    assertThat(sum).isCloseTo(c.gap(), within(1e-9));
  }

  @Test
  void aTargetOutsideTheDefaultCandidatesIsScoredWithThemAndNoted() {
    ExplainResult.Explained e =
        (ExplainResult.Explained) service.explain(ExplainRequest.of("RUS", 2021, "FRA"));
    assertThat(e.candidate()).isFalse();
    assertThat(e.notes()).singleElement().asString().startsWith("FRA (France) is not among");
  }

  @Test
  void anUnknownTargetIsABadTargetWithSuggestions() {
    assertThatThrownBy(() -> service.explain(ExplainRequest.of("RUS", 2021, "KAZZ")))
        .isInstanceOfSatisfying(
            BadParameter.class,
            p -> {
              assertThat(p.parameter()).isEqualTo("target");
              assertThat(p.value()).isEqualTo("KAZZ");
              assertThat(p.suggestions()).contains("KAZ");
            });
  }

  @Test
  void theAggressorAsTargetAndATargetVersusItselfAreRefused() {
    assertThatThrownBy(() -> service.explain(ExplainRequest.of("RUS", 2021, "RUS")))
        .isInstanceOfSatisfying(
            BadParameter.class,
            p -> {
              assertThat(p.parameter()).isEqualTo("target");
              assertThat(p.getMessage()).startsWith("target RUS is the aggressor");
            });
    assertThatThrownBy(() -> service.explain(ExplainRequest.of("RUS", 2021, "KAZ").versus("kaz")))
        .isInstanceOfSatisfying(
            BadParameter.class,
            p -> {
              assertThat(p.parameter()).isEqualTo("versus");
              assertThat(p.getMessage()).contains("the target itself");
            });
  }

  @Test
  void aTargetThatDidNotExistInTheYearIsABadTarget() {
    assertThatThrownBy(() -> service.explain(ExplainRequest.of("CHN", 1990, "KAZ")))
        .isInstanceOfSatisfying(
            BadParameter.class,
            p -> {
              assertThat(p.parameter()).isEqualTo("target");
              assertThat(p.getMessage())
                  .startsWith("target KAZ (Kazakhstan) did not exist in 1990")
                  .doesNotContain("--");
            });
  }

  @Test
  void aBlankTargetIsRefusedByTheRequest() {
    assertThatThrownBy(() -> ExplainRequest.of("RUS", 2021, " "))
        .isInstanceOfSatisfying(
            BadParameter.class, p -> assertThat(p.parameter()).isEqualTo("target"));
  }
}
