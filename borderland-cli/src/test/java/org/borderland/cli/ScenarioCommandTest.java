package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderland.data.build.PanelLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --scenario} on rank and explain, and {@code scenario diff}, on the committed panel. */
class ScenarioCommandTest {
  @TempDir Path tmp;

  private static final Path UKRAINE =
      PanelLocation.projectRoot().orElseThrow().resolve("scenarios/ukraine-fell-2022.yaml");

  private static CliRunner run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--panel", SharedData.committedPanel().toString()));
    return CliRunner.run(all.toArray(String[]::new));
  }

  private static JsonNode json(CliRunner r) throws IOException {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void rankUnderTheUkraineScenarioDropsUkraineAndAddsItsNeighbours() throws IOException {
    JsonNode j = json(run("rank", "--scenario", UKRAINE.toString(), "--format", "json"));
    assertThat(j.get("year").asInt()).isEqualTo(2022); // the scenario's year
    assertThat(j.get("scenario").get("id").asText()).isEqualTo("ukraine-fell-2022");
    assertThat(j.get("scenario").get("absorbed").get(0).asText()).isEqualTo("UKR");
    List<String> targets = new ArrayList<>();
    j.get("results").forEach(r -> targets.add(r.get("target").asText()));
    assertThat(targets).doesNotContain("UKR").contains("SVK", "HUN", "AUT");
    JsonNode plain = json(run("rank", "--year", "2022", "--format", "json"));
    assertThat(plain.get("scenario")).isNull();
  }

  @Test
  void explainUnderAScenarioSaysSoAndRefusesAnAbsorbedTarget() {
    CliRunner r = run("explain", "--target", "MDA", "--scenario", UKRAINE.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Scenario: What if Ukraine had fallen in 2022")
        .contains("region RUS+UKR");
    CliRunner absorbed = run("explain", "--target", "UKR", "--scenario", UKRAINE.toString());
    assertThat(absorbed.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(absorbed.err()).contains("absorbs UKR").doesNotContain("Exception");
  }

  @Test
  void scenarioDiffGivesRanksBeforeAndAfterAndWhy() throws IOException {
    JsonNode j =
        json(
            run(
                "scenario",
                "diff",
                "--aggressor",
                "RUS",
                "--year",
                "2022",
                "--scenario",
                UKRAINE.toString(),
                "--format",
                "json"));
    assertThat(j.get("aggressor").asText()).isEqualTo("RUS");
    JsonNode mda = null;
    JsonNode ukr = null;
    for (JsonNode t : j.get("targets")) {
      if (t.get("target").asText().equals("MDA")) {
        mda = t;
      }
      if (t.get("target").asText().equals("UKR")) {
        ukr = t;
      }
    }
    assertThat(mda.get("status").asText()).isEqualTo("kept");
    assertThat(mda.get("rankAfter").asInt()).isLessThan(mda.get("rankBefore").asInt());
    assertThat(mda.get("rankChange").asInt())
        .isEqualTo(mda.get("rankBefore").asInt() - mda.get("rankAfter").asInt());
    assertThat(mda.get("factors").get(0).get("factor").asText()).isEqualTo("border");
    assertThat(ukr.get("status").asText()).isEqualTo("absorbed");
    assertThat(ukr.get("rankAfter").isNull()).isTrue();
    CliRunner table = run("scenario", "diff", "--year", "2022", "--scenario", UKRAINE.toString());
    assertThat(table.out()).contains("absorbed").contains("border +");
  }

  @Test
  void cascadeJsonHasTheContractFieldsAndItsFirstStepIsRanksTopNeighbour() throws IOException {
    JsonNode j =
        json(
            run(
                "cascade",
                "--aggressor",
                "RUS",
                "--year",
                "2022",
                "--steps",
                "2",
                "--format",
                "json"));
    assertThat(j.get("aggressor").asText()).isEqualTo("RUS");
    assertThat(j.get("year").asInt()).isEqualTo(2022);
    JsonNode steps = j.get("steps");
    assertThat(steps.size()).isEqualTo(2);
    JsonNode first = steps.get(0);
    assertThat(first.get("step").asInt()).isEqualTo(1);
    JsonNode rank = json(run("rank", "--aggressor", "RUS", "--year", "2022", "--format", "json"));
    assertThat(first.get("absorbed").asText())
        .isEqualTo(rank.get("results").get(0).get("target").asText());
    assertThat(first.get("index").asDouble())
        .isEqualTo(rank.get("results").get(0).get("index").asDouble());
    assertThat(first.get("runnerUp").asText()).hasSize(3);
    assertThat(first.get("newlyExposed").isArray()).isTrue();
    assertThat(first.get("capacity").get("population").asDouble()).isGreaterThan(150e6);
    assertThat(first.get("capacity").get("gdpUsd").asDouble()).isGreaterThan(1e12);
    CliRunner bad = run("cascade", "--steps", "0");
    assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).contains("--steps 0");
  }

  @Test
  void aBadScenarioFileFailsWithItsLineAndNoStackTrace() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "scenario:\n  name: Bad\nabsorb:\n  - RUS\n");
    CliRunner r = run("rank", "--scenario", bad.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).contains("bad.yaml line 4").contains("the aggressor RUS itself");
    assertThat(r.err()).doesNotContain("at org.");
    Files.writeString(bad, "scenario:\n  name: Bad\nabsorb:\n  - AUS\n");
    CliRunner far = run("scenario", "diff", "--scenario", bad.toString());
    assertThat(far.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(far.err()).contains("bad.yaml line 4").contains("cannot be reached");
  }

  @Test
  void shieldUnderTheUkraineScenarioHasUkraineInTheRegion() throws IOException {
    JsonNode j = json(run("shield", "--scenario", UKRAINE.toString(), "--format", "json"));
    assertThat(j.get("year").asInt()).isEqualTo(2022);
    assertThat(j.get("scenario").get("absorbed").get(0).asText()).isEqualTo("UKR");
    boolean moldovaExposed = false;
    for (JsonNode st : j.get("states")) {
      assertThat(st.get("state").asText()).isNotEqualTo("UKR");
      if (st.get("state").asText().equals("MDA")) {
        moldovaExposed = st.get("exposed").asBoolean();
      }
    }
    assertThat(moldovaExposed).isTrue();
  }

  @Test
  void uncertaintyRunsInTheScenariosWorld() throws IOException {
    JsonNode j =
        json(
            run(
                "uncertainty",
                "--scenario",
                UKRAINE.toString(),
                "--runs",
                "300",
                "--seed",
                "5",
                "--format",
                "json"));
    assertThat(j.get("scenario").get("absorbed").get(0).asText()).isEqualTo("UKR");
    List<String> targets = new ArrayList<>();
    j.get("targets").forEach(t -> targets.add(t.get("target").asText()));
    assertThat(targets).doesNotContain("UKR").contains("SVK", "HUN");
    CliRunner generic =
        CliRunner.run(
            "uncertainty",
            "--data",
            "iData.csv",
            "--meta",
            "iMeta.csv",
            "--scenario",
            UKRAINE.toString(),
            "--runs",
            "10");
    assertThat(generic.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(generic.err()).contains("--scenario is for the engine's model");
  }
}
