package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backtest}, {@code validate} and {@code rank --calibrated} on the committed panel. */
class ValidationCommandsTest {
  @TempDir Path tmp;

  private static CliRunner run(String command, String... args) {
    List<String> all =
        new ArrayList<>(List.of(command, "--panel", SharedData.committedPanel().toString()));
    all.addAll(List.of(args));
    return CliRunner.run(all.toArray(String[]::new));
  }

  private static JsonNode json(CliRunner r) throws IOException {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void backtestJsonHasEveryCaseInTheContractShape() throws IOException {
    JsonNode j = json(run("backtest", "--format", "json"));
    assertThat(j.get("aggressor").asText()).isEqualTo("RUS");
    assertThat(j.get("model").asText()).isEqualTo("essay");
    assertThat(j.get("provenance").get("panel").asText()).hasSize(12);
    assertThat(j.get("provenance").get("cases").asText()).startsWith("russia.yaml@");
    assertThat(j.get("data").get("asKnown").asBoolean()).isTrue();
    JsonNode cases = j.get("cases");
    List<String> ids = new ArrayList<>();
    for (JsonNode c : cases) {
      ids.add(c.get("case").asText());
      for (String f : List.of("case", "year", "target", "rank", "reason", "candidates", "top")) {
        assertThat(c.has(f)).as(c.get("case") + " has " + f).isTrue();
      }
      assertThat(c.get("top").size()).isEqualTo(5);
      assertThat(c.get("top").get(0).get("rank").asInt()).isEqualTo(1);
    }
    assertThat(ids).containsExactly("moldova-1992", "georgia-2008", "ukraine-2014", "ukraine-2022");
    JsonNode moldova = cases.get(0);
    assertThat(moldova.get("year").asInt()).isEqualTo(1992);
    assertThat(moldova.get("reason").asText()).contains("published during the conflict");
    assertThat(cases.get(1).get("reason").isNull()).isTrue();
    assertThat(cases.get(1).get("year").asInt()).isEqualTo(2007);
    JsonNode s = j.get("summary");
    assertThat(s.get("scored").asInt()).isEqualTo(3);
    double mean =
        (cases.get(1).get("rank").asDouble()
                + cases.get(2).get("rank").asDouble()
                + cases.get(3).get("rank").asDouble())
            / 3;
    assertThat(s.get("meanRank").asDouble()).isEqualTo(mean);
    assertThat(s.has("top1")).isTrue();
    assertThat(s.has("top3")).isTrue();
  }

  @Test
  void backtestTableSaysWhichDataItUsed() {
    CliRunner strict = run("backtest", "--model", "extended");
    assertThat(strict.exitCode()).as(strict.err()).isZero();
    assertThat(strict.out())
        .contains("model extended")
        .contains("as known only")
        .contains("georgia-2008")
        .contains("moldova-1992 *")
        .contains("Summary over 3 case(s)");
    CliRunner revised = run("backtest", "--allow-revised");
    assertThat(revised.out()).contains("revised-history datasets ALLOWED");
  }

  @Test
  void backtestRefusesAMissingOrBrokenCasesFile() throws IOException {
    CliRunner none = run("backtest", "--aggressor", "CHN");
    assertThat(none.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(none.err()).contains("No cases file for CHN").contains("give a cases file");
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "cases:\n  - id: x\n    date: 2008\n");
    CliRunner broken = run("backtest", "--cases", bad.toString());
    assertThat(broken.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(broken.err()).contains("bad.yaml line 3").contains("cases[0].date");
    assertThat(broken.err()).doesNotContain("Exception");
  }

  @Test
  void validateJsonHasTheContractShapeForBothOutcomes() throws IOException {
    // A short split keeps the test light: knowledge years 2006-2013 only.
    JsonNode both =
        json(run("validate", "--train", "2007-2011", "--test", "2012-2014", "--format", "json"));
    assertThat(both.isArray()).isTrue();
    assertThat(both.size()).isEqualTo(2);
    JsonNode j = both.get(0);
    assertThat(j.get("outcome").asText()).isEqualTo("any");
    assertThat(both.get(1).get("outcome").asText()).isEqualTo("force");
    JsonNode split = j.get("split");
    assertThat(split.get("trainFrom").asInt()).isEqualTo(2007);
    assertThat(split.get("trainTo").asInt()).isEqualTo(2011);
    assertThat(split.get("testFrom").asInt()).isEqualTo(2012);
    assertThat(split.get("testTo").asInt()).isEqualTo(2014);
    assertThat(j.get("provenance").get("model").asText()).startsWith("essay@");
    List<String> names = new ArrayList<>();
    for (JsonNode m : j.get("models")) {
      names.add(m.get("name").asText());
      for (String f : List.of("name", "n", "events", "auc", "prAuc", "brier", "brierNoSkill")) {
        assertThat(m.has(f)).as(m.get("name") + " has " + f).isTrue();
      }
      assertThat(m.get("auc").asDouble()).isBetween(0.0, 1.0);
      assertThat(m.get("events").asInt()).isPositive();
    }
    assertThat(names).startsWith("factors", "bremer", "contiguity", "index");
    assertThat(j.get("models").get(3).get("brier").isNull()).as("the unfitted index").isTrue();
    List<String> terms = new ArrayList<>();
    for (JsonNode c : j.get("coefficients")) {
      assertThat(c.get("se").asDouble()).isPositive();
      if (c.get("model").asText().equals("factors")) {
        terms.add(c.get("term").asText());
      }
    }
    assertThat(terms).contains("(intercept)", "border", "relative_weakness");
    assertThat(terms).as("curated facts are left out").doesNotContain("leader_relations");
    // Fewer disputes reach the use of force than begin at all.
    assertThat(both.get(1).get("models").get(0).get("events").asInt())
        .isLessThan(j.get("models").get(0).get("events").asInt());
  }

  @Test
  void validateRefusesASplitOutsideTheDisputeData() {
    CliRunner r = run("validate", "--train", "1991-2005", "--test", "2006-2016");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).contains("reach outside the years the disputes cover (1991-2014");
    CliRunner bad = run("validate", "--train", "2005-1991");
    assertThat(bad.err()).contains("--train '2005-1991' should be FROM-TO");
  }

  @Test
  void calibratedRankAddsAProbabilityWithAnIntervalAndSaysItExtrapolates() throws IOException {
    JsonNode j = json(run("rank", "--year", "2021", "--calibrated", "--format", "json"));
    for (JsonNode r : j.get("results")) {
      JsonNode p = r.get("probability");
      assertThat(p.get("p").asDouble()).isBetween(0.0, 1.0);
      assertThat(p.get("low").asDouble()).isLessThanOrEqualTo(p.get("p").asDouble());
      assertThat(p.get("high").asDouble()).isGreaterThanOrEqualTo(p.get("p").asDouble());
    }
    JsonNode c = j.get("calibration");
    assertThat(c.get("extrapolation").asBoolean()).as("2021 lies after the MID data").isTrue();
    assertThat(c.get("fittedOn").asText()).isEqualTo("1990-2013");
    assertThat(c.get("dyadYears").asInt()).isGreaterThan(800_000);
  }
}
