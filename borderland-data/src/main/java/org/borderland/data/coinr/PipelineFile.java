package org.borderland.data.coinr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.borderland.core.pipeline.Aggregate;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Denominate;
import org.borderland.core.pipeline.Imputation;
import org.borderland.core.pipeline.Impute;
import org.borderland.core.pipeline.Normalisation;
import org.borderland.core.pipeline.NormalisationSpec;
import org.borderland.core.pipeline.Normalise;
import org.borderland.core.pipeline.Pipeline;
import org.borderland.core.pipeline.Screen;
import org.borderland.core.pipeline.SelectTime;
import org.borderland.core.pipeline.Step;
import org.borderland.core.pipeline.Treat;
import org.borderland.core.pipeline.Tree;
import org.borderland.core.pipeline.UnitScreen;
import org.borderland.core.text.Suggestions;
import org.borderland.data.yaml.SizeLimit;
import org.borderland.data.yaml.YamlException;
import org.borderland.data.yaml.YamlNumbers;
import org.borderland.data.yaml.YamlProblem;
import org.borderland.data.yaml.YamlTree;
import org.borderland.data.yaml.YamlTree.ListNode;
import org.borderland.data.yaml.YamlTree.MapNode;
import org.borderland.data.yaml.YamlTree.Node;
import org.borderland.data.yaml.YamlTree.ScalarNode;

/**
 * Reads a pipeline file (YAML): a list of steps, each a one-key mapping from the step's name to its
 * fields. Every field is optional and has COINr's default. Example (COINr's {@code
 * build_example_coin()}):
 *
 * <pre>
 * description: COINr's example
 * steps:
 *   - denominate: {}                       # by iMeta's Denominator column
 *   - impute: {method: group-mean, group: EurAsia_group}
 *   - screen: {by: missing, threshold: 0.9}
 *   - treat: {winmax: 5}
 *   - normalise: {method: min-max, lower: 0, upper: 100}
 *   - aggregate: {method: arithmetic-mean}
 * </pre>
 *
 * <p>The fields of each step:
 *
 * <ul>
 *   <li>{@code denominate}: {@code by} (indicator → denominator column), {@code scale} (indicator →
 *       factor)
 *   <li>{@code impute}: {@code method} (none, mean, median, group-mean, group-median,
 *       carry-forward), {@code group}, {@code maxTime}
 *   <li>{@code screen}: {@code by} (missing, zeros, missing-or-zeros), {@code threshold}, {@code
 *       nonZeroThreshold}, {@code include}, {@code exclude} (lists of unit codes)
 *   <li>{@code treat}: {@code winmax} (null for no limit), {@code skew}, {@code kurtosis}, {@code
 *       fallback} (log-ct, none), {@code skip} (indicators)
 *   <li>{@code normalise}: {@code method} (min-max, z-score, rank, percentile-rank, goalposts,
 *       distance-to-target, none) and that method's parameters (min-max: lower, upper; z-score:
 *       mean, sd; goalposts: lower, upper, scale, truncate; distance-to-target: target, cap), and
 *       {@code indicators}: indicator → its own method and parameters
 *   <li>{@code aggregate}: {@code method} (arithmetic-mean, geometric-mean, harmonic-mean), {@code
 *       nodes} (aggregate → method), {@code minAvailability}
 *   <li>{@code select}: {@code time}
 * </ul>
 */
public final class PipelineFile {
  /** The largest pipeline file read: 1 MiB (the shipped example is about 1.5 KB). */
  public static final SizeLimit SIZE_LIMIT = new SizeLimit(SizeLimit.MIB, "a pipeline file");

  /** The largest whole number a step takes (winmax, maxTime): more than any data set's units. */
  public static final int MAX_COUNT = 1_000_000;

  private final Path file;
  private final Tree tree;

  private PipelineFile(Path file, Tree tree) {
    this.file = file;
    this.tree = tree;
  }

  /**
   * Reads a pipeline file.
   *
   * @throws PipelineFileException naming the line, column and field of the first problem
   */
  public static Pipeline read(Path file) throws PipelineFileException {
    return new PipelineFile(file, null).pipeline(parse(file));
  }

  /**
   * Reads a pipeline file and checks the indicator and aggregate codes it names against a tree.
   *
   * @throws PipelineFileException naming the line, column and field of the first problem
   */
  public static Pipeline read(Path file, Tree tree) throws PipelineFileException {
    return new PipelineFile(file, tree).pipeline(parse(file));
  }

