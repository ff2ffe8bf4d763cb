package org.borderland.data.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.borderland.data.yaml.YamlTree.MapNode;
import org.junit.jupiter.api.Test;

class YamlFieldsTest {
  private static final Path FILE = Path.of("m.yaml");
  private final YamlFields fields = new YamlFields(FILE);

  private static MapNode read(String yaml) throws YamlException {
    return (MapNode) YamlTree.read(new StringReader(yaml), FILE, "empty");
  }

  private enum Colour {
    RED,
    GREEN;

    static Optional<Colour> fromId(String id) {
      for (Colour c : values()) {
        if (c.id().equals(id)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Test
  void goodValuesAreReturnedAndNothingIsRecorded() throws Exception {
    MapNode m = read("t: ' word '\nn: 2.5\ni: 4\nb: false\nl: [a, b]\nc: green\nsub: {}\n");
    assertThat(fields.text(m, "t", "", true)).isEqualTo("word");
    assertThat(fields.number(m, "n", "x", true)).isEqualTo(2.5);
    assertThat(fields.integer(m, "i", "x", true, 1, 10)).isEqualTo(4);
    assertThat(fields.bool(m, "b", "x")).isFalse();
    assertThat(fields.strings(m, "l", "x")).containsExactly("a", "b");
    assertThat(fields.choice(m, "c", "x", Colour::fromId, Colour.values(), Colour::id))
        .isEqualTo(Colour.GREEN);
    assertThat(fields.requiredMap(m, "sub", "")).isNotNull();
    assertThat(fields.text(m, "absent", "", false)).isNull();
    assertThat(fields.count()).isZero();
  }

  @Test
  void aMissingRequiredFieldIsRecordedAtItsMappingWithTheFieldPath() throws Exception {
    MapNode m = read("x: 1\ninner:\n  a: 1\n");
    MapNode inner = (MapNode) m.get("inner");
    assertThat(fields.number(inner, "weight", "inner", true)).isNull();
    assertThat(fields.problems())
        .singleElement()
        .hasToString(
            "m.yaml line 3, column 3, field inner.weight: Missing field 'weight' (a number)");
  }

  @Test
  void aValueOfTheWrongTypeIsRecordedAtTheValueAndDescribed() throws Exception {
    MapNode m = read("n: ten\ni: 2.5\nb: yes please\nl: word\nt: [a]\n");
    fields.number(m, "n", "p", true);
    fields.integer(m, "i", "p", true, 0, 10);
    fields.bool(m, "b", "p");
    fields.strings(m, "l", "p");
    fields.text(m, "t", "p", true);
    assertThat(fields.problems())
        .extracting(YamlProblem::line, YamlProblem::field, YamlProblem::message)
        .containsExactly(
            tuple(1, "p.n", "Expected a number, not 'ten'"),
            tuple(2, "p.i", "Expected a whole number between 0 and 10, not '2.5'"),
            tuple(3, "p.b", "Expected true or false, not 'yes please'"),
            tuple(4, "p.l", "Expected a list ([a, b] or '- ' lines) here, not 'word'"),
            tuple(5, "p.t", "Expected a word or text here, not a list"));
  }

  @Test
  void anUnknownChoiceListsTheAllowedIdsAndSuggestsTheNearest() throws Exception {
    MapNode m = read("colour: gren\n");
    assertThat(fields.choice(m, "colour", "p", Colour::fromId, Colour.values(), Colour::id))
        .isNull();
    assertThat(fields.problems().get(0).message())
        .isEqualTo("Unknown colour 'gren'; allowed: red, green; did you mean green?");
  }

  @Test
  void unknownKeysAreRecordedAtTheKeyWithTheAllowedOnes() throws Exception {
    MapNode m = read("name: a\nwieght: 2\n");
    fields.onlyKeys(m, List.of("name", "weight"), "");
    YamlProblem p = fields.problems().get(0);
    assertThat(p).extracting(YamlProblem::line, YamlProblem::column).containsExactly(2, 1);
    assertThat(p.field()).isEqualTo("wieght");
    assertThat(p.message())
        .isEqualTo("Unknown field 'wieght'; allowed here: name, weight; did you mean weight?");
  }

  @Test
  void didYouMeanStaysQuietForAFarWord() {
    assertThat(YamlFields.didYouMean("logg", List.of("none", "log")))
        .isEqualTo("; did you mean log?");
    assertThat(YamlFields.didYouMean("banana", List.of("none", "log"))).isEmpty();
  }
}
