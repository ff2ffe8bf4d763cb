package org.borderland.data.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

  private static final SizeLimit ONE_MIB = new SizeLimit(SizeLimit.MIB, "a test file");

  private static YamlProblem failure(ThrowingRead read) {
    return catchThrowableOfType(read::read, YamlException.class).problem();
  }

  private interface ThrowingRead {
    Node read() throws Exception;
  }

  @Test
  void aFileOverItsLimitIsRefusedByItsSizeBeforeParsing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.yaml");
    byte[] line = new byte[40 << 20];
    Arrays.fill(line, (byte) 'x');
    System.arraycopy("name: ".getBytes(StandardCharsets.UTF_8), 0, line, 0, 6);
    Files.write(file, line);
    long start = System.nanoTime();
    YamlProblem p = failure(() -> YamlTree.read(file, ONE_MIB, "nowhere", "empty"));
    System.out.printf(
        "a 40 MiB one-line file refused in %.1f ms%n", (System.nanoTime() - start) / 1e6);
    assertThat(p.file()).isEqualTo(file);
    assertThat(p.message())
        .isEqualTo(
            "big.yaml is 41,943,040 bytes; the limit is 1,048,576 bytes (1 MiB) for a test file;"
                + " check that this is the right input, or make it smaller");
  }

  @Test
  void aFileAtItsLimitIsRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("full.yaml");
    String text = "k: " + "x".repeat(1000) + "\n";
    Files.writeString(file, text);
    SizeLimit exact = new SizeLimit(text.length(), "a test file");
    assertThat(((MapNode) YamlTree.read(file, exact, "nowhere", "empty")).get("k")).isNotNull();
    SizeLimit under = new SizeLimit(text.length() - 1, "a test file");
    assertThat(failure(() -> YamlTree.read(file, under, "nowhere", "empty")).message())
        .startsWith("full.yaml is 1,004 bytes; the limit is 1,003 bytes for a test file");
  }

  @Test
  void inputInMemoryOverItsLimitIsRefusedBeforeParsing() {
    byte[] body = new byte[(2 << 20) + 5];
    Arrays.fill(body, (byte) 'x');
    assertThat(failure(() -> YamlTree.read(body, Path.of("request body"), ONE_MIB, "empty")))
        .hasToString(
            "request body: request body is 2,097,157 bytes; the limit is 1,048,576 bytes (1 MiB)"
                + " for a test file; check that this is the right input, or make it smaller");
    String text = new String(body, StandardCharsets.UTF_8);
    assertThat(
            failure(() -> YamlTree.read(new StringReader(text), NAME, ONE_MIB, "empty")).message())
        .startsWith(
            "t.yaml is more than 1,048,576 characters; the limit is 1,048,576 bytes (1 MiB)");
  }

  @Test
  void inputInMemoryIsReadUnderItsName() throws Exception {
    MapNode m =
        (MapNode)
            YamlTree.read(
                "{\"a\": [1, 2]}".getBytes(StandardCharsets.UTF_8),
                Path.of("request body"),
                ONE_MIB,
                "empty");
    assertThat(((ListNode) m.get("a")).items()).hasSize(2);
    YamlProblem p =
        failure(
            () ->
                YamlTree.read(
                    "a: [1\n".getBytes(StandardCharsets.UTF_8),
                    Path.of("request body"),
                    ONE_MIB,
                    "empty"));
    assertThat(p.toString()).startsWith("request body line ");
  }

  @Test
  void deepNestingAndLongNumbersAreRefusedByTheParsersLimits() {
    String deep = "v: " + "[".repeat(40) + "]".repeat(40) + "\n";
    assertThat(failure(deep).message())
        .isEqualTo(
            "Mappings and lists are nested more than 32 deep; a Borderland file needs far fewer"
                + " levels");
    assertThat(failure("v: 0x" + "F".repeat(200) + "\n").message())
        .isEqualTo("A number is longer than 100 characters; write it with fewer digits");
  }

  @Test
  void aLongScalarIsDescribedShortened() throws Exception {
    MapNode m = (MapNode) read("k: " + "y".repeat(500) + "\n");
    assertThat(m.get("k").describe()).isEqualTo("'" + "y".repeat(40) + "…' (500 characters)");
  }
}
