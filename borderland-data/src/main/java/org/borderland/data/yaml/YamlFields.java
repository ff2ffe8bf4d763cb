package org.borderland.data.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.borderland.core.text.Suggestions;
import org.borderland.data.yaml.YamlTree.ListNode;
import org.borderland.data.yaml.YamlTree.MapNode;
import org.borderland.data.yaml.YamlTree.Node;
import org.borderland.data.yaml.YamlTree.ScalarNode;

/**
 * Typed fields of one YAML file's tree. Each getter returns the value, or records a {@link
 * YamlProblem} (file, line, column, field path, what was wrong and what is allowed) and returns
 * null, so that a reader goes on and reports every problem of the file in one run.
 *
 * <p>A field is named by the path of its mapping ({@code path}, e.g. {@code indicators[2]}, empty
 * at the top) and its key, e.g. {@code indicators[2].weight}.
 */
public final class YamlFields {
  private final Path file;
  private final List<YamlProblem> problems = new ArrayList<>();

  /** Fields of {@code file}, with no problems yet. */
  public YamlFields(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  /** The file problems are recorded against. */
  public Path file() {
    return file;
  }

  /** The problems recorded so far, in order. */
  public List<YamlProblem> problems() {
    return List.copyOf(problems);
  }

  /** How many problems are recorded (compare before and after a check to see if it failed). */
  public int count() {
    return problems.size();
  }

  /** Records a problem at {@code at} (position 0 when null) in field {@code field}. */
  public void problem(Node at, String field, String message) {
    problems.add(YamlProblem.at(file, at, field, message));
  }

  /**
   * Records {@code "Unknown <what> '<value>'; allowed: <allowed>"} with a "did you mean" for a near
   * miss.
   */
  public void unknown(
      Node at, String field, String what, String value, Collection<String> allowed) {
    problem(
        at,
        field,
        "Unknown "
            + what
            + " '"
            + value
            + "'; allowed: "
            + String.join(", ", allowed)
            + didYouMean(value, allowed));
  }

  /** The path of {@code key} inside the mapping at {@code path}. */
  public static String field(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Text under {@code key}, stripped; null (recorded unless optional and absent) otherwise. */
  public String text(MapNode m, String key, String path, boolean required) {
    Node n = lookup(m, key, path, required, "");
    return n == null ? null : text(n, field(path, key));
  }

  /** The non-blank text of scalar {@code n}, stripped; else records a problem and returns null. */
  public String text(Node n, String field) {
    if (n instanceof ScalarNode s && !s.isNull() && !s.text().isBlank()) {
      return s.text().strip();
    }
    problem(n, field, "Expected a word or text here, not " + n.describe());
    return null;
  }

  /**
   * A finite number under {@code key}; null when absent (recorded if required) or not a finite
   * number.
   */
  public Double number(MapNode m, String key, String path, boolean required) {
    return number(m, key, path, required, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /**
   * A finite number in [{@code min}, {@code max}] under {@code key} (an infinite bound is no
   * bound); null when absent (recorded if required) or not one, recorded with the value and the
   * range (see {@link YamlNumbers}).
   */
  public Double number(
      MapNode m, String key, String path, boolean required, double min, double max) {
    Node n = lookup(m, key, path, required, " (" + YamlNumbers.realRange(min, max) + ")");
    return n == null ? null : number(n, field(path, key), min, max);
  }

  /** {@code n} as a finite number in [{@code min}, {@code max}]; else recorded, and null. */
  public Double number(Node n, String field, double min, double max) {
    return checked(n, field, YamlNumbers.real(n, min, max));
  }

  /**
   * A whole number in [{@code min}, {@code max}] under {@code key}; null when absent (recorded if
   * required) or not one, recorded with the value and the range (see {@link YamlNumbers}).
   */
  public Integer integer(MapNode m, String key, String path, boolean required, int min, int max) {
    Node n = lookup(m, key, path, required, " (" + YamlNumbers.wholeRange(min, max) + ")");
    return n == null ? null : integer(n, field(path, key), min, max);
  }

  /** {@code n} as a whole number in [{@code min}, {@code max}]; else recorded, and null. */
  public Integer integer(Node n, String field, int min, int max) {
    return checked(n, field, YamlNumbers.whole(n, min, max));
  }

  private <T> T checked(Node n, String field, YamlNumbers.Checked<T> c) {
    if (c instanceof YamlNumbers.Checked.Invalid<T> bad) {
      problem(n, field, bad.message());
    }
    return c.orNull();
  }

  /** {@code true} or {@code false} under {@code key}; null when absent or not a boolean. */
  public Boolean bool(MapNode m, String key, String path) {
    Node n = m.get(key);
    if (n == null) {
      return null;
    }
    if (n instanceof ScalarNode s && s.isBoolean()) {
      return Boolean.valueOf(s.text());
    }
    problem(n, field(path, key), "Expected true or false, not " + n.describe());
    return null;
  }

  /**
   * The texts of the list under {@code key}; empty when absent, skipping (and recording) bad ones.
   */
  public List<String> strings(MapNode m, String key, String path) {
    List<String> out = new ArrayList<>();
    Node n = m.get(key);
    if (n == null) {
      return out;
    }
    ListNode l = list(n, field(path, key));
    if (l == null) {
      return out;
    }
    for (int i = 0; i < l.items().size(); i++) {
      String v = text(l.items().get(i), field(path, key) + "[" + i + "]");
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * The value under {@code key} read by {@code parse}, one of {@code values}; records the allowed
   * ids of {@code values} when missing or unknown.
   */
  public <T> T choice(
      MapNode m,
      String key,
      String path,
      Function<String, Optional<T>> parse,
      T[] values,
      Function<T, String> idOf) {
    String v = text(m, key, path, true);
    if (v == null) {
      return null;
    }
    Optional<T> t = parse.apply(v);
    if (t.isEmpty()) {
      unknown(m.get(key), field(path, key), key, v, Arrays.stream(values).map(idOf).toList());
      return null;
    }
    return t.get();
  }

  /** The mapping under {@code key}; null (recorded) when absent or not a mapping. */
  public MapNode requiredMap(MapNode m, String key, String path) {
    Node n = lookup(m, key, path, true, "");
    return n == null ? null : map(n, field(path, key));
  }

  /** The value under {@code key}, or null, recorded as missing (with {@code hint}) if required. */
  private Node lookup(MapNode m, String key, String path, boolean required, String hint) {
    Node n = m.get(key);
    if (n == null && required) {
      problem(m, field(path, key), "Missing field '" + key + "'" + hint);
    }
    return n;
  }

  /** {@code n} as a mapping; null (recorded) when it is not one. */
  public MapNode map(Node n, String field) {
    if (n instanceof MapNode m) {
      return m;
    }
    problem(n, field, "Expected a mapping (key: value lines) here, not " + n.describe());
    return null;
  }

  /** {@code n} as a list; null (recorded) when it is not one. */
  public ListNode list(Node n, String field) {
    if (n instanceof ListNode l) {
      return l;
    }
    problem(n, field, "Expected a list ([a, b] or '- ' lines) here, not " + n.describe());
    return null;
  }

  /** Records each key of {@code m} not in {@code allowed}, at the key, with the allowed ones. */
  public void onlyKeys(MapNode m, Collection<String> allowed, String path) {
    for (String k : m.entries().keySet()) {
      if (!allowed.contains(k)) {
        problem(
            m.key(k),
            field(path, k),
            "Unknown field '"
                + k
                + "'; allowed here: "
                + String.join(", ", allowed)
                + didYouMean(k, allowed));
      }
    }
  }

  /**
   * {@code "; did you mean X?"} when an allowed word is within a third of {@code typed}'s length
   * (at least 2 edits, ignoring case), else empty.
   */
  public static String didYouMean(String typed, Collection<String> allowed) {
    return Suggestions.closest(typed, allowed, Math.max(2, typed.length() / 3))
        .map(best -> "; did you mean " + best + "?")
        .orElse("");
  }
}
