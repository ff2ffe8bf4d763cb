package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.borderland.data.build.PanelLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code borderland shield} on the committed panel. */
class ShieldCommandTest {
  @TempDir Path tmp;

  private static final List<String> CENTRAL_ASIA = List.of("KGZ", "TJK", "TKM", "UZB");

  private static CliRunner shield(String... args) {
    List<String> all =
        new ArrayList<>(List.of("shield", "--panel", SharedData.committedPanel().toString()));
    all.addAll(List.of(args));
    return CliRunner.run(all.toArray(String[]::new));
  }

  private static JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json"));
    CliRunner r = shield(all.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  private static Map<String, JsonNode> byState(JsonNode j) {
    Map<String, JsonNode> m = new HashMap<>();
    j.get("states").forEach(s -> m.put(s.get("state").asText(), s));
    return m;
  }

  private static List<String> shieldedBy(JsonNode state) {
    List<String> out = new ArrayList<>();
    state.get("shieldedBy").forEach(x -> out.add(x.asText()));
    return out;
  }

  @Test
  void jsonHasTheContractFields() throws IOException {
    JsonNode j = json("--aggressor", "RUS", "--year", "2021");
    assertThat(j.get("aggressor").asText()).isEqualTo("RUS");
    assertThat(j.get("year").asInt()).isEqualTo(2021);
    JsonNode rules = j.get("rules");
    assertThat(rules.get("noTransit").toString()).isEqualTo("[\"CHN\",\"IRN\"]");
    assertThat(rules.get("allies").size()).isZero();
    assertThat(rules.get("allow").size()).isZero();
    assertThat(rules.get("rivalAlliances").toString()).isEqualTo("[\"NATO\"]");
    assertThat(rules.get("sea").asBoolean()).isFalse();
    Map<String, JsonNode> states = byState(j);
    assertThat(states).doesNotContainKey("RUS").containsKeys("KAZ", "USA", "BRA");
    for (JsonNode s : j.get("states")) {
      assertThat(s.fieldNames())
          .toIterable()
          .containsExactly("state", "reachable", "hops", "exposed", "shieldedBy");
    }
    assertThat(states.get("KAZ").get("hops").asInt()).isEqualTo(1);
    assertThat(states.get("KAZ").get("exposed").asBoolean()).isTrue();
    assertThat(states.get("BRA").get("reachable").asBoolean()).isFalse();
    assertThat(states.get("BRA").get("hops").isNull()).isTrue();
    for (String c : CENTRAL_ASIA) {
      assertThat(shieldedBy(states.get(c))).as(c).containsExactly("KAZ");
    }
    assertThat(shieldedBy(states.get("IND"))).containsExactly("KAZ", "AFG", "PAK");
    assertThat(j.get("gateways").get("KAZ").toString()).contains("\"AFG\"", "\"UZB\"");
    assertThat(j.get("provenance").get("model").asText()).startsWith("essay@");
  }

  @Test
  void theCaspianOrAPassableChinaOpensCentralAsia() throws IOException {
    for (String[] args :
        List.of(
            new String[] {"--year", "2025", "--sea"},
            new String[] {"--year", "2025", "--allow", "CHN"},
            new String[] {
              "--year",
              "2025",
              "--transit",
              PanelLocation.projectRoot()
                  .orElseThrow()
                  .resolve("scenarios/transit-china-open.yaml")
                  .toString()
            })) {
      JsonNode j = json(args);
      Map<String, JsonNode> states = byState(j);
      for (String c : CENTRAL_ASIA) {
        assertThat(shieldedBy(states.get(c))).as("%s with %s", c, List.of(args)).isEmpty();
      }
      assertThat(j.get("gateways").has("KAZ")).as(List.of(args).toString()).isFalse();
    }
    assertThat(json("--year", "2025", "--sea").get("rules").get("sea").asBoolean()).isTrue();
  }

  @Test
  void theTableListsReachableStatesByHopsAndThenTheGateways() {
    CliRunner r = shield("--year", "2021");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Who shields whom from Russia (RUS), as known by the end of 2021")
        .contains("no transit through CHN, IRN or NATO members")
        .containsPattern("3 +TJK +Tajikistan +KAZ")
        .containsPattern("5 +IND +India +KAZ > AFG > PAK")
        .contains("Unreachable (")
        .containsPattern("KAZ +Kazakhstan +20 +AFG, BGD")
        .contains("Provenance: borderland");
    assertThat(r.out().indexOf("Gateways")).isGreaterThan(r.out().indexOf("Unreachable"));
  }

  @Test
  void aBadTransitFileNamesTheLineAndExitsWithFailure() throws IOException {
    Path f = tmp.resolve("rules.yaml");
    Files.writeString(f, "sea: true\nallow: [CHN, KAZZ]\n");
    CliRunner r = shield("--transit", f.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err())
        .contains(f + " line 2, column 14, field allow[1]")
        .contains("Unknown country code 'KAZZ'")
        .contains("KAZ (Kazakhstan)");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownCodeInAllowIsAUsageErrorWithSuggestions() {
    CliRunner r = shield("--allow", "CHX");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--allow").contains("'CHX' is not a country code").contains("CHN");
  }

  @Test
  void usageErrorsExitWithTwo() {
    CliRunner csv = shield("--format", "csv");
    assertThat(csv.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(csv.err()).contains("use table or json");
    assertThat(shield("--sae").exitCode()).isEqualTo(ExitCode.USAGE);
    CliRunner year = shield("--year", "1800");
    assertThat(year.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(year.err()).contains("outside the panel's knowledge years");
  }
}
