package org.borderland.data.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A YAML document read into a small tree that remembers where each node was, so that checks can
 * name the line and column of a bad value (Jackson's own tree forgets positions). The same idea as
 * the curated files' reader, kept separate so that each package owns its messages.
 */
final class ModelYaml {
  private ModelYaml() {}

  /** A node and where it starts. */
  sealed interface Node permits MapNode, ListNode, ScalarNode {
    /** 1-based line. */
    int line();

    /** 1-based column. */
    int column();
  }

  /** A mapping; keys keep their order and their own positions. */
  record MapNode(Map<String, Node> entries, Map<String, int[]> keyPositions, int line, int column)
      implements Node {
    Node get(String key) {
      return entries.get(key);
    }
  }

  /** A sequence. */
  record ListNode(List<Node> items, int line, int column) implements Node {}

  /**
   * A scalar as the parser saw it.
   *
   * @param text the text ({@code null} for a YAML null)
   * @param token what the parser made of it
   */
  record ScalarNode(String text, JsonToken token, int line, int column) implements Node {
    boolean isNull() {
      return token == JsonToken.VALUE_NULL || text == null;
    }

    boolean isNumber() {
      return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
    }

    boolean isBoolean() {
      return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
    }
  }

  /**
   * Reads a document; {@code file} names it in messages.
   *
   * @throws ModelFileException for a YAML syntax error (with line and column), a repeated key or an
   *     empty document
   */
  static Node read(Reader in, Path file) throws ModelFileException {
    YAMLFactory factory = YAMLFactory.builder().build();
    try (JsonParser p = factory.createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw single(
            file, 1, 1, "The file is empty; it should hold a model (see models/essay.yaml)");
      }
      return node(p, file);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw single(
          file,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          "YAML syntax error: "
              + plain(e.getOriginalMessage())
              + "; fix the YAML at this position (check indentation and quoting)");
    } catch (IOException e) {
      throw single(file, 0, 0, "Cannot read the file: " + e.getMessage());
    }
  }

  private static Node node(JsonParser p, Path file) throws IOException, ModelFileException {
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
          throw single(
              file,
              k.getLineNr(),
              k.getColumnNr(),
              "Key '"
                  + key
                  + "' appears twice in one mapping (first at line "
                  + keys.get(key)[0]
                  + "); keep one");
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
    String text = t == JsonToken.VALUE_NULL ? null : p.getText();
    return new ScalarNode(text, t, line, column);
  }

  /** The parser's message without its own positions and source snippets (indented lines). */
  private static String plain(String message) {
    if (message == null) {
      return "";
    }
    return Arrays.stream(message.split("\\R"))
        .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
        .map(String::strip)
        .collect(Collectors.joining("; "));
  }

  private static ModelFileException single(Path file, int line, int column, String message) {
    return new ModelFileException(
        List.of(new ModelFileException.Problem(file, line, column, "", message)));
  }
}
