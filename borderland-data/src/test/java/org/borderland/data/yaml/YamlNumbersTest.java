package org.borderland.data.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import org.borderland.data.yaml.YamlNumbers.Checked;
import org.borderland.data.yaml.YamlTree.MapNode;
import org.borderland.data.yaml.YamlTree.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a YAML (or JSON) number is read, and how a value outside a range is refused. */
class YamlNumbersTest {
  private static Node value(String yaml) throws YamlException {
    MapNode m = (MapNode) YamlTree.read(new StringReader(yaml), Path.of("t.yaml"), "empty");
    return m.get("v");
  }

  private static String refused(Checked<?> c) {
    assertThat(c).isInstanceOf(Checked.Invalid.class);
    return ((Checked.Invalid<?>) c).message();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "2022      | 2022",
        "0x7E6     | 2022",
        "0x7e6     | 2022",
        "-0x10     | -16",
        "0b101     | 5",
        "1_000     | 1000",
        "+12       | 12",
        "07        | 7",
        "00        | 0",
      })
  void wholeNumbersReadAsYamlDefinesThem(String literal, int expected) throws Exception {
    assertThat(YamlNumbers.whole(value("v: " + literal), -100_000, 100_000).orNull())
        .isEqualTo(expected);
    assertThat(YamlNumbers.real(value("v: " + literal), -1e9, 1e9).orNull())
        .isEqualTo((double) expected);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "2.5       | 2.5",
        "1_000.5   | 1000.5",
        ".5        | 0.5",
        "-.5e3     | -500",
        "1e3       | 1000",
        "1e-400    | 0",
      })
  void otherNumbersReadAsTheNearestDouble(String literal, double expected) throws Exception {
    assertThat(YamlNumbers.real(value("v: " + literal), -1e9, 1e9).orNull()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        ".nan      | Expected a number, not '.nan' (not a number)",
        ".NaN      | Expected a number, not '.NaN' (not a number)",
        ".inf      | Expected a number, not '.inf' (infinite)",
        "-.Inf     | Expected a number, not '-.Inf' (infinite)",
        "+.INF     | Expected a number, not '+.INF' (infinite)",
        "1e400     | Expected a number, not '1e400' (beyond the largest number, about 1.8e308)",
        "-1e400    | Expected a number, not '-1e400' (beyond the largest number, about 1.8e308)",
        "NaN       | Expected a number, not 'NaN'",
        "Infinity  | Expected a number, not 'Infinity'",
        "0o17      | Expected a number, not '0o17'",
        "'2.5'     | Expected a number, not '2.5'",
        "1:20.5    | Expected a number, not '1:20.5': base-60 numbers are not read; write it in"
            + " decimal",
        "010       | Expected a number, not '010': a leading 0 makes it 8 in YAML 1.1 (octal) but"
            + " 10 in YAML 1.2; write it without the leading 0",
      })
  void aValueThatIsNotAFiniteNumberIsRefusedSayingWhy(String literal, String message)
      throws Exception {
    assertThat(
            refused(
                YamlNumbers.real(
                    value("v: " + literal), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)))
        .isEqualTo(message);
  }

  @Test
  void aWholeNumberOutOfRangeNamesTheValueAsWrittenAndAsRead() throws Exception {
    assertThat(refused(YamlNumbers.whole(value("v: 99999999999"), 1990, 2026)))
        .isEqualTo("Expected a whole number between 1990 and 2026, not '99999999999'");
    assertThat(refused(YamlNumbers.whole(value("v: 0x7E7"), 1990, 2022)))
        .isEqualTo("Expected a whole number between 1990 and 2022, not '0x7E7' (2023)");
    assertThat(refused(YamlNumbers.whole(value("v: 2022.0"), 1990, 2026)))
        .isEqualTo("Expected a whole number between 1990 and 2026, not '2022.0'");
    assertThat(refused(YamlNumbers.whole(value("v: .nan"), 1990, 2026)))
        .isEqualTo("Expected a whole number between 1990 and 2026, not '.nan'");
    assertThat(refused(YamlNumbers.whole(value("v: [1]"), 1, 2)))
        .isEqualTo("Expected a whole number between 1 and 2, not a list");
  }

  @Test
  void aNumberOutOfRangeNamesTheRange() throws Exception {
    assertThat(refused(YamlNumbers.real(value("v: -1"), 0, Double.POSITIVE_INFINITY)))
        .isEqualTo("Expected a number ≥ 0, not '-1'");
    assertThat(refused(YamlNumbers.real(value("v: 1.5"), 0, 1)))
        .isEqualTo("Expected a number between 0 and 1, not '1.5'");
    assertThat(refused(YamlNumbers.real(value("v: 0x10"), Double.NEGATIVE_INFINITY, 0.5)))
        .isEqualTo("Expected a number ≤ 0.5, not '0x10' (16)");
  }

  @Test
  void jsonNumbersAreReadTheSameWay() throws Exception {
    assertThat(refused(YamlNumbers.whole(value("{\"v\": 1e400}"), 1990, 2026)))
        .isEqualTo("Expected a whole number between 1990 and 2026, not '1e400'");
    assertThat(
            refused(
                YamlNumbers.real(
                    value("{\"v\": 1e400}"), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)))
        .endsWith("(beyond the largest number, about 1.8e308)");
    assertThat(YamlNumbers.whole(value("{\"v\": 2022}"), 1990, 2026).orNull()).isEqualTo(2022);
    assertThat(YamlNumbers.real(value("{\"v\": 1E+2}"), 0, 1000).orNull()).isEqualTo(100.0);
  }

  @Test
  void aNumberTooLongForTheParserIsRefusedWithoutItsDigits() throws Exception {
    String digits = "1".repeat(200);
    String m = refused(YamlNumbers.real(value("v: " + digits), 0, Double.POSITIVE_INFINITY));
    assertThat(m)
        .startsWith("Expected a number ≥ 0, not '1111")
        .contains("…' (200 characters)")
        .endsWith("it cannot be read as a number (at most 100 characters)");
  }
}
