package org.borderland.data.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