  private static Node parse(Path file) throws PipelineFileException {
    try {
      return YamlTree.read(
          file,
          SIZE_LIMIT,
          "file not found",
          "the file is empty; it should hold a mapping with 'steps'");
    } catch (YamlException e) {
      YamlProblem p = e.problem();
      throw new PipelineFileException(p.file(), p.line(), p.column(), p.message());
    }
  }

  private Pipeline pipeline(Node root) throws PipelineFileException {
    if (!(root instanceof MapNode m)) {
      throw error(root, "the file should be a mapping with 'steps' (and optionally 'description')");
    }
    keys(m, "the file", List.of("description", "steps"));
    Node steps = m.entries().get("steps");
    if (steps == null) {
      throw error(root, "the file has no 'steps'; list the steps, e.g. steps: [normalise: {}]");
    }
    if (!(steps instanceof ListNode l) || l.items().isEmpty()) {
      throw error(steps, "'steps' should be a non-empty list of steps");
    }
    List<Step> out = new ArrayList<>();
    for (Node item : l.items()) {
      out.add(step(item));
    }
    return new Pipeline(out);
  }

  private Step step(Node item) throws PipelineFileException {
    if (!(item instanceof MapNode m) || m.entries().size() != 1) {
      throw error(
          item,
          "each step should be one key, the step's name, with its fields, e.g. '- treat: {winmax:"
              + " 5}'; the steps are "
              + String.join(", ", Step.names()));
    }
    String name = m.entries().keySet().iterator().next();
    Node body = m.entries().get(name);
    if (!Step.names().contains(name)) {
      throw error(
          m.key(name),
          "unknown step '"
              + name
              + "'"
              + suggest(name, Step.names())
              + "; the steps are "
              + String.join(", ", Step.names()));
    }
    MapNode f;
    if (body instanceof ScalarNode s && (s.isNull() || s.text().isBlank())) {
      f = MapNode.emptyAt(body);
    } else if (body instanceof MapNode b) {
      f = b;
    } else {
      throw error(
          body, "the fields of step '" + name + "' should be a mapping, e.g. {} for the defaults");
    }
    String what = "step '" + name + "'";
    try {
      return switch (name) {
        case "denominate" -> denominate(f, what);
        case "impute" -> impute(f, what);
        case "screen" -> screen(f, what);
        case "treat" -> treat(f, what);
        case "normalise" -> normalise(f, what);
        case "aggregate" -> aggregate(f, what);
        default -> select(f, what);
      };
    } catch (IllegalArgumentException e) {
      throw error(item, what + ": " + e.getMessage());
    }
  }

