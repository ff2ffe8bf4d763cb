package org.borderland.app.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.borderland.app.common.ScenarioInput;
import org.borderland.app.problem.BadParameter;
import org.junit.jupiter.api.Test;

class RankServiceTest {
  private static final Path GOLDEN = Path.of("../borderland-server/src/test/resources/golden");
  private final RankService service = new RankService(new Borderland(Borderland.Config.defaults()));

  @Test
  void theRankingIsTheRecordedAnswerOfTheApi() throws Exception {
    JsonNode recorded =
        Json.mapper().readTree(Files.readString(GOLDEN.resolve("rank-rus-2021.json")));
    JsonNode now = Json.mapper().readTree(Json.write(service.rank(RankRequest.of("RUS", 2021))));
    assertThat(now).isEqualTo(recorded);
  }

  @Test
  void ranksRunFromOneInIndexOrderAndTheTableKnowsEveryName() {
    RankResult r = service.rank(RankRequest.of("Russia", 2022));
    assertThat(r.aggressor()).isEqualTo("RUS");
    assertThat(r.year()).isEqualTo(2022);
    assertThat(r.provenance().model()).startsWith("essay@");
    List<RankResult.Row> ranked = r.results().stream().filter(x -> x.rank() != null).toList();
    assertThat(ranked).isNotEmpty();
    for (int i = 0; i < ranked.size(); i++) {
      assertThat(ranked.get(i).rank()).isEqualTo(i + 1);
      if (i > 0) {
        assertThat(ranked.get(i).index()).isLessThanOrEqualTo(ranked.get(i - 1).index());
      }
      assertThat(r.about().names()).containsKey(ranked.get(i).target());
    }
    assertThat(Json.write(r)).doesNotContain("\"about\"", "\"calibration\"", "\"scenario\"");
  }

  @Test
  void everyTargetSaysHowManyOfTheModelsFactorsItHasAndTheRankingSaysThePolicy() {
    RankResult r = service.rank(RankRequest.of("RUS", 2022));
    assertThat(r.results())
        .allSatisfy(
            row -> {
              assertThat(row.coverage().of()).isEqualTo(8);
              long present = row.factors().values().stream().filter(v -> v != null).count();
              assertThat(row.coverage().present()).isEqualTo((int) present);
            });
    // Leader relations are researched for a few of Russia's neighbours only.
    assertThat(r.results()).anySatisfy(row -> assertThat(row.coverage().present()).isLessThan(8));
    assertThat(r.missingFactors().policy()).isEqualTo("neutral"); // the shipped essay model's
    assertThat(Json.write(r))
        .contains("\"coverage\" : {\n      \"present\" : ")
        .contains("\"missingFactors\" : {\n    \"policy\" : \"neutral\"");
  }

  @Test
  void givenCandidatesAreScoredAmongThemselves() {
    RankResult r =
        service.rank(
            new RankRequest(
                "RUS", 2022, "essay", List.of("KAZ", "Georgia"), false, ScenarioInput.none()));
    assertThat(r.results())
        .extracting(RankResult.Row::target)
        .containsExactlyInAnyOrder("KAZ", "GEO");
  }

  @Test
  void anUnknownAggressorNamesTheParameterWithSuggestions() {
    assertThatThrownBy(() -> service.rank(RankRequest.of("XYZ", 2022)))
        .isInstanceOfSatisfying(
            BadParameter.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("aggressor");
              assertThat(e.suggestions()).isNotEmpty();
              assertThat(e.getMessage()).doesNotContain("--");
            });
  }

  @Test
  void aYearOutsideThePanelIsABadYear() {
    assertThatThrownBy(() -> service.rank(RankRequest.of("RUS", 1850)))
        .isInstanceOfSatisfying(
            BadParameter.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("year");
              assertThat(e.allowed()).matches("\\d{4}-\\d{4}");
            });
  }

  @Test
  void calibratedProbabilitiesDoNotApplyToAScenario() {
    ScenarioInput s = ScenarioInput.ofBody("scenario: {name: X}\nabsorb: [BLR]\n");
    assertThatThrownBy(() -> new RankRequest("RUS", 2022, "essay", List.of(), true, s))
        .isInstanceOfSatisfying(
            BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("calibrated"));
  }
}
