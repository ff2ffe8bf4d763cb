package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderland.data.build.PanelLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code borderland explain} on the committed panel. */
class ExplainCommandTest {
  static CliRunner run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--panel");
    all.add(SharedData.committedPanel().toString());
    return CliRunner.run(all.toArray(String[]::new));
  }

  static JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--format");
    all.add("json");
    CliRunner r = run(all.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().strip()).startsWith("{").endsWith("}");
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void kazakhstanIn2021TracesEveryFilledIndicatorToASourceKnownBy2021() throws IOException {
    JsonNode e = json("explain", "--aggressor", "RUS", "--target", "KAZ", "--year", "2021");
    assertThat(e.get("aggressor").asText()).isEqualTo("RUS");
    assertThat(e.get("target").asText()).isEqualTo("KAZ");
    assertThat(e.get("year").asInt()).isEqualTo(2021);
    assertThat(e.get("model").asText()).isEqualTo("essay");
    assertThat(e.get("candidate").asBoolean()).isTrue();
    assertThat(e.get("provenance").get("panel").asText()).hasSize(12);
    assertThat(e.get("factors")).hasSize(8);
    int filled = 0;
    int cited = 0;
    List<String> zeroCounts = new ArrayList<>();
    for (JsonNode f : e.get("factors")) {
      for (JsonNode i : f.get("indicators")) {
        String id = i.get("id").asText();
        assertThat(i.get("unit").asText()).as(id).isNotBlank();
        if (i.get("raw").isNull()) {
          assertThat(i.get("missing").asBoolean() || i.get("imputed").asBoolean()).as(id).isTrue();
          assertThat(i.get("note").asText()).as(id + " says why it is missing").isNotBlank();
          continue;
        }
        filled++;
        assertThat(i.get("missing").asBoolean()).as(id).isFalse();
        assertThat(i.get("normalised").isNumber()).as(id).isTrue();
        JsonNode sources = i.get("sources");
        if (sources.isEmpty()) {
          // A count of zero rests on the absence of rows: it must say what was searched.
          assertThat(i.get("raw").asDouble()).as(id + " has no source row").isZero();
          assertThat(i.get("searched").asText()).as(id).isNotBlank();
          assertThat(i.get("note").asText()).as(id).isNotBlank();
          assertThat(i.get("source").isNull()).isTrue();
          zeroCounts.add(id);
          continue;
        }
        cited++;
        assertThat(i.get("source")).as(id + " primary = first").isEqualTo(sources.get(0));
        for (JsonNode s : sources) {
          String what = id + " " + s;
          assertThat(s.get("dataset").asText()).as(what).isNotBlank();
          assertThat(s.get("field").asText()).as(what).isNotBlank();
          // The pair, or one of Russia's strategic rivals (their UN ideal points, for hedging).
          assertThat(s.get("country").asText()).as(what).isIn("RUS", "KAZ", "USA", "UKR");
          if (s.get("asKnown").asBoolean()) {
            assertThat(s.get("edition").asInt()).as(what).isLessThanOrEqualTo(2021);
          } else {
            // A dataset with revised history: flagged, and the figure describes a year ≤ 2021.
            assertThat(i.get("revised").asBoolean()).as(what).isTrue();
            if (!s.get("refYear").isNull()) {
              assertThat(s.get("refYear").asInt()).as(what).isLessThanOrEqualTo(2021);
            }
          }
        }
      }
    }
    assertThat(filled).isEqualTo(e.get("quality").get("filled").asInt());
    assertThat(cited).isGreaterThanOrEqualTo(20);
    assertThat(zeroCounts).as("uncited zero counts").hasSizeLessThanOrEqualTo(4);

    JsonNode kin = indicator(e, "kin_share");
    assertThat(kin.get("source").get("dataset").asText()).isEqualTo("factbook-archive");
    assertThat(kin.get("source").get("edition").asInt()).isEqualTo(2021);
    assertThat(kin.get("source").get("key").asText()).isEqualTo("Russian");
    assertThat(kin.get("raw").asDouble()).isEqualTo(kin.get("source").get("value").asDouble());
    // A ratio cites both sides: Russia's figure first, then Kazakhstan's.
    JsonNode pop = indicator(e, "population_ratio");
    assertThat(pop.get("sources")).hasSize(2);
    assertThat(pop.get("sources").get(0).get("country").asText()).isEqualTo("RUS");
    assertThat(pop.get("sources").get(1).get("country").asText()).isEqualTo("KAZ");
    assertThat(pop.get("raw").asDouble())
        .isCloseTo(
            pop.get("sources").get(0).get("value").asDouble()
                / pop.get("sources").get(1).get("value").asDouble(),
            within(1e-9));
    assertThat(pop.get("transform").asText()).isEqualTo("ln(x)");
    assertThat(pop.get("transformed").asDouble())
        .isCloseTo(Math.log(pop.get("raw").asDouble()), within(1e-12));
  }

  static JsonNode indicator(JsonNode e, String id) {
    for (JsonNode f : e.get("factors")) {
      for (JsonNode i : f.get("indicators")) {
        if (i.get("id").asText().equals(id)) {
          return i;
        }
      }
    }
    throw new AssertionError("no indicator " + id);
  }

  @Test
  void contributionsAddUpToTheIndexAndAgreeWithRank() throws IOException {
    JsonNode e = json("explain", "--aggressor", "RUS", "--target", "KAZ", "--year", "2021");
    double sum = 0;
    double weights = 0;
    for (JsonNode f : e.get("factors")) {
      if (f.get("score").isNull()) {
        assertThat(f.get("contribution").isNull()).isTrue();
        continue;
      }
      double w = f.get("weight").asDouble();
      assertThat(f.get("contribution").asDouble())
          .isCloseTo(w * f.get("score").asDouble(), within(1e-9));
      assertThat(f.get("rank").asInt()).isBetween(1, e.get("targets").asInt());
      sum += f.get("contribution").asDouble();
      weights += w;
    }
    assertThat(weights).isCloseTo(1, within(1e-12));
    assertThat(sum).isCloseTo(e.get("index").asDouble(), within(1e-9));

    JsonNode rank = json("rank", "--aggressor", "RUS", "--year", "2021");
    JsonNode kaz = null;
    for (JsonNode r : rank.get("results")) {
      if (r.get("target").asText().equals("KAZ")) {
        kaz = r;
      }
    }
    assertThat(kaz).isNotNull();
    assertThat(e.get("index").asDouble()).isEqualTo(kaz.get("index").asDouble());
    assertThat(e.get("rank").asInt()).isEqualTo(kaz.get("rank").asInt());
    assertThat(e.get("targets").asInt()).isEqualTo(rank.get("results").size());
    for (JsonNode f : e.get("factors")) {
      JsonNode score = kaz.get("factors").get(f.get("id").asText());
      assertThat(f.get("score")).isEqualTo(score);
    }
  }

  @Test
  void versusGeorgiaDifferencesAddUpToTheGapLargestFirst() throws IOException {
    JsonNode c =
        json(
            "explain",
            "--aggressor",
            "RUS",
            "--target",
            "KAZ",
            "--versus",
            "GEO",
            "--year",
            "2021");
    double kaz = c.get("index").asDouble();
    double geo = c.get("versusIndex").asDouble();
    assertThat(c.get("gap").asDouble()).isCloseTo(kaz - geo, within(1e-9));
    JsonNode ds = c.get("differences");
    assertThat(ds).hasSize(8);
    double sum = 0;
    double previous = Double.POSITIVE_INFINITY;
    for (JsonNode d : ds) {
      double diff = d.get("difference").asDouble();
      sum += diff;
      assertThat(Math.abs(diff)).isLessThanOrEqualTo(previous);
      previous = Math.abs(diff);
    }
    assertThat(sum).isCloseTo(kaz - geo, within(1e-9));
    JsonNode geoAlone = json("explain", "--aggressor", "RUS", "--target", "GEO", "--year", "2021");
    assertThat(geoAlone.get("index").asDouble()).isEqualTo(geo);
    assertThat(geoAlone.get("rank").asInt()).isEqualTo(c.get("versusRank").asInt());
  }

  @Test
  void theTableIsAlignedWithUnitsADataLineAndTheProvenanceFooter() {
    CliRunner r = run("explain", "--aggressor", "RUS", "--target", "KAZ", "--year", "2021");
    assertThat(r.exitCode()).as(r.err()).isZero();
    String out = r.out();
    assertThat(out).startsWith("Why Kazakhstan (KAZ) scores ");
    assertThat(out).contains("contributions add up to the index");
    List<String> lines = out.lines().toList();
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("factor ") && lines.get(i).contains("contribution")) {
        header = i;
      }
    }
    assertThat(header).isPositive();
    int column = lines.get(header).indexOf("contribution");
    for (int i = header + 2; i < header + 2 + 9; i++) {
      assertThat(lines.get(i).length()).as(lines.get(i)).isGreaterThan(column);
      assertThat(lines.get(i).charAt(column - 1)).as(lines.get(i)).isEqualTo(' ');
    }
    assertThat(out).contains(" km ").contains("persons").contains("%");
    assertThat(out).containsPattern("\\n  land_border +7,644 km ");
    assertThat(out)
        .containsPattern("Data: \\d+ of 27 indicators filled, \\d+ imputed, \\d+ missing");
    assertThat(out).contains("factbook-archive 2021, Ethnic groups 'Russian'");
    assertThat(lines.get(lines.size() - 1))
        .startsWith("Provenance: borderland ")
        .endsWith("as known by the end of 2021");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aTargetOutsideTheDefaultCandidatesIsScoredWithThemAndSaysSo() throws IOException {
    JsonNode e = json("explain", "--aggressor", "RUS", "--target", "FRA", "--year", "2021");
    JsonNode rank = json("rank", "--aggressor", "RUS", "--year", "2021");
    assertThat(e.get("candidate").asBoolean()).isFalse();
    assertThat(e.get("targets").asInt()).isEqualTo(rank.get("results").size() + 1);
    assertThat(e.get("notes").get(0).asText()).contains("FRA").contains("not among");
    CliRunner t = run("explain", "--aggressor", "RUS", "--target", "FRA", "--year", "2021");
    assertThat(t.exitCode()).isZero();
    assertThat(t.out()).contains("Note: FRA (France) is not among Russia's");
  }

  @Test
  void unknownTargetAndAggressorCodesGiveSuggestionsAndExit2() {
    CliRunner t = run("explain", "--target", "KAZZ");
    assertThat(t.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(t.err())
        .contains("Invalid value for option '--target': 'KAZZ'")
        .contains("did you mean KAZ (Kazakhstan)");
    assertThat(t.out()).isEmpty();
    CliRunner a = run("explain", "--aggressor", "RUSS", "--target", "KAZ");
    assertThat(a.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(a.err()).contains("option '--aggressor': 'RUSS'").contains("RUS (Russia)");
    CliRunner v = run("explain", "--target", "KAZ", "--versus", "GEOO", "--format", "json");
    assertThat(v.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(v.err()).contains("option '--versus': 'GEOO'").contains("GEO (Georgia)");
    assertThat(v.out()).isEmpty();
    assertThat(v.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void theAggressorItselfOrATerritoryIsRefused() {
    CliRunner self = run("explain", "--aggressor", "RUS", "--target", "RUS");
    assertThat(self.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(self.err()).contains("--target RUS is the aggressor");
    CliRunner same = run("explain", "--target", "KAZ", "--versus", "KAZ");
    assertThat(same.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(same.err()).contains("the target itself");
    CliRunner gone = run("explain", "--aggressor", "CHN", "--target", "KAZ", "--year", "1990");
    assertThat(gone.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(gone.err()).contains("--target KAZ (Kazakhstan) did not exist in 1990");
  }

  @Test
  void aYearOutsideTheDataExits1WithAClearMessage() {
    CliRunner r = run("explain", "--target", "KAZ", "--year", "1980");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err())
        .contains("--year 1980 is outside the panel's knowledge years")
        .contains("give a year in that range");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aModelFileWithATypoExits1NamingTheLineAndField(@TempDir Path dir) throws IOException {
    Path essay = PanelLocation.projectRoot().orElseThrow().resolve("models/essay.yaml");
    List<String> lines = new ArrayList<>(Files.readAllLines(essay, StandardCharsets.UTF_8));
    int line = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("direction: 1")) {
        lines.set(i, lines.get(i).replace("direction", "direktion"));
        line = i + 1;
        break;
      }
    }
    assertThat(line).as("essay.yaml has a 'direction: 1' line").isPositive();
    Path typo = dir.resolve("typo.yaml");
    Files.write(typo, lines, StandardCharsets.UTF_8);
    CliRunner r = run("explain", "--target", "KAZ", "--model", typo.toString(), "--format", "json");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err())
        .contains(typo.toString() + " line " + line)
        .contains("direktion")
        .contains("did you mean direction");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void csvIsAUsageError() {
    CliRunner r = run("explain", "--target", "KAZ", "--format", "csv");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("use table or json");
  }
}
