package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code borderland history} on the committed panel. */
class HistoryCommandTest {
  private static final Set<String> ESSAY_FACTORS =
      Set.of(
          "kin_population",
          "language_media",
          "territorial_claims",
          "border",
          "interethnic_tension",
          "relative_weakness",
          "hedging",
          "leader_relations");

  @Test
  void russiaKazakhstanHasOneRowPerYearFrom1992WithRanksAndAMostMovedFactor() throws IOException {
    long t0 = System.nanoTime();
    JsonNode h = ExplainCommandTest.json("history", "--aggressor", "RUS", "--target", "KAZ");
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("history RUS -> KAZ, all years, in-process with loading: %.2f s%n", seconds);
    assertThat(h.get("aggressor").asText()).isEqualTo("RUS");
    assertThat(h.get("target").asText()).isEqualTo("KAZ");
    assertThat(h.get("provenance").get("years").get(0).asInt()).isEqualTo(1992);
    JsonNode years = h.get("years");
    assertThat(years.get(0).get("year").asInt()).isEqualTo(1992);
    assertThat(years.size()).isGreaterThanOrEqualTo(2025 - 1992 + 1);
    int previous = 1991;
    double previousIndex = Double.NaN;
    for (JsonNode y : years) {
      int year = y.get("year").asInt();
      assertThat(year).isEqualTo(previous + 1);
      previous = year;
      assertThat(y.get("index").isNumber()).as("index in " + year).isTrue();
      assertThat(y.get("rank").asInt())
          .as("rank in " + year)
          .isBetween(1, y.get("targets").asInt());
      double sum = 0;
      for (JsonNode c : y.get("contributions")) {
        sum += c.isNull() ? 0 : c.asDouble();
      }
      assertThat(sum)
          .as("contributions in " + year)
          .isCloseTo(y.get("index").asDouble(), within(1e-9));
      JsonNode m = y.get("mostMoved");
      if (year == 1992) {
        assertThat(m.isNull()).isTrue();
      } else {
        assertThat(m.isNull()).as("most moved in " + year).isFalse();
        assertThat(m.get("since").asInt()).isEqualTo(year - 1);
        assertThat(m.get("indexChange").asDouble())
            .isCloseTo(y.get("index").asDouble() - previousIndex, within(1e-9));
        for (String f : m.get("factor").asText().split(", ")) {
          assertThat(f).isIn(ESSAY_FACTORS);
        }
        assertThat(m.get("kind").asText()).isIn("changed", "entered", "left");
      }
      previousIndex = y.get("index").asDouble();
    }
    assertThat(seconds).as("history over all years stays fast").isLessThan(60);
  }

  @Test
  void eachYearAgreesWithExplainForThatYear() throws IOException {
    JsonNode h =
        ExplainCommandTest.json(
            "history", "--aggressor", "RUS", "--target", "KAZ", "--year", "2021");
    JsonNode years = h.get("years");
    JsonNode last = years.get(years.size() - 1);
    assertThat(last.get("year").asInt()).isEqualTo(2021);
    JsonNode e =
        ExplainCommandTest.json(
            "explain", "--aggressor", "RUS", "--target", "KAZ", "--year", "2021");
    assertThat(last.get("index").asDouble()).isEqualTo(e.get("index").asDouble());
    assertThat(last.get("rank").asInt()).isEqualTo(e.get("rank").asInt());
    assertThat(last.get("targets").asInt()).isEqualTo(e.get("targets").asInt());
  }

  @Test
  void whenNoFactorEntersOrLeavesTheMostMovedIsTheLargestContributionChange() throws IOException {
    JsonNode years =
        ExplainCommandTest.json("history", "--aggressor", "RUS", "--target", "KAZ").get("years");
    int checked = 0;
    for (int i = 1; i < years.size(); i++) {
      JsonNode a = years.get(i - 1).get("contributions");
      JsonNode b = years.get(i).get("contributions");
      boolean same = true;
      List<Double> changes = new ArrayList<>();
      for (String f : ESSAY_FACTORS) {
        same &= a.get(f).isNull() == b.get(f).isNull();
        if (!a.get(f).isNull() && !b.get(f).isNull()) {
          changes.add(Math.abs(b.get(f).asDouble() - a.get(f).asDouble()));
        }
      }
      if (!same) {
        continue;
      }
      JsonNode m = years.get(i).get("mostMoved");
      String f = m.get("factor").asText();
      assertThat(m.get("kind").asText()).isEqualTo("changed");
      assertThat(m.get("change").asDouble())
          .isCloseTo(b.get(f).asDouble() - a.get(f).asDouble(), within(1e-9));
      assertThat(Math.abs(m.get("change").asDouble()))
          .isCloseTo(
              changes.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), within(1e-12));
      checked++;
    }
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void theTableHasAlignedYearsAMostMovedColumnAndTheProvenanceFooter() {
    CliRunner r =
        ExplainCommandTest.run(
            "history", "--aggressor", "RUS", "--target", "KAZ", "--year", "2000");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("Kazakhstan (KAZ) for Russia (RUS), knowledge years 1992-2000");
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("year ")) {
        header = i;
      }
    }
    assertThat(lines.get(header))
        .contains("rank")
        .contains("moved most")
        .contains("kin_population");
    int moved = lines.get(header).indexOf("moved most");
    for (int y = 1992; y <= 2000; y++) {
      String row = lines.get(header + 2 + y - 1992);
      assertThat(row).startsWith(Integer.toString(y));
      if (y > 1992) {
        assertThat(row.substring(moved)).matches("[a-z_, ]+ [+-]\\d+\\.\\d\\d \\(.*\\)");
      }
    }
    assertThat(r.out()).contains("Data: the data column counts indicators filled");
    assertThat(lines.get(lines.size() - 1))
        .startsWith("Provenance: borderland ")
        .endsWith("each year as known by its end, 1992-2000");
  }

  @Test
  void unknownCodesGiveSuggestionsAndExit2() {
    CliRunner t = ExplainCommandTest.run("history", "--target", "KAZZ", "--format", "json");
    assertThat(t.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(t.err()).contains("option '--target': 'KAZZ'").contains("KAZ (Kazakhstan)");
    assertThat(t.out()).isEmpty();
    CliRunner a = ExplainCommandTest.run("history", "--aggressor", "RUSS", "--target", "KAZ");
    assertThat(a.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(a.err()).contains("option '--aggressor': 'RUSS'").contains("RUS (Russia)");
  }

  @Test
  void aLastYearOutsideTheDataExits1() {
    CliRunner r = ExplainCommandTest.run("history", "--target", "KAZ", "--year", "2040");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).contains("--year 2040 is outside the panel's knowledge years");
  }
}
