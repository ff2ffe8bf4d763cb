package org.borderland.app.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.borderland.app.common.Progress;
import org.borderland.app.problem.BadParameter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValidationServiceTest {
  private static Borderland app;
  private static ValidationService service;

  @BeforeAll
  static void load() {
    app = new Borderland(Borderland.Config.defaults());
    service = new ValidationService(app);
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @Test
  void checkCountsAReplicationPerOutcomeAndTheThreads() {
    assertThat(service.check(new ValidationRequest("essay", "both", "1991-2005", "2006-2014", 2)))
        .isEqualTo(new ValidationService.Check(2, 2));
    assertThat(service.check(new ValidationRequest("essay", "any", "1991-2005", "2006-2014", 1)))
        .isEqualTo(new ValidationService.Check(1, 1));
  }

  @Test
  void oneOutcomeIsWrittenAsOneResultAndProgressReachesTheEnd() throws IOException {
    List<Long> seen = new ArrayList<>();
    ValidationResult r =
        service.validate(
            new ValidationRequest("essay", "force", "2008-2011", "2012-2014", 2),
            new Progress() {
              @Override
              public void total(long steps) {
                seen.add(-steps);
              }

              @Override
              public void advance(long steps) {
                seen.add(steps);
              }
            });
    assertThat(seen).containsExactly(-2L, 1L, 1L); // the dyad-years, then the one fit
    JsonNode j = Json.mapper().readTree(Json.write(r));
    assertThat(j.isObject()).isTrue();
    assertThat(j.get("outcome").asText()).isEqualTo("force");
    assertThat(j.get("split").get("trainFrom").asInt()).isEqualTo(2008);
    assertThat(j.get("provenance").get("years").asText()).isEqualTo("2007-2013");
    assertThat(j.get("noSkill").get("auc").asDouble()).isEqualTo(0.5);
    assertThat(j.get("models").get(0).has("description")).isFalse();
    assertThat(j.get("data").get("fit").asText()).startsWith("IRLS, Firth-penalised");
  }

  @Test
  void anUnknownOutcomeIsABadOutcome() {
    assertThatThrownBy(() -> new ValidationRequest("essay", "war", "1991-2005", "2006-2014", null))
        .isInstanceOfSatisfying(
            BadParameter.class, p -> assertThat(p.parameter()).isEqualTo("outcome"))
        .hasMessage("outcome 'war' is not known; use any, force or both");
  }

  @Test
  void aReversedSpanIsABadTrainParameter() {
    assertThatThrownBy(() -> new ValidationRequest("essay", "any", "2005-1991", "2006-2014", null))
        .isInstanceOfSatisfying(
            BadParameter.class, p -> assertThat(p.parameter()).isEqualTo("train"))
        .hasMessageStartingWith("train '2005-1991' should be FROM-TO");
  }

  @Test
  void yearsOutsideTheDisputeDataAreBadYears() {
    assertThatThrownBy(
            () ->
                service.validate(
                    new ValidationRequest("essay", "any", "1991-2005", "2006-2030", 1),
                    org.borderland.app.common.Progress.NONE))
        .isInstanceOfSatisfying(
            BadParameter.class, p -> assertThat(p.parameter()).isEqualTo("years"))
        .hasMessageContaining("reach outside the years the disputes cover");
  }

  @Test
  void zeroThreadsIsABadThreadsParameter() {
    assertThatThrownBy(() -> new ValidationRequest("essay", "any", "1991-2005", "2006-2014", 0))
        .isInstanceOfSatisfying(
            BadParameter.class, p -> assertThat(p.parameter()).isEqualTo("threads"));
  }
}
