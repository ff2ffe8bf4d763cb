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

/** {@code borderland rank} on the committed panel and the shipped models. */
class RankCommandTest {
  @TempDir Path tmp;

  private static CliRunner rank(String... args) {
    List<String> all =
        new ArrayList<>(List.of("rank", "--panel", SharedData.committedPanel().toString()));
    all.addAll(List.of(args));
    return CliRunner.run(all.toArray(String[]::new));
  }

  private static JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json"));
    CliRunner r = rank(all.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void jsonHasTheContractFieldsAndProvenance() throws IOException {
    JsonNode j = json("--aggressor", "RUS", "--year", "2021");
    assertThat(j.get("aggressor").asText()).isEqualTo("RUS");
    assertThat(j.get("year").asInt()).isEqualTo(2021);
    assertThat(j.get("model").asText()).isEqualTo("essay");
    JsonNode p = j.get("provenance");
    assertThat(p.get("version").asText()).isNotBlank();
    assertThat(p.get("panel").asText()).hasSize(12);
    assertThat(p.get("model").asText()).startsWith("essay@");
    assertThat(p.get("year").asInt()).isEqualTo(2021);
    JsonNode results = j.get("results");
    assertThat(results.size()).isGreaterThan(10);
    int previousRank = 0;
    for (JsonNode r : results) {
      assertThat(r.get("factors").size()).isEqualTo(8);
      assertThat(
              r.get("quality").get("filled").asInt()
                  + r.get("quality").get("missing").asInt()
                  + r.get("quality").get("imputed").asInt())
          .isEqualTo(27);
      if (!r.get("rank").isNull()) {
        assertThat(r.get("rank").asInt()).isGreaterThanOrEqualTo(previousRank);
        previousRank = r.get("rank").asInt();
      }
    }
    List<String> targets = new ArrayList<>();
    results.forEach(r -> targets.add(r.get("target").asText()));
    assertThat(targets).contains("KAZ", "UKR", "GEO", "BLR", "MDA", "UZB").doesNotContain("RUS");
  }

  @Test
  void theTableIsReadableAndEndsWithProvenance() {
    CliRunner r = rank("--aggressor", "RUS", "--year", "2025");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Kazakhstan")
        .contains("kin_population")
        .contains("Data: ")
        .contains("Provenance: borderland");
  }

  @Test
  void chinaAndTurkeyCanBeAggressorsToo() throws IOException {
    JsonNode china = json("--aggressor", "CHN", "--year", "2021");
    List<String> cn = new ArrayList<>();
    china.get("results").forEach(r -> cn.add(r.get("target").asText()));
    assertThat(cn).contains("KAZ", "MNG", "VNM", "TWN").doesNotContain("CHN");
    JsonNode turkey = json("--aggressor", "Turkey", "--year", "2021");
    List<String> tr = new ArrayList<>();
    turkey.get("results").forEach(r -> tr.add(r.get("target").asText()));
    assertThat(tr).contains("GRC", "SYR", "ARM", "CYP").doesNotContain("TUR");
    assertThat(turkey.get("results").get(0).get("index").isNumber()).isTrue();
  }

  @Test
  void theDefaultReachIsLandAndEveryOutputSaysSo() throws IOException {
    CliRunner table = rank("--aggressor", "PAK", "--year", "2020");
    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out())
        .contains("Candidates: land reach: land neighbours")
        .contains("MMR–PAK: COW contiguity codes a land border in 2020")
        .contains("IND not crossed: not weaker than PAK");
    JsonNode j = json("--aggressor", "PAK", "--year", "2020");
    assertThat(j.get("reach").asText()).isEqualTo("land");
    assertThat(targets(j)).doesNotContain("MMR", "LAO", "THA", "OMN");
    assertThat(j.get("candidateNotes").toString()).contains("MMR–PAK");
  }

  @Test
  void seaReachAddsASeaNeighbourAndSaysSo() throws IOException {
    JsonNode j = json("--aggressor", "PAK", "--year", "2020", "--reach", "sea");
    assertThat(j.get("reach").asText()).isEqualTo("sea");
    assertThat(targets(j)).contains("OMN", "AFG", "IND");
    CliRunner table = rank("--aggressor", "PAK", "--year", "2020", "--reach", "SEA");
    assertThat(table.out()).contains("Candidates: sea reach:").contains("Oman");
  }

  @Test
  void anUnknownReachOrAReachWithNamedCandidatesIsRefused() {
    CliRunner unknown = rank("--reach", "air");
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains("--reach").contains("land, sea, global");
    CliRunner both = rank("--reach", "global", "--candidates", "KAZ");
    assertThat(both.exitCode()).isNotZero();
    assertThat(both.err()).contains("reach applies to the default candidates");
  }

  private static List<String> targets(JsonNode j) {
    List<String> out = new ArrayList<>();
    j.get("results").forEach(r -> out.add(r.get("target").asText()));
    return out;
  }

  @Test
  void givenCandidatesAreScoredAmongThemselves() throws IOException {
    JsonNode j = json("--aggressor", "RUS", "--year", "2022", "--candidates", "KAZ,UKR,GEO");
    assertThat(j.get("results")).hasSize(3);
  }

  @Test
  void anUnknownAggressorIsAUsageErrorWithSuggestions() {
    CliRunner r = rank("--aggressor", "RUZ");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .contains("Invalid value for option '--aggressor'")
        .contains("'RUZ' is not a country code or name; did you mean")
        .contains("RUS (Russia)")
        .contains("Run `borderland rank --help` for usage.");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aCodeThatIsNoCountryExitsWithTwoAndADidYouMean() {
    CliRunner r = rank("--aggressor", "XYZ");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--aggressor").contains("'XYZ'").contains("did you mean");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anAggressorAndCandidatesMayBeGivenByName() throws IOException {
    JsonNode j =
        json("--aggressor", "russia", "--year", "2022", "--candidates", "Kazakhstan, ukr,GEO");
    assertThat(j.get("aggressor").asText()).isEqualTo("RUS");
    List<String> targets = new ArrayList<>();
    j.get("results").forEach(r -> targets.add(r.get("target").asText()));
    assertThat(targets).containsExactlyInAnyOrder("KAZ", "UKR", "GEO");
  }

  @Test
  void anUnknownCandidateIsAUsageErrorWithSuggestions() {
    CliRunner r = rank("--candidates", "KAZ,UKRR");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--candidates").contains("'UKRR'").contains("UKR (Ukraine)");
  }

  @Test
  void aYearOutsideTheDataSaysTheRange() {
    CliRunner r = rank("--year", "1985");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).contains("--year 1985 is outside the panel's knowledge years 1990–");
  }

  @Test
  void aModelFileWithATypoNamesTheLineAndField() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    String essay =
        Files.readString(
            SharedData.committedPanel().resolveSibling("models").resolve("essay.yaml"));
    Files.writeString(bad, essay.replaceFirst("kind: kin_share", "kind: kin_shar"));
    CliRunner r = rank("--model", bad.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).contains("bad.yaml line").contains("kin_shar").contains("kin_share");
  }
}
