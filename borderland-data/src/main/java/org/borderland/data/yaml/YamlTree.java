package org.borderland.data.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML document read into a small tree that remembers where each node was, so that checks can
 * name the line and column of a bad value (Jackson's own tree forgets positions). Read with
 * Jackson's streaming YAML parser; a key repeated in one mapping is an error, not a silent
 * overwrite.
 *
 * <p>Every read is bounded: an input over its {@link SizeLimit} is refused by its size before it is
 * parsed, a number longer than {@link #MAX_NUMBER_LENGTH} characters or nesting deeper than {@link
 * #MAX_DEPTH} is refused by the parser, and each number is decoded once, here, by {@link
 * YamlNumbers}.
 */
public final class YamlTree {
  /** The most characters a number may have (a double needs 25 at most). */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The deepest nesting of mappings and lists (Borderland's files need fewer than 10). */
  public static final int MAX_DEPTH = 32;

  private YamlTree() {}

  /**
   * A parser factory for inputs within {@code limit}. The document-length constraint and
   * SnakeYAML's code-point limit are a backstop behind the size check (never lower than it, so that
   * the size check speaks first); Jackson's YAML parser does not apply the string-length
   * constraint, so the size limit is what bounds a single long scalar.
   */
  private static YAMLFactory factory(SizeLimit limit) {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limit.bytes() + 1));
    return YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxDocumentLength(limit.bytes() + 1)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNestingDepth(MAX_DEPTH)
                .build())
        .build();
  }

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
   * @param number for a number token, its value as {@link YamlNumbers} decodes it (a {@link
   *     java.math.BigInteger} for a whole number, a {@link Double}, perhaps infinite or NaN, for
   *     another), or null when that number is not read; null for any other token. Read it through
   *     {@link YamlNumbers#real} or {@link YamlNumbers#whole}, which check it.
   */
  public record ScalarNode(String text, JsonToken token, Number number, int line, int column)
      implements Node {
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

    /** The text in quotes, shortened when long: {@code 'xxxxxxxx…' (41,943,040 characters)}. */
    @Override
    public String describe() {
      if (isNull()) {
        return "an empty value";
      }
      if (text.length() > 60) {
        return String.format(
            Locale.ROOT, "'%s…' (%,d characters)", text.substring(0, 40), text.length());
      }
      return "'" + text + "'";
    }
  }

  /**
   * Reads {@code file} within {@link SizeLimit#DEFAULT}.
   *
   * @see #read(Path, SizeLimit, String, String)
   */
  public static Node read(Path file, String notFound, String empty) throws YamlException {
    return read(file, SizeLimit.DEFAULT, notFound, empty);
  }

  /**
   * Reads {@code file}, refusing it by its size, before parsing, when it is over {@code limit}.
   *
   * @param notFound the message when there is no such file
   * @param empty the message when the file holds no document (say what it should hold)
   * @throws YamlException for a missing, unreadable or oversized file, a YAML syntax error (with
   *     line and column), a repeated key or an empty document
   */
  public static Node read(Path file, SizeLimit limit, String notFound, String empty)
      throws YamlException {
    if (!Files.isRegularFile(file)) {
      throw problem(file, 0, 0, notFound);
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limit.bytes()) {
        throw problem(file, 0, 0, limit.tooLarge(name(file), SizeLimit.bytes(size)));
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit.bytes() + 1));
      }
    } catch (IOException e) {
      throw problem(file, 0, 0, "Cannot read the file: " + e.getMessage());
    }
    if (bytes.length > limit.bytes()) { // it grew since its size was taken
      throw problem(
          file, 0, 0, limit.tooLarge(name(file), "more than " + SizeLimit.bytes(limit.bytes())));
    }
    return parse(bytes, file, limit, empty);
  }

  /**
   * Reads a document from {@code bytes} (UTF-8, or UTF-16/32 with a byte-order mark), refusing
   * them, before parsing, when they are over {@code limit}; {@code name} stands for the file in
   * messages (e.g. {@code request body}).
   *
   * @param empty the message when there is no document (say what it should hold)
   * @throws YamlException for oversized input, a YAML syntax error (with line and column), a
   *     repeated key or an empty document
   */
  public static Node read(byte[] bytes, Path name, SizeLimit limit, String empty)
      throws YamlException {
    if (bytes.length > limit.bytes()) {
      throw problem(name, 0, 0, limit.tooLarge(name(name), SizeLimit.bytes(bytes.length)));
    }
    return parse(bytes, name, limit, empty);
  }

  private static Node parse(byte[] bytes, Path name, SizeLimit limit, String empty)
      throws YamlException {
    try (JsonParser p = factory(limit).createParser(bytes)) {
      return document(p, name, empty);
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  /**
   * Reads a document from {@code in} within {@link SizeLimit#DEFAULT}.
   *
   * @see #read(Reader, Path, SizeLimit, String)
   */
  public static Node read(Reader in, Path name, String empty) throws YamlException {
    return read(in, name, SizeLimit.DEFAULT, empty);
  }

  /**
   * Reads a document from {@code in}, reading at most one character more than {@code limit}'s bytes
   * and refusing the input, before parsing, when it has more; {@code name} stands for the file in
   * messages.
   *
   * @param empty the message when there is no document (say what it should hold)
   * @throws YamlException for oversized input, a YAML syntax error (with line and column), a
   *     repeated key, an empty document or a failed read
   */
  public static Node read(Reader in, Path name, SizeLimit limit, String empty)
      throws YamlException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      long room = limit.bytes() + 1;
      int n;
      while (room > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, room))) >= 0) {
        text.append(buffer, 0, n);
        room -= n;
      }
    } catch (IOException e) {
      throw problem(name, 0, 0, "Cannot read the input: " + e.getMessage());
    }
    if (text.length() > limit.bytes()) {
      throw problem(
          name,
          0,
          0,
          limit.tooLarge(
              name(name), String.format(Locale.ROOT, "more than %,d characters", limit.bytes())));
    }
    try (JsonParser p = factory(limit).createParser(text.toString())) {
      return document(p, name, empty);
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  /** The file name alone, for messages that follow the full path. */
  private static String name(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
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
        keys.put(
            key, new ScalarNode(key, JsonToken.FIELD_NAME, null, k.getLineNr(), k.getColumnNr()));
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
    return new ScalarNode(text, t, YamlNumbers.decode(p, t, text), line, column);
  }

  private static YamlException unreadable(Path file, IOException e) {
    if (e instanceof StreamConstraintsException c) {
      JsonLocation at = c.getLocation();
      return problem(
          file,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          constraint(c.getOriginalMessage()));
    }
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

  /** A parser limit's message in our words (the parser's names its own settings). */
  private static String constraint(String message) {
    String m = message == null ? "" : message;
    if (m.startsWith("Document nesting depth")) {
      return "Mappings and lists are nested more than "
          + MAX_DEPTH
          + " deep; a Borderland file needs far fewer levels";
    }
    if (m.startsWith("Number value length")) {
      return "A number is longer than "
          + MAX_NUMBER_LENGTH
          + " characters; write it with fewer digits";
    }
    if (m.startsWith("Document length")) {
      return "The input is too large for the parser's limit; make it smaller";
    }
    return "The input is over a parser limit: " + plain(m);
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
