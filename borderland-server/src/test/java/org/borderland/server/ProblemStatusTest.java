package org.borderland.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderland.app.problem.BadParameter;
import org.borderland.app.problem.Conflict;
import org.borderland.app.problem.NotFound;
import org.borderland.app.problem.TooLarge;
import org.junit.jupiter.api.Test;

/** What the server answers for what ended a request: a problem by its kind, anything else a bug. */
class ProblemStatusTest {
  @Test
  void eachProblemHasItsStatusAndDetails() {
    ApiError bad =
        BorderlandServer.error(
            new BadParameter("year", "1850", "1990-2026", List.of(), "year 1850 is outside", null),
            "test");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.type()).isEqualTo("bad-request");
    assertThat(bad.details()).containsEntry("parameter", "year").containsEntry("value", "1850");
    assertThat(BorderlandServer.error(new TooLarge("runs", "9", "1-5", "too many"), "t").status())
        .isEqualTo(400);
    assertThat(BorderlandServer.error(new NotFound("job", List.of(), "no job"), "t").status())
        .isEqualTo(404);
    ApiError busy = BorderlandServer.error(new Conflict("validate", 30, "busy"), "t");
    assertThat(busy.status()).isEqualTo(429);
    assertThat(busy.details()).containsEntry("retryAfterSeconds", 30);
    assertThat(BorderlandServer.error(new Conflict("x", null, "in the way"), "t").status())
        .isEqualTo(409);
  }

  @Test
  void anyOtherExceptionIsABugAnswered500WithAnIdAndNoMessage() {
    for (RuntimeException bug :
        List.of(
            new IllegalArgumentException("--year must be positive"),
            new IllegalStateException("broken invariant"),
            new NullPointerException("x is null"))) {
      ApiError e = BorderlandServer.error(bug, "test");
      assertThat(e.status()).as(bug.toString()).isEqualTo(500);
      assertThat(e.type()).isEqualTo("internal");
      assertThat(e.title()).doesNotContain(bug.getMessage());
      assertThat(e.details()).containsKey("id");
    }
  }
}
