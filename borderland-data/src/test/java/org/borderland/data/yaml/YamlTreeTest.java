package org.borderland.data.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderland.data.yaml.YamlTree.ListNode;
import org.borderland.data.yaml.YamlTree.MapNode;
import org.borderland.data.yaml.YamlTree.Node;
import org.borderland.data.yaml.YamlTree.ScalarNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlTreeTest {
  private static final Path NAME = Path.of("t.yaml");

  private static Node read(String yaml) throws YamlException {
    return YamlTree.read(new StringReader(yaml), NAME, "empty!");
  }

  private static YamlProblem failure(String yaml) {
    return catchThrowableOfType(() -> read(yaml), YamlException.class).problem();
  }

  @Test
  void nodesAndKeysKeepTheirLineAndColumn() throws Exception {
    MapNode top = (MapNode) read("a: 1\nlist:\n  - x\n  - {k: v}\n");
    assertThat(top.entries().keySet()).containsExactly("a", "list");
    assertThat(top.key("list")).extracting(Node::line, Node::column).containsExactly(2, 1);
    ListNode list = (ListNode) top.get("list");
    assertThat(list.items()).hasSize(2);
    assertThat(list.items().get(0)).extracting(Node::line, Node::column).containsExactly(3, 5);
    MapNode inner = (MapNode) list.items().get(1);
    assertThat(inner.get("k")).extracting(Node::line, Node::column).containsExactly(4, 9);
    assertThat(top.key("missing")).isNull();
  }

  @Test
  void scalarsKnowTheirYamlType() throws Exception {
    MapNode m = (MapNode) read("i: 3\nf: 2.5\nb: true\nn: ~\ns: '3'\ne:\n");
    assertThat(((ScalarNode) m.get("i")).isInteger()).isTrue();
    assertThat(((ScalarNode) m.get("f")).isNumber()).isTrue();
    assertThat(((ScalarNode) m.get("f")).isInteger()).isFalse();
    assertThat(((ScalarNode) m.get("b")).isBoolean()).isTrue();
    assertThat(((ScalarNode) m.get("n")).isNull()).isTrue();
    assertThat(((ScalarNode) m.get("e")).isNull())
        .as("nothing after the colon is blank text")
        .isFalse();
    assertThat(((ScalarNode) m.get("e")).text()).isEmpty();
    assertThat(((ScalarNode) m.get("s")).isNumber()).as("a quoted number is text").isFalse();
  }

  @Test
  void describeNamesTheKindOfNodeOrQuotesTheText() throws Exception {
    MapNode m = (MapNode) read("m: {}\nl: []\nn: ~\ns: word\n");
    assertThat(m.get("m").describe()).isEqualTo("a mapping");
    assertThat(m.get("l").describe()).isEqualTo("a list");
    assertThat(m.get("n").describe()).isEqualTo("an empty value");
    assertThat(m.get("s").describe()).isEqualTo("'word'");
  }

  @Test
  void aRepeatedKeyIsAnErrorAtTheSecondNamingTheFirst() {
    YamlProblem p = failure("a: 1\nb:\n  c: 1\n  c: 2\n");
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.column()).isEqualTo(3);
    assertThat(p.message())
        .isEqualTo("Key 'c' appears twice in one mapping (first at line 3); keep one");
  }

  @Test
  void aSyntaxErrorGivesThePositionWithoutTheParsersSnippet() {
    YamlProblem p = failure("a: [1, 2\nb: 3\n");
    assertThat(p.line()).isPositive();
    assertThat(p.column()).isPositive();
    assertThat(p.message())
        .startsWith("YAML syntax error: ")
        .endsWith("; fix the YAML at this position (check indentation and quoting)")
        .doesNotContain("\n");
  }

  @Test
  void anEmptyDocumentGetsTheCallersMessageAtLineOne() {
    YamlProblem p = failure("");
    assertThat(p).extracting(YamlProblem::line, YamlProblem::column).containsExactly(1, 1);
    assertThat(p.message()).isEqualTo("empty!");
  }

  @Test
  void aFileIsReadByPathAndAMissingOneGetsTheCallersMessage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("f.yaml");
    Files.writeString(file, "k: “quoted” text\n");
    MapNode m = (MapNode) YamlTree.read(file, "nowhere", "empty");
    assertThat(((ScalarNode) m.get("k")).text()).isEqualTo("“quoted” text");

    YamlException e =
        catchThrowableOfType(
            () -> YamlTree.read(dir.resolve("absent.yaml"), "nowhere", "empty"),
            YamlException.class);
    assertThat(e.problem().line()).isZero();
    assertThat(e).hasMessageEndingWith("absent.yaml: nowhere");
  }

  @Test
  void nodesCannotBeChangedAfterReading() throws Exception {
    MapNode m = (MapNode) read("a: [1]\n");
    assertThatThrownBy(() -> m.entries().put("b", m))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((ListNode) m.get("a")).items().add(m))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
