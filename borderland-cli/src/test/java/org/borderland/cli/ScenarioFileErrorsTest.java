package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario file that is not a finite number in range, or too large, is a user error: exit 1 and
 * one message naming the file, line, column, field, the value and what is allowed; never a stack
 * trace or the parser's "For input string".
 */
class ScenarioFileErrorsTest {
  @TempDir Path tmp;

  private static CliRunner rank(Path scenario) {
    return CliRunner.run(
        "rank",
        "--scenario",
        scenario.toString(),
        "--panel",
        SharedData.committedPanel().toString());
  }

  @Test
  void rankWithANotANumberYearExitsOneNamingFileLineColumnFieldValueAndRange() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "scenario:\n  name: Bad\n  year: .nan\nabsorb: [UKR]\n");
    CliRunner r = rank(bad);
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "error: "
                + bad
                + " line 3, column 9, field scenario.year: Expected a whole number between 1990"
                + " and "
                + Year.now().getValue()
                + ", not '.nan'"
                + System.lineSeparator());
    assertThat(r.err()).doesNotContain("For input string").doesNotContain("\tat ");
  }

  @Test
  void rankWithANotANumberValueExitsOneWithoutTheParsersMessage() throws IOException {
    Path bad = tmp.resolve("set.yaml");
    Files.writeString(
        bad,
        "scenario: {name: Set}\nset:\n  - {country: KAZ, indicator: kin_share, value: .nan}\n");
    CliRunner r = rank(bad);
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err())
        .isEqualTo(
            "error: "
                + bad
                + " line 3, column 49, field set[0].value: Expected a number, not '.nan' (not a"
                + " number)"
                + System.lineSeparator());
  }

  @Test
  void rankWithAnInfiniteWeightNamesTheWeightAndItsRange() throws IOException {
    Path bad = tmp.resolve("weights.yaml");
    Files.writeString(bad, "scenario: {name: W}\nweights:\n  kin_population: 1e400\n");
    CliRunner r = rank(bad);
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err())
        .contains(bad + " line 3, column 19, field weights.kin_population")
        .contains("Expected a number ≥ 0, not '1e400'")
        .doesNotContain("Exception");
  }

  @Test
  void rankWithAFortyMegabyteOneLineScenarioIsRefusedWithTheLimit() throws IOException {
    Path big = tmp.resolve("big.yaml");
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'x');
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("scenario: {name: ".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 40; i++) {
        out.write(chunk);
      }
      out.write("}\n".getBytes(StandardCharsets.US_ASCII));
    }
    CliRunner r = rank(big);
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err())
        .startsWith("error: " + big + ": big.yaml is 41,943,059 bytes; the limit is 1,048,576")
        .contains("(1 MiB) for a scenario file")
        .doesNotContain("Exception");
  }
}
