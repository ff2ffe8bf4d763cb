package org.borderland.data.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Arrays;
import org.borderland.core.scenario.Scenario;
import org.borderland.data.build.PanelLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading scenario files: every kind of change with its line, and every mistake reported. */
class ScenarioReaderTest {
  @TempDir Path tmp;

  private Path write(String text) throws IOException {
    Path f = tmp.resolve("s.yaml");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void readsEveryKindOfChangeWithItsLine() throws Exception {
    Scenario s =
        ScenarioReader.read(
            write(
                """
                scenario:
                  id: test
                  name: A test
                  description: every change
                  aggressor: rus
                  year: 2022
                absorb: [UKR, BLR]
                set:
                  - {country: KAZ, indicator: kin_share, value: 10, note: what if}
                membership:
                  - country: KAZ
                    leave: [CSTO, EAEU]
                    join: [NATO]
                transit:
                  allow: [CHN]
                  sea: true
                model: extended
                weights:
                  kin_population: 2
                  gateway: 0
                """));
    assertThat(s.id()).isEqualTo("test");
    assertThat(s.aggressor()).isEqualTo("RUS");
    assertThat(s.year()).isEqualTo(2022);
    assertThat(s.absorb()).extracting(a -> a.state()).containsExactly("UKR", "BLR");
    assertThat(s.absorb().get(1).origin().line()).isEqualTo(7);
    assertThat(s.absorb().get(1).origin().toString()).endsWith("s.yaml line 7");
    assertThat(s.values())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.country()).isEqualTo("KAZ");
              assertThat(v.indicator()).isEqualTo("kin_share");
              assertThat(v.value()).isEqualTo(10.0);
              assertThat(v.note()).isEqualTo("what if");
              assertThat(v.origin().line()).isEqualTo(9);
            });
    assertThat(s.memberships())
        .extracting(m -> m.bloc() + (m.join() ? "+" : "-"))
        .containsExactly("NATO+", "CSTO-", "EAEU-");
    assertThat(s.transit().allow()).containsExactly("CHN");
    assertThat(s.transit().sea()).isTrue();
    assertThat(s.transit().noTransit()).isNull();
    assertThat(s.model().nameOrPath()).isEqualTo("extended");
    assertThat(s.weights())
        .extracting(w -> w.id() + "=" + w.weight())
        .containsExactly("kin_population=2.0", "gateway=0.0");
  }

  @Test
  void reportsEveryProblemWithLineFieldAndWhatIsAllowed() throws IOException {
    Path f =
        write(
            """
            scenario:
              name: Bad
            absorbb: [UKR]
            set:
              - {country: Kazakhstan, indicator: kin_share, value: high}
            weights:
              kin_population: -1
            """);
    assertThatThrownBy(() -> ScenarioReader.read(f))
        .isInstanceOf(ScenarioFileException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("Unknown field 'absorbb'")
        .hasMessageContaining("did you mean absorb?")
        .hasMessageContaining("line 5")
        .hasMessageContaining("three-letter country code")
        .hasMessageContaining("Expected a number")
        .hasMessageContaining("line 7")
        .hasMessageContaining("≥ 0");
  }

  @Test
  void aScenarioThatChangesNothingOrLacksItsHeadingIsRefused() throws IOException {
    Path nothing = write("scenario:\n  name: Nothing\n");
    assertThatThrownBy(() -> ScenarioReader.read(nothing)).hasMessageContaining("changes nothing");
    Path headless = write("absorb: [UKR]\n");
    assertThatThrownBy(() -> ScenarioReader.read(headless))
        .hasMessageContaining("Missing field 'scenario'");
    Path membership = write("scenario: {name: M}\nmembership:\n  - country: KAZ\n");
    assertThatThrownBy(() -> ScenarioReader.read(membership))
        .hasMessageContaining("line 3")
        .hasMessageContaining("join: [BLOC, …] or leave");
  }

  @Test
  void aMissingFileOrBrokenYamlSaysWhere() throws IOException {
    assertThatThrownBy(() -> ScenarioReader.read(tmp.resolve("none.yaml")))
        .hasMessageContaining("No scenario file at");
    Path broken = write("scenario:\n  name: [unclosed\n");
    assertThatThrownBy(() -> ScenarioReader.read(broken))
        .isInstanceOf(ScenarioFileException.class)
        .hasMessageContaining("s.yaml");
  }

  @Test
  void theShippedScenariosRead() throws Exception {
    Path dir = PanelLocation.projectRoot().orElseThrow().resolve("scenarios");
    Scenario ukraine = ScenarioReader.read(dir.resolve("ukraine-fell-2022.yaml"));
    assertThat(ukraine.absorb()).extracting(a -> a.state()).containsExactly("UKR");
    assertThat(ukraine.year()).isEqualTo(2022);
    Scenario kaz = ScenarioReader.read(dir.resolve("kazakhstan-leaves-csto-eaeu.yaml"));
    assertThat(kaz.memberships()).extracting(m -> m.bloc()).containsExactly("CSTO", "EAEU");
  }

  @Test
  void aFortyMegabyteOneLineScenarioIsRefusedByItsSizeWithTheLimit() throws IOException {
    Path f = tmp.resolve("scenario.yaml");
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'x');
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write("scenario: {name: ".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 40; i++) {
        out.write(chunk);
      }
      out.write("}\n".getBytes(StandardCharsets.US_ASCII));
    }
    long start = System.nanoTime();
    assertThatThrownBy(() -> ScenarioReader.read(f))
        .isInstanceOf(ScenarioFileException.class)
        .hasMessage(
            f
                + ": scenario.yaml is 41,943,059 bytes; the limit is 1,048,576 bytes (1 MiB) for a"
                + " scenario file; check that this is the right input, or make it smaller");
    System.out.printf(
        "a 40 MiB one-line scenario refused in %.1f ms%n", (System.nanoTime() - start) / 1e6);
  }

  @Test
  void aScenarioInMemoryIsReadUnderItsNameAsYamlOrJson() throws Exception {
    Scenario yaml =
        ScenarioReader.read(
            "scenario: {name: Body, year: 0x7E6}\nabsorb: [UKR]\n".getBytes(StandardCharsets.UTF_8),
            "request body");
    assertThat(yaml.year()).isEqualTo(2022);
    assertThat(yaml.absorb().get(0).origin().toString()).isEqualTo("request body line 2");
    Scenario json =
        ScenarioReader.read(
            "{\"scenario\": {\"name\": \"J\", \"year\": 2021}, \"absorb\": [\"UKR\"]}",
            "request body");
    assertThat(json.year()).isEqualTo(2021);
  }

  @Test
  void aJsonBodyWithANumberOutOfRangeNamesTheBodyLineColumnFieldValueAndRange() {
    assertThatThrownBy(
            () ->
                ScenarioReader.read(
                    "{\"scenario\": {\"name\": \"J\", \"year\": 1e400}, \"absorb\": [\"UKR\"]}",
                    "request body"))
        .isInstanceOf(ScenarioFileException.class)
        .hasMessage(
            "request body line 1, column 36, field scenario.year: Expected a whole number between"
                + " 1990 and "
                + Year.now().getValue()
                + ", not '1e400'");
  }

  @Test
  void aBodyOverTheLimitIsRefusedByItsSize() {
    byte[] body = new byte[(int) ScenarioReader.SIZE_LIMIT.bytes() + 1];
    Arrays.fill(body, (byte) '#');
    assertThatThrownBy(() -> ScenarioReader.read(body, "request body"))
        .isInstanceOf(ScenarioFileException.class)
        .hasMessageStartingWith("request body: request body is 1,048,577 bytes;")
        .hasMessageContaining("the limit is 1,048,576 bytes (1 MiB) for a scenario file");
  }
}
