package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The panel committed in {@code panel/} answers the questions as it should. */
class CommittedPanelTest {
  private static JsonNode show(String... args) throws IOException {
    List<String> all =
        new ArrayList<>(
            List.of(
                "data",
                "show",
                "--panel",
                SharedData.committedPanel().toString(),
                "--format",
                "json"));
    all.addAll(List.of(args));
    CliRunner r = CliRunner.run(all.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void kazakhstansRussianShareFallsInStepsFrom1992ToToday() throws IOException {
    JsonNode rows = show("--country", "KAZ", "--indicator", "ethnic_share", "--key", "Russian");
    List<Double> archive = new ArrayList<>();
    int first = Integer.MAX_VALUE;
    int last = 0;
    for (JsonNode r : rows) {
      assertThat(r.get("source").get("text").asText()).isNotBlank();
      if (r.get("source").get("dataset").asText().equals("factbook-archive")) {
        archive.add(r.get("value").asDouble());
        first = Math.min(first, r.get("edition").asInt());
        last = Math.max(last, r.get("edition").asInt());
      }
    }
    assertThat(first).isEqualTo(1992);
    assertThat(last).isEqualTo(2025);
    assertThat(archive.get(0)).isEqualTo(38.0);
    assertThat(archive.get(archive.size() - 1)).isEqualTo(14.9);
    assertThat(archive.stream().distinct().count()).as("several steps").isGreaterThanOrEqualTo(6);
    for (int i = 1; i < archive.size(); i++) {
      // Never rises by more than rounding between editions (2012 repeats 23.7 with a wrong year).
      assertThat(archive.get(i)).isLessThanOrEqualTo(archive.get(i - 1) + 0.5);
    }
  }

  @Test
  void theKazakhstanRussiaBorderShowsItsReMeasurement() throws IOException {
    JsonNode rows = show("--country", "KAZ", "--indicator", "land_border_km", "--key", "RUS");
    boolean sawOld = false;
    boolean sawNote = false;
    for (JsonNode r : rows) {
      double km = r.get("value").asDouble();
      int edition = r.get("edition").asInt();
      if (r.get("source").get("dataset").asText().equals("factbook-archive")) {
        assertThat(km).isEqualTo(edition <= 2014 ? 6846.0 : 7644.0);
        sawOld |= edition == 2014;
        if (edition == 2015) {
          assertThat(r.get("note").asText())
              .startsWith("re-measured: 6,846 km in the 2014 edition");
          sawNote = true;
        }
      }
    }
    assertThat(sawOld).isTrue();
    assertThat(sawNote).isTrue();
  }

  @Test
  void russiaHasNoFactbookRowsBeforeThe1992Edition() throws IOException {
    JsonNode rows = show("--country", "RUS");
    int earliest = Integer.MAX_VALUE;
    for (JsonNode r : rows) {
      if (r.get("source").get("dataset").asText().startsWith("factbook")) {
        earliest = Math.min(earliest, r.get("edition").asInt());
      }
    }
    assertThat(earliest).isEqualTo(1992);
    JsonNode ussr = show("--country", "SUN", "--indicator", "population");
    assertThat(ussr).isNotEmpty();
    for (JsonNode r : ussr) {
      if (r.get("source").get("dataset").asText().equals("factbook-archive")) {
        assertThat(r.get("edition").asInt()).isBetween(1990, 1991);
      }
    }
  }

  @Test
  void theDamaged2019EditionFallsBackForKazakhstansBorders() throws IOException {
    JsonNode rows =
        show("--country", "KAZ", "--indicator", "land_border_km", "--key", "CHN", "--year", "2019");
    JsonNode archive = null;
    for (JsonNode r : rows) {
      if (r.get("source").get("dataset").asText().equals("factbook-archive")) {
        archive = r;
      }
    }
    assertThat(archive).isNotNull();
    assertThat(archive.get("edition").asInt()).isEqualTo(2017);
    assertThat(archive.get("choice").asText()).contains("falling back past editions [2019, 2018]");
  }

  @Test
  void thePanelValidatesWithoutErrors() {
    CliRunner r =
        CliRunner.run("data", "validate", "--panel", SharedData.committedPanel().toString());
    assertThat(r.exitCode()).as(r.out()).isZero();
    assertThat(r.out()).contains("Errors: 0").contains("factbook-archive ethnic_share");
  }
}
