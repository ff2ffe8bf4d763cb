package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderland.data.build.PanelLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code borderland uncertainty} and {@code sensitivity}: the engine's model and COINr files. */
class UncertaintyCommandTest {
  @TempDir Path tmp;
  private static Path asem;

  @BeforeAll
  static void oracle() {
    String prop = System.getProperty("borderland.shared");
    Path shared = prop == null ? Path.of("..", "..", "shared") : Path.of(prop);
    asem = shared.resolve("oracles").resolve("coinr-asem");
  }

  private static void needAsem() {
    assumeTrue(
        Files.isRegularFile(asem.resolve("ASEM_iData.csv")),
        "COINr oracle not found at " + asem + "; skipping");
  }

  private static CliRunner engine(String command, String... args) {
    List<String> all =
        new ArrayList<>(List.of(command, "--panel", SharedData.committedPanel().toString()));
    all.addAll(List.of(args));
    return CliRunner.run(all.toArray(String[]::new));
  }

  private static CliRunner files(String command, String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(
                command,
                "--data",
                asem.resolve("ASEM_iData.csv").toString(),
                "--meta",
                asem.resolve("ASEM_iMeta.csv").toString()));
    all.addAll(List.of(args));
    return CliRunner.run(all.toArray(String[]::new));
  }

  private static JsonNode json(CliRunner r) throws Exception {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  /** The output without its one line that may differ between runs, the elapsed time. */
  private static String withoutElapsed(String out) {
    return out.replaceAll("\"elapsedMs\" : \\d+", "\"elapsedMs\" : 0");
  }

  @Test
  void engineFormGivesTheContractFieldsAndTheSameBytesOnAnyThreadCount() throws Exception {
    CliRunner one =
        engine(
            "uncertainty",
            "--aggressor",
            "RUS",
            "--year",
            "2022",
            "--runs",
            "300",
            "--seed",
            "7",
            "--threads",
            "1",
            "--format",
            "json");
    JsonNode j = json(one);
    assertThat(j.get("seed").asLong()).isEqualTo(7);
    assertThat(j.get("runs").asInt()).isEqualTo(300);
    assertThat(j.get("elapsedMs").isIntegralNumber()).isTrue();
    assertThat(j.get("aggressor").asText()).isEqualTo("RUS");
    assertThat(j.get("failed").asInt()).isZero();
    assertThat(j.get("inputs")).hasSize(3);
    assertThat(j.get("provenance").get("seed").asLong()).isEqualTo(7);
    JsonNode targets = j.get("targets");
    assertThat(targets.size()).isGreaterThan(10);
    JsonNode first = targets.get(0);
    for (String f :
        List.of("target", "nominal", "mean", "median", "q05", "q95", "pFirst", "pTop3")) {
      assertThat(first.has(f)).as(f).isTrue();
    }
    assertThat(first.get("nominal").asInt()).isEqualTo(1);
    assertThat(first.get("index").get("q05").asDouble())
        .isLessThanOrEqualTo(first.get("index").get("q95").asDouble());
    double pFirst = 0;
    for (JsonNode t : targets) {
      pFirst += t.get("pFirst").asDouble();
    }
    assertThat(pFirst).isBetween(0.99, 1.01);
    CliRunner three =
        engine(
            "uncertainty",
            "--aggressor",
            "RUS",
            "--year",
            "2022",
            "--runs",
            "300",
            "--seed",
            "7",
            "--threads",
            "3",
            "--format",
            "json");
    assertThat(three.exitCode()).isZero();
    assertThat(withoutElapsed(three.out())).isEqualTo(withoutElapsed(one.out()));
  }

  @Test
  void sensitivityOfOneTargetsRankWithModelAndSourceInputs() throws Exception {
    Path spec = tmp.resolve("spec.yaml");
    Files.writeString(
        spec,
        """
        inputs:
          - weights: {noise: 0.25}
          - normalisation: [{method: min-max, lower: 1, upper: 100}, rank]
          - aggregation: [arithmetic, geometric]
          - model: [essay, extended]
          - name: Military spending source
            sources:
              indicator: military_spending_ratio
              alternatives:
                factbook: {tiers: [[factbook-archive, factbook-json]]}
                sipri: {tiers: [[sipri-milex]], allowRevised: true}
        """);
    JsonNode j =
        json(
            engine(
                "sensitivity",
                "--year",
                "2022",
                "--runs",
                "60",
                "--bootstrap",
                "20",
                "--target",
                "kaz",
                "--spec",
                spec.toString(),
                "--format",
                "json"));
    assertThat(j.get("output").asText()).isEqualTo("rank of KAZ");
    assertThat(j.get("n").asInt()).isEqualTo(60);
    assertThat(j.get("runs").asInt()).isEqualTo(60 * 7);
    JsonNode inputs = j.get("inputs");
    assertThat(inputs).hasSize(5);
    assertThat(inputs.get(4).get("name").asText()).isEqualTo("Military spending source");
    for (JsonNode i : inputs) {
      for (String f : List.of("name", "si", "sti", "siLow", "siHigh", "stiLow", "stiHigh")) {
        assertThat(i.has(f)).as(f).isTrue();
      }
    }
  }

  @Test
  void genericFormOnCoinrFilesWithWeightNoise() throws Exception {
    needAsem();
    Path chart = tmp.resolve("ranks.svg");
    JsonNode j =
        json(
            files(
                "uncertainty",
                "--noise-weights",
                "0.25",
                "--runs",
                "500",
                "--seed",
                "1",
                "--format",
                "json",
                "--chart",
                chart.toString()));
    assertThat(j.get("pipeline").asText()).isEqualTo("simple build");
    assertThat(j.get("targets").get(0).get("target").asText()).isEqualTo("DEU");
    assertThat(j.get("targets")).hasSize(51);
    assertThat(j.has("provenance")).isFalse();
    assertThat(Files.readString(chart)).startsWith("<svg").contains(">DEU</text>");
  }

  @Test
  void aFailingReplicationIsCountedAndShown() {
    needAsem();
    CliRunner r =
        files(
            "uncertainty",
            "--normalisation",
            "z-score:0:1,min-max:1:100",
            "--aggregation",
            "arithmetic,geometric",
            "--runs",
            "200");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("Failed replications: \\d+ of 200:");
    assertThat(r.out()).contains("the geometric mean needs positive values");
  }

  @Test
  void sensitivityTableOnTheVignetteSpec() {
    needAsem();
    Path root = PanelLocation.projectRoot().orElseThrow();
    CliRunner r =
        files(
            "sensitivity",
            "--pipeline",
            root.resolve("examples/coinr-asem-example.yaml").toString(),
            "--spec",
            root.resolve("examples/coinr-sensitivity-vignette.yaml").toString(),
            "--runs",
            "100",
            "--seed",
            "3");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("N = 100, 600 runs, 100 bootstrap replications")
        .contains("Winmax")
        .contains("Aggregation")
        .contains("Failed replications: 0 of 600.");
  }

  @Test
  void badInputsGiveAMessageAndAFailingExitCode() throws Exception {
    needAsem();
    CliRunner zero = files("uncertainty", "--runs", "0");
    assertThat(zero.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(zero.err()).contains("at least 1 replication").doesNotContain("Exception");
    CliRunner typo = files("uncertainty", "--normalisation", "min-maxx");
    assertThat(typo.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(typo.err()).contains("did you mean min-max?");
    CliRunner winmax = files("uncertainty", "--winmax", "5-1");
    assertThat(winmax.err()).contains("min 5 is greater than max 1");
    Path spec = tmp.resolve("bad.yaml");
    Files.writeString(spec, "inputs:\n  - data: {indicator: LPI, min: 2, max: 1}\n");
    CliRunner range = files("uncertainty", "--spec", spec.toString());
    assertThat(range.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(range.err()).contains("bad.yaml line 2").contains("min 2 is greater than max 1");
    Files.writeString(spec, "inputs:\n  - data: {indicator: LPJ, min: 0.9, max: 1.1}\n");
    assertThat(files("uncertainty", "--spec", spec.toString()).err())
        .contains("unknown indicator 'LPJ'")
        .contains("did you mean LPI?");
    assertThat(files("uncertainty", "--spec", spec.toString(), "--noise-weights", "0.1").err())
        .contains("not both");
    CliRunner target = files("sensitivity", "--runs", "10", "--target", "DEUU");
    assertThat(target.err()).contains("Unknown target 'DEUU'").contains("did you mean DEU?");
    CliRunner sa = files("sensitivity", "--runs", "1");
    assertThat(sa.err()).contains("at least 2");
    assertThat(files("uncertainty", "--year", "2020").err()).contains("--year is for the engine");
    assertThat(files("uncertainty", "--chart", tmp.resolve("x.gif").toString()).err())
        .contains(".svg or .png");
  }
}
