package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Source;
import org.borderland.data.store.PanelStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataShowCommandTest {
  @TempDir Path tmp;
  private Path panel;

  private static Observation fb(
      String indicator,
      String key,
      double value,
      String unit,
      Integer refYear,
      int edition,
      String text) {
    return new Observation(
        "KAZ",
        indicator,
        key,
        value,
        unit,
        refYear,
        edition,
        LocalDate.of(edition, 12, 31),
        true,
        new Source(
            "factbook-archive",
            edition + " edition",
            indicator.equals("ethnic_share") ? "Ethnic groups" : "Land boundaries",
            text));
  }

  @BeforeEach
  void writePanel() throws IOException {
    panel = tmp.resolve("panel");
    PanelStore.write(
        List.of(
            fb("ethnic_share", "Russian", 38, "%", null, 1992, "Kazakh (Qazaq) 40%, Russian 38%"),
            fb(
                "ethnic_share",
                "Russian",
                23.7,
                "%",
                2009,
                2014,
                "Kazakh (Qazaq) 63.1%, Russian 23.7% (2009 est.)"),
            fb("land_border_km", "RUS", 6846, "km", null, 2014, "Russia 6,846 km"),
            fb("land_border_km", "RUS", 7644, "km", null, 2015, "Russia 7,644 km")
                .withNote("re-measured: 6,846 km in the 2014 edition"),
            fb(
                "land_border_total_km",
                "",
                13364,
                "km",
                null,
                2018,
                "total: 13,364 km | border countries (5):")),
        panel);
  }

  @Test
  void listsEveryEditionWithItsSource() {
    CliRunner r =
        CliRunner.run(
            "data",
            "show",
            "--panel",
            panel.toString(),
            "--country",
            "KAZ",
            "--indicator",
            "ethnic_share",
            "--key",
            "Russian");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("38")
        .contains("23.7")
        .contains("1992")
        .contains("2014")
        .contains("Ethnic groups: ");
  }

  @Test
  void jsonHasTheContractFieldsAndNothingElseOnStdout() throws IOException {
    CliRunner r =
        CliRunner.run(
            "data",
            "show",
            "--panel",
            panel.toString(),
            "--country",
            "Kazakhstan",
            "--indicator",
            "land_border_km",
            "--format",
            "json");
    assertThat(r.exitCode()).isZero();
    JsonNode rows = new ObjectMapper().readTree(r.out());
    assertThat(rows).hasSize(2);
    JsonNode last = rows.get(1);
    for (String f :
        List.of(
            "country",
            "indicator",
            "key",
            "value",
            "unit",
            "refYear",
            "edition",
            "published",
            "asKnown",
            "source",
            "note")) {
      assertThat(last.has(f)).as(f).isTrue();
    }
    assertThat(last.get("value").asDouble()).isEqualTo(7644);
    assertThat(last.get("source").get("dataset").asText()).isEqualTo("factbook-archive");
    assertThat(last.get("source").get("text").asText()).isEqualTo("Russia 7,644 km");
    assertThat(last.get("note").asText()).startsWith("re-measured");
  }

  @Test
  void yearMeansAsKnownThenAndSaysWhenItFellBack() throws IOException {
    CliRunner r =
        CliRunner.run(
            "data",
            "show",
            "--panel",
            panel.toString(),
            "--country",
            "KAZ",
            "--indicator",
            "land_border_km",
            "--key",
            "RUS",
            "--year",
            "2019",
            "--format",
            "json");
    JsonNode rows = new ObjectMapper().readTree(r.out());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("edition").asInt()).isEqualTo(2015);
    assertThat(rows.get(0).get("choice").asText()).contains("falling back past editions [2018]");
  }

  @Test
  void aValueNotYetPublishedIsShownAsMissing() throws IOException {
    CliRunner r =
        CliRunner.run(
            "data",
            "show",
            "--panel",
            panel.toString(),
            "--country",
            "KAZ",
            "--indicator",
            "ethnic_share",
            "--key",
            "Russian",
            "--year",
            "1991",
            "--format",
            "json");
    JsonNode rows = new ObjectMapper().readTree(r.out());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("value").isNull()).isTrue();
    assertThat(rows.get(0).get("choice").asText()).startsWith("missing");
  }

  @Test
  void csvHasAHeaderAndOneLinePerRow() {
    CliRunner r =
        CliRunner.run(
            "data", "show", "--panel", panel.toString(), "--country", "KAZ", "--format", "csv");
    assertThat(r.out().lines()).hasSize(6);
    assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("indicator,key,value");
  }

  @Test
  void anUnknownCountryNameIsAUsageErrorWithTheClosestMatches() {
    CliRunner r =
        CliRunner.run("data", "show", "--panel", panel.toString(), "--country", "Kazakstn");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .contains("option '--country': 'Kazakstn' is not a country code or name")
        .contains("KAZ (Kazakhstan)");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownIndicatorListsTheKnownOnes() {
    CliRunner r =
        CliRunner.run(
            "data",
            "show",
            "--panel",
            panel.toString(),
            "--country",
            "KAZ",
            "--indicator",
            "ethnic");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).contains("Unknown indicator 'ethnic'").contains("ethnic_share");
  }

  @Test
  void aBadOptionIsAUsageError() {
    CliRunner r = CliRunner.run("data", "show", "--country", "KAZ", "--format", "xml");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--format").contains("--help");
  }

  @Test
  void aMissingPanelSaysHowToBuildOne() {
    CliRunner r =
        CliRunner.run(
            "data", "show", "--panel", tmp.resolve("nope").toString(), "--country", "KAZ");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).contains("borderland data build");
  }
}
