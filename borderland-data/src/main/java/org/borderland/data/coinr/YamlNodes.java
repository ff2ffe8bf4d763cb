package org.borderland.data.coinr;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A YAML document read with Jackson's streaming parser into a small tree that keeps each node's
 * line and column, so that checks can point at a bad value (Jackson's own tree forgets positions).
 */
final class YamlNodes {
  private YamlNodes() {}

  /** A node and where it starts (1-based). */
  sealed interface Node permits MapNode, ListNode, Scalar {
    int line();

    int column();
  }

  /** A mapping; entries keep their order, and each key its own position. */
  record MapNode(Map<String, Node> entries, Map<String, int[]> keys, int line, int column)
      implements Node {}

  /** A sequence. */
  record ListNode(List<Node> items, int line, int column) implements Node {}

  /** A scalar: its text ({@code null} for YAML null) and the parser's token type. */
  record Scalar(String text, JsonToken token, int line, int column) implements Node {
    boolean isNull() {
      return text == null || token == JsonToken.VALUE_NULL;
    }

    boolean isNumber() {
      return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
    }

    boolean isBoolean() {
      return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
    }
  }

  /**
   * Reads a file.
   *
   * @throws PipelineFileException for a missing file, a syntax error (with its position), a
   *     repeated key or an empty file
   */
  static Node read(Path file) throws PipelineFileException {
    if (!Files.isRegularFile(file)) {
      throw new PipelineFileException(file, 0, 0, "file not found");
    }
    try (JsonParser p = YAMLFactory.builder().build().createParser(file.toFile())) {
      if (p.nextToken() == null) {
        throw new PipelineFileException(
            file, 1, 1, "the file is empty; it should hold a mapping with 'steps'");
      }
      return node(p, file);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new PipelineFileException(
          file,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          "YAML syntax error: "
              + plain(e.getOriginalMessage())
              + "; check indentation and quoting");
    } catch (IOException e) {
      throw new PipelineFileException(file, 0, 0, "cannot read the file: " + e.getMessage());
    }
  }

  private static Node node(JsonParser p, Path file) throws IOException, PipelineFileException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Node> entries = new LinkedHashMap<>();
      Map<String, int[]> keys = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation k = p.currentTokenLocation();
        if (entries.containsKey(key)) {
          throw new PipelineFileException(
              file,
              k.getLineNr(),
              k.getColumnNr(),
              "key '" + key + "' appears twice (first at line " + keys.get(key)[0] + "); keep one");
        }
        keys.put(key, new int[] {k.getLineNr(), k.getColumnNr()});
        p.nextToken();
        entries.put(key, node(p, file));
      }
      return new MapNode(entries, keys, line, column);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(p, file));
      }
      return new ListNode(items, line, column);
    }
    return new Scalar(t == JsonToken.VALUE_NULL ? null : p.getText(), t, line, column);
  }

  /** The parser's message without its own position lines and snippets. */
  private static String plain(String message) {
    if (message == null) {
      return "";
    }
    return Arrays.stream(message.split("\\R"))
        .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
        .map(String::strip)
        .collect(Collectors.joining("; "));
  }
}