  private Step denominate(MapNode f, String what) throws PipelineFileException {
    keys(f, what, List.of("by", "scale"));
    Map<String, String> by = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : map(f, "by", what).entrySet()) {
      indicator(f, "by", e.getKey(), what);
      by.put(e.getKey(), text(e.getValue(), what + " field 'by." + e.getKey() + "'"));
    }
    Map<String, Double> scale = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : map(f, "scale", what).entrySet()) {
      indicator(f, "scale", e.getKey(), what);
      scale.put(e.getKey(), number(e.getValue(), what + " field 'scale." + e.getKey() + "'"));
    }
    return new Denominate(by, scale);
  }

  private Step impute(MapNode f, String what) throws PipelineFileException {
    keys(f, what, List.of("method", "group", "maxTime"));
    Imputation m = choice(f, "method", Imputation.class, Imputation.NONE, what);
    String group =
        f.entries().containsKey("group")
            ? text(f.entries().get("group"), what + " field 'group'")
            : null;
    Integer maxTime = integer(f, "maxTime", null, 0, MAX_COUNT, what);
    return new Impute(m, group, maxTime);
  }

  private Step screen(MapNode f, String what) throws PipelineFileException {
    keys(f, what, List.of("by", "threshold", "nonZeroThreshold", "include", "exclude"));
    return new Screen(
        choice(f, "by", UnitScreen.class, UnitScreen.MISSING, what),
        number(f, "threshold", 2.0 / 3, what),
        number(f, "nonZeroThreshold", 0.05, what),
        list(f, "include", what),
        list(f, "exclude", what));
  }

  private Step treat(MapNode f, String what) throws PipelineFileException {
    keys(f, what, List.of("winmax", "skew", "kurtosis", "fallback", "skip"));
    Set<String> skip = list(f, "skip", what);
    for (String s : skip) {
      indicator(f, "skip", s, what);
    }
    return new Treat(
        f.entries().containsKey("winmax")
            ? integer(f, "winmax", null, 0, MAX_COUNT, what)
            : Integer.valueOf(5),
        number(f, "skew", 2, what),
        number(f, "kurtosis", 3.5, what),
        choice(f, "fallback", Treat.Fallback.class, Treat.Fallback.LOG_CT, what),
        skip);
  }

  private Step normalise(MapNode f, String what) throws PipelineFileException {
    NormalisationSpec all = spec(f, what, true);
    Map<String, NormalisationSpec> ind = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : map(f, "indicators", what).entrySet()) {
      indicator(f, "indicators", e.getKey(), what);
      if (!(e.getValue() instanceof MapNode m)) {
        throw error(
            e.getValue(),
            what + " field 'indicators." + e.getKey() + "' should be a mapping with a method");
      }
      ind.put(e.getKey(), spec(m, what + " indicator '" + e.getKey() + "'", false));
    }
    return new Normalise(all, ind);
  }

  private NormalisationSpec spec(MapNode f, String what, boolean top) throws PipelineFileException {
    Normalisation m = choice(f, "method", Normalisation.class, Normalisation.MIN_MAX, what);
    List<String> allowed = new ArrayList<>(List.of("method"));
    allowed.addAll(m.parameterNames());
    if (top) {
      allowed.add("indicators");
    }
    keys(f, what + " (method " + m.id() + ")", allowed);
    List<Double> p = new ArrayList<>(m.defaults());
    for (int i = 0; i < m.parameterNames().size(); i++) {
      String n = m.parameterNames().get(i);
      Node v = f.entries().get(n);
      if (v == null) {
        if (Double.isNaN(p.get(i)) && m != Normalisation.DISTANCE_TO_TARGET) {
          throw error(f, what + " (method " + m.id() + ") needs field '" + n + "'");
        }
        continue;
      }
      boolean flag = n.equals("truncate") || n.equals("cap");
      if (flag && v instanceof ScalarNode s && s.isBoolean()) {
        p.set(i, Boolean.parseBoolean(s.text()) ? 1.0 : 0.0);
      } else {
        p.set(i, number(v, what + " field '" + n + "'"));
      }
    }
    try {
      return new NormalisationSpec(m, p);
    } catch (IllegalArgumentException e) {
      throw error(f, what + ": " + e.getMessage());
    }
  }

  private Step aggregate(MapNode f, String what) throws PipelineFileException {
    keys(f, what, List.of("method", "nodes", "minAvailability"));
    Map<String, Aggregation> nodes = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : map(f, "nodes", what).entrySet()) {
      if (tree != null && (!tree.has(e.getKey()) || tree.node(e.getKey()).isIndicator())) {
        List<String> aggs = tree.aggregates().stream().map(n -> n.code()).toList();
        throw key(
            f,
            "nodes",
            e.getKey(),
            what
                + " field 'nodes': '"
                + e.getKey()
                + "' is not an aggregate of iMeta"
                + suggest(e.getKey(), aggs)
                + "; the aggregates are "
                + aggs);
      }
      nodes.put(
          e.getKey(),
          choice(e.getValue(), Aggregation.class, what + " field 'nodes." + e.getKey() + "'"));
    }
    return new Aggregate(
        choice(f, "method", Aggregation.class, Aggregation.ARITHMETIC_MEAN, what),
        nodes,
        number(f, "minAvailability", 0, what));
  }

  private Step select(MapNode f, String what) throws PipelineFileException {
    keys(f, what, List.of("time"));
    Integer t = integer(f, "time", null, Integer.MIN_VALUE, Integer.MAX_VALUE, what);
    if (t == null) {
      throw error(f, what + " needs field 'time', e.g. {time: 2022}");
    }
    return new SelectTime(t);
  }

  // ---- field helpers -------------------------------------------------------------------------

  private void keys(MapNode m, String what, List<String> allowed) throws PipelineFileException {
    for (String k : m.entries().keySet()) {
      if (!allowed.contains(k)) {
        throw error(
            m.key(k),
            what
                + " has no field '"
                + k
                + "'"
                + suggest(k, allowed)
                + "; allowed fields: "
                + String.join(", ", allowed));
      }
    }
  }

  private double number(MapNode m, String key, double otherwise, String what)
      throws PipelineFileException {
    Node v = m.entries().get(key);
    return v == null ? otherwise : number(v, what + " field '" + key + "'");
  }

  private double number(Node v, String what) throws PipelineFileException {
    if (!(v instanceof ScalarNode s) || !s.isNumber()) {
      throw error(v, what + " should be a number but is " + v.describe());
    }
    YamlNumbers.Checked<Double> d =
        YamlNumbers.real(v, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    if (d instanceof YamlNumbers.Checked.Invalid<Double> bad) {
      throw error(v, what + ": " + bad.message());
    }
    return d.orNull();
  }

  /** A whole number in [{@code min}, {@code max}]; {@code null} for an empty value. */
  private Integer integer(MapNode m, String key, Integer otherwise, int min, int max, String what)
      throws PipelineFileException {
    Node v = m.entries().get(key);
    if (v == null) {
      return otherwise;
    }
    if (v instanceof ScalarNode s && s.isNull()) {
      return null;
    }
    YamlNumbers.Checked<Integer> i = YamlNumbers.whole(v, min, max);
    if (i instanceof YamlNumbers.Checked.Invalid<Integer> bad) {
      throw error(v, what + " field '" + key + "': " + bad.message());
    }
    return i.orNull();
  }

  private String text(Node v, String what) throws PipelineFileException {
    if (v instanceof ScalarNode s && !s.isNull()) {
      return s.text();
    }
    throw error(v, what + " should be a name but is " + v.describe());
  }

  private <E extends Enum<E>> E choice(
      MapNode m, String key, Class<E> type, E otherwise, String what) throws PipelineFileException {
    Node v = m.entries().get(key);
    return v == null ? otherwise : choice(v, type, what + " field '" + key + "'");
  }

  private <E extends Enum<E>> E choice(Node v, Class<E> type, String what)
      throws PipelineFileException {
    List<String> ids = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      ids.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    if (v instanceof ScalarNode s && !s.isNull()) {
      String norm = s.text().strip().toLowerCase(Locale.ROOT).replace('_', '-');
      int i = ids.indexOf(norm);
      if (i >= 0) {
        return type.getEnumConstants()[i];
      }
      throw error(
          v,
          what
              + ": '"
              + s.text()
              + "' is not allowed"
              + suggest(norm, ids)
              + "; allowed: "
              + String.join(", ", ids));
    }
    throw error(
        v, what + " should be one of " + String.join(", ", ids) + " but is " + v.describe());
  }

  private Map<String, Node> map(MapNode m, String key, String what) throws PipelineFileException {
    Node v = m.entries().get(key);
    if (v == null || (v instanceof ScalarNode s && s.isNull())) {
      return Map.of();
    }
    if (v instanceof MapNode mm) {
      return mm.entries();
    }
    throw error(v, what + " field '" + key + "' should be a mapping of codes, e.g. {LPI: …}");
  }

  private Set<String> list(MapNode m, String key, String what) throws PipelineFileException {
    Node v = m.entries().get(key);
    if (v == null || (v instanceof ScalarNode s && s.isNull())) {
      return Set.of();
    }
    if (!(v instanceof ListNode l)) {
      throw error(v, what + " field '" + key + "' should be a list of codes, e.g. [AUT, BEL]");
    }
    Set<String> out = new LinkedHashSet<>();
    for (Node n : l.items()) {
      out.add(text(n, what + " field '" + key + "' entry"));
    }
    return out;
  }

  /**
   * Checks that a code named in field {@code key} is an indicator of the tree, when there is one.
   */
  private void indicator(MapNode f, String key, String code, String what)
      throws PipelineFileException {
    if (tree == null || (tree.has(code) && tree.node(code).isIndicator())) {
      return;
    }
    List<String> codes = tree.indicatorCodes();
    throw key(
        f,
        key,
        code,
        what
            + " field '"
            + key
            + "': '"
            + code
            + "' is not an indicator of iMeta"
            + suggest(code, codes));
  }

  /** An error at the code inside field {@code key} (a map key or list item), else at the field. */
  private PipelineFileException key(MapNode f, String key, String code, String message) {
    Node v = f.entries().get(key);
    if (v instanceof MapNode m && m.key(code) != null) {
      return error(m.key(code), message);
    }
    if (v instanceof ListNode l) {
      for (Node n : l.items()) {
        if (n instanceof ScalarNode s && code.equals(s.text())) {
          return error(n, message);
        }
      }
    }
    return error(v == null ? f : v, message);
  }

  private PipelineFileException error(Node at, String message) {
    return new PipelineFileException(file, at.line(), at.column(), message);
  }

  /**
   * {@code "; did you mean 'X'?"} for the closest candidate within 2 edits that changes less than
   * half the word, else empty.
   */
  static String suggest(String given, List<String> candidates) {
    // A suggestion must share most of the word: 'LPI' is not a misspelt 'P'.
    return Suggestions.closest(
            given,
            candidates,
            c -> Math.min(2, Math.floorDiv(Math.min(given.length(), c.length()) - 1, 2)))
        .map(best -> "; did you mean '" + best + "'?")
        .orElse("");
  }
}
