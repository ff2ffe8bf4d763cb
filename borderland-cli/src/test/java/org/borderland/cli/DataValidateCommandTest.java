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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataValidateCommandTest {
  @TempDir Path tmp;

  private static Observation share(String country, String key, double v) {
    return new Observation(
        country,
        "ethnic_share",
        key,
        v,
        "%",
        null,
        2000,
        LocalDate.of(2000, 12, 31),
        true,
        new Source("factbook-archive", "2000 edition", "Ethnic groups", key + " " + v + "%"));
  }

  @Test
  void aShareOf140PercentFailsWithTheRowNamed() throws IOException {
    Path panel = tmp.resolve("panel");
    PanelStore.write(List.of(share("KAZ", "Russian", 140)), panel);
    CliRunner r = CliRunner.run("data", "validate", "--panel", panel.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.out())
        .contains("ERROR factbook-archive 2000 KAZ ethnic_share[Russian] has a share of 140.0%");
  }

  @Test
  void warningsAloneExitZeroAndCoverageIsPrinted() throws IOException {
    Path panel = tmp.resolve("panel");
    PanelStore.write(List.of(share("KAZ", "Kazakh", 60), share("KAZ", "Russian", 45)), panel);
    CliRunner r =
        CliRunner.run("data", "validate", "--panel", panel.toString(), "--format", "json");
    assertThat(r.exitCode()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("errors")).isEmpty();
    assertThat(j.get("warnings").get(0).asText()).contains("sum to 105.0%");
    assertThat(j.get("coverage").get(0).get("present").asInt()).isEqualTo(1);
    assertThat(j.get("coverage").get(0).get("states").asInt()).isGreaterThan(150);
  }
}
