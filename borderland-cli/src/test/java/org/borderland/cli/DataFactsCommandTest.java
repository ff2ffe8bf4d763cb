package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFactsCommandTest {
  @TempDir Path tmp;

  private Path curated() throws IOException {
    Files.writeString(
        tmp.resolve("facts.yaml"),
        String.join(
            "\n",
            "facts:",
            "  - id: kaz-seliger-2014",
            "    date: \"2014-08-29\"",
            "    aggressor: RUS",
            "    target: KAZ",
            "    factor: territorial_claims",
            "    kind: statement",
            "    description: \"A test entry about statehood.\"",
            "    citation:",
            "      outlet: Test Outlet",
            "      title: \"A title\"",
            "      date: \"2014-08-30\"",
            "    verified: false",
            ""));
    Files.writeString(
        tmp.resolve("researched.yaml"),
        String.join(
            "\n",
            "researched:",
            "  - aggressor: RUS",
            "    target: KAZ",
            "    researchedOn: \"2026-11-27\"",
            "    researchedBy: \"test\"",
            "    factors:",
            "      territorial_claims: {from: 1991, to: 2026, scope: \"statements, test scope\"}",
            "      border: {from: 1991, to: 2026, scope: \"treaties, test scope\"}",
            ""));
    return tmp;
  }

  @Test
  void countsAreMissingWhereNobodyResearchedAndZeroOnlyWhereSomeoneDid() throws IOException {
    CliRunner r =
        CliRunner.run(
            "data",
            "facts",
            "--target",
            "Kazakhstan",
            "--curated",
            curated().toString(),
            "--format",
            "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("counts").get("territorial_claims").asInt()).isEqualTo(1);
    assertThat(j.get("counts").get("border").asInt()).isZero();
    assertThat(j.get("counts").get("leader_relations").isNull()).isTrue();
    assertThat(j.get("facts").get(0).get("verified").asBoolean()).isFalse();
  }

  @Test
  void aFactIsNotCountedBeforeItHappened() throws IOException {
    CliRunner r =
        CliRunner.run(
            "data",
            "facts",
            "--target",
            "KAZ",
            "--year",
            "2013",
            "--curated",
            curated().toString(),
            "--format",
            "json");
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("counts").get("territorial_claims").asInt()).isZero();
    assertThat(j.get("facts")).isEmpty();
  }

  @Test
  void theTableMarksUnverifiedEntries() throws IOException {
    CliRunner r =
        CliRunner.run("data", "facts", "--target", "KAZ", "--curated", curated().toString());
    assertThat(r.out()).contains("UNVERIFIED").contains("missing (not researched)");
  }

  @Test
  void theShippedFactsLoad() {
    CliRunner r = CliRunner.run("data", "facts", "--target", "UKR", "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }
}
