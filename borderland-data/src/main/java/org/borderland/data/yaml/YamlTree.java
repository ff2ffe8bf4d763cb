package org.borderland.data.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A YAML document read into a small tree that remembers where each node was, so that checks can
 * name the line and column of a bad value (Jackson's own tree forgets positions). Read with
 * Jackson's streaming YAML parser; a key repeated in one mapping is an error, not a silent
 * overwrite.
 */
public final class YamlTree {
  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  private YamlTree() {}

  /** A node and where it starts. */
  public sealed interface Node permits MapNode, ListNode, ScalarNode {
    /** 1-based line. */
    int line();

    /** 1-based column. */
    int column();

    /**
     * The node for a message: {@code a mapping}, {@code a list}, {@code an empty value} or the
     * scalar's text in quotes.
     */
    String describe();
  }

  /**
   * A mapping; entries keep their order, and each key its own position.
   *
   * @param entries the values by key, in file order
   * @param keys each key as a scalar node where it is written
   */
  public record MapNode(
      Map<String, Node> entries, Map<String, ScalarNode> keys, int line, int column)
      implements Node {
    /** Copies the maps, keeping their order. */
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /**
     * An empty mapping standing at {@code at}'s position (e.g. for a step written without fields).
     */
    public static MapNode emptyAt(Node at) {
      return new MapNode(Map.of(), Map.of(), at.line(), at.column());
    }

    /** The value under {@code key}, or null. */
    public Node get(String key) {
      return entries.get(key);
    }

    /** Where {@code key} is written, or null when the mapping has no such key. */
    public ScalarNode key(String key) {
      return keys.get(key);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A sequence. */
  public record ListNode(List<Node> items, int line, int column) implements Node {
    /** Copies the items. */
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar as the parser saw it.
   *
   * @param text the text ({@code null} for a YAML null)
   * @param token what the parser made of it: string, int, float, boolean or null ({@code
   *     FIELD_NAME} for a mapping's key)
   */
  public record ScalarNode(String text, JsonToken token, int line, int column) implements Node {
    /** A YAML null ({@code ~}, {@code null} or nothing). */
    public boolean isNull() {
      return token == JsonToken.VALUE_NULL || text == null;
    }

    /** A number, whole or not. */
    public boolean isNumber() {
      return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
    }

    /** A whole number. */
    public boolean isInteger() {
      return token == JsonToken.VALUE_NUMBER_INT;
    }

    /** {@code true} or {@code false}. */
    public boolean isBoolean() {
      return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
    }

    @Override
    public String describe() {
      return isNull() ? "an empty value" : "'" + text + "'";
    }
  }

  /**
   * Reads {@code file}.
   *
   * @param notFound the message when there is no such file
   * @param empty the message when the file holds no document (say what it should hold)
   * @throws YamlException for a missing or unreadable file, a YAML syntax error (with line and
   *     column), a repeated key or an empty document
   */
  public static Node read(Path file, String notFound, String empty) throws YamlException {
    if (!Files.isRegularFile(file)) {
      throw problem(file, 0, 0, notFound);
    }
    try (JsonParser p = FACTORY.createParser(file.toFile())) {
      return document(p, file, empty);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * Reads a document from {@code in}; {@code name} stands for the file in messages.
   *
   * @param empty the message when there is no document (say what it should hold)
   * @throws YamlException for a YAML syntax error (with line and column), a repeated key, an empty
   *     document or a failed read
   */
  public static Node read(Reader in, Path name, String empty) throws YamlException {
    try (JsonParser p = FACTORY.createParser(in)) {
      return document(p, name, empty);
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  private static Node document(JsonParser p, Path file, String empty)
      throws IOException, YamlException {
    if (p.nextToken() == null) {
      throw problem(file, 1, 1, empty);
    }
    return node(p, file);
  }

  private static Node node(JsonParser p, Path file) throws IOException, YamlException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Node> entries = new LinkedHashMap<>();
      Map<String, ScalarNode> keys = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation k = p.currentTokenLocation();
        if (entries.containsKey(key)) {
          throw problem(
              file,
              k.getLineNr(),
              k.getColumnNr(),
              "Key '"
                  + key
                  + "' appears twice in one mapping (first at line "
                  + keys.get(key).line()
                  + "); keep one");
        }
        keys.put(key, new ScalarNode(key, JsonToken.FIELD_NAME, k.getLineNr(), k.getColumnNr()));
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

  private static YamlException unreadable(Path file, IOException e) {
    if (e instanceof JsonProcessingException j) {
      JsonLocation at = j.getLocation();
      return problem(
          file,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          "YAML syntax error: "
              + plain(j.getOriginalMessage())
              + "; fix the YAML at this position (check indentation and quoting)");
    }
    return problem(file, 0, 0, "Cannot read the file: " + e.getMessage());
  }

  /**
   * The parser's message without its own positions and source snippets (indented lines), which ours
   * replaces: e.g. {@code while parsing a flow sequence; expected ',' or ']', but got …}.
   */
  private static String plain(String message) {
    if (message == null) {
      return "";
    }
    return Arrays.stream(message.split("\\R"))
        .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
        .map(String::strip)
        .collect(Collectors.joining("; "));
  }

  private static YamlException problem(Path file, int line, int column, String message) {
    return new YamlException(new YamlProblem(file, line, column, "", message));
  }
}
