package org.borderland.data.uncertainty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderland.core.model.Sourcing;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Imputation;
import org.borderland.core.pipeline.Impute;
import org.borderland.core.pipeline.Normalisation;
import org.borderland.core.pipeline.NormalisationSpec;
import org.borderland.core.uncertainty.Input;
import org.borderland.core.uncertainty.UncertaintySpec;
import org.borderland.data.model.ModelReader;
import org.borderland.data.yaml.SizeLimit;
import org.borderland.data.yaml.YamlException;
import org.borderland.data.yaml.YamlFields;
import org.borderland.data.yaml.YamlTree;
import org.borderland.data.yaml.YamlTree.ListNode;
import org.borderland.data.yaml.YamlTree.MapNode;
import org.borderland.data.yaml.YamlTree.Node;
import org.borderland.data.yaml.YamlTree.ScalarNode;

/**
 * Reads an uncertainty spec file (YAML): an optional {@code description} and a list of {@code
 * inputs}, each a mapping with one kind key and an optional {@code name}. {@code
 * docs/uncertainty.md} describes every kind; COINr's sensitivity vignette reads:
 *
 * <pre>
 * description: COINr's sensitivity vignette
 * inputs:
 *   - winmax: {min: 1, max: 5}
 *   - normalisation:
 *       - {method: min-max, lower: 1, upper: 100}
 *       - {method: z-score, mean: 10, sd: 2}
 *   - weights: {noise: 0.25, levels: [2, 3], sets: 100}
 *   - aggregation: [arithmetic-mean, geometric-mean]
 * </pre>
 *
 * Other kinds: {@code imputation: [none, mean, {method: group-mean, group: EurAsia_group}]}, {@code
 * model: [essay, extended]}, {@code data: {indicator: LPI, min: 0.9, max: 1.1, units: [AUS]}} and
 * {@code sources: {indicator: military_spending_ratio, alternatives: {factbook: {tiers:
 * [[factbook-archive, factbook-json]]}, sipri: {tiers: [[sipri-milex]], allowRevised: true}}}}.
 */
public final class SpecFile {
  /** The kinds of input, as their keys. */
  public static final List<String> KINDS =
      List.of(
          "weights",
          "normalisation",
          "aggregation",
          "winmax",
          "imputation",
          "model",
          "data",
          "sources");

  /** The largest spec read: 1 MiB (the shipped examples are about 1.5 KB). */
  public static final SizeLimit SIZE_LIMIT = new SizeLimit(SizeLimit.MIB, "an uncertainty spec");

  /** The most weight sets a spec may draw from (each is a full set of the model's weights). */
  public static final int MAX_SETS = 100_000;

  /** The largest winmax (points winsorised per indicator). */
  public static final int MAX_WINMAX = 1_000;

  /** The deepest tree level a spec may name. */
  public static final int MAX_LEVEL = 100;

  private static final String EMPTY =
      "the file is empty; it should hold a mapping with 'inputs' (see docs/uncertainty.md)";

  private final YamlFields fields;

  private SpecFile(Path file) {
    this.fields = new YamlFields(file);
  }

  /**
   * A spec as read.
   *
   * @param description the file's description, or empty
   * @param spec the inputs
   */
  public record Read(String description, UncertaintySpec spec) {}

  /**
   * Reads a spec file of at most {@link #SIZE_LIMIT}.
   *
   * @throws SpecFileException listing every problem with its line, column and field
   */
  public static Read read(Path file) throws SpecFileException {
    Node root;
    try {
      root = YamlTree.read(file, SIZE_LIMIT, "file not found", EMPTY);
    } catch (YamlException e) {
      throw new SpecFileException(List.of(e.problem()));
    }
    return check(root, file);
  }

  /**
   * Reads a spec held in memory (e.g. a request body, YAML or JSON, UTF-8), refused by its size
   * before parsing when over {@link #SIZE_LIMIT}; {@code name} stands for the file in messages.
   *
   * @throws SpecFileException listing every problem with its line, column and field
   */
  public static Read read(byte[] body, String name) throws SpecFileException {
    Path at = Path.of(name);
    Node root;
    try {
      root = YamlTree.read(body, at, SIZE_LIMIT, EMPTY);
    } catch (YamlException e) {
      throw new SpecFileException(List.of(e.problem()));
    }
    return check(root, at);
  }

  private static Read check(Node root, Path file) throws SpecFileException {
    SpecFile r = new SpecFile(file);
    Read out = r.spec(root);
    if (!r.fields.problems().isEmpty()) {
      throw new SpecFileException(r.fields.problems());
    }
    return out;
  }

  private Read spec(Node root) {
    MapNode top = fields.map(root, "");
    if (top == null) {
      return null;
    }
    fields.onlyKeys(top, List.of("description", "inputs"), "");
    String description =
        top.get("description") == null ? "" : fields.text(top, "description", "", false);
    Node inputsNode = top.get("inputs");
    if (inputsNode == null) {
      fields.problem(
          top,
          "inputs",
          "Missing field 'inputs': list the uncertain inputs, e.g. - winmax: {min: 1, max: 5}");
      return null;
    }
    ListNode list = fields.list(inputsNode, "inputs");
    if (list == null) {
      return null;
    }
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      Input in = input(list.items().get(i), "inputs[" + i + "]");
      if (in != null) {
        inputs.add(in);
      }
    }
    if (list.items().isEmpty()) {
      fields.problem(inputsNode, "inputs", "The list is empty; declare at least one input");
      return null;
    }
    if (fields.count() > 0) {
      return null;
    }
    try {
      return new Read(description == null ? "" : description, new UncertaintySpec(inputs));
    } catch (IllegalArgumentException e) {
      fields.problem(inputsNode, "inputs", e.getMessage());
      return null;
    }
  }

  private Input input(Node n, String path) {
    MapNode m = fields.map(n, path);
    if (m == null) {
      return null;
    }
    List<String> allowed = new ArrayList<>(KINDS);
    allowed.add("name");
    fields.onlyKeys(m, allowed, path);
    List<String> kinds = new ArrayList<>();
    for (String k : m.entries().keySet()) {
      if (KINDS.contains(k)) {
        kinds.add(k);
      }
    }
    if (kinds.size() != 1) {
      fields.problem(
          m,
          path,
          kinds.isEmpty()
              ? "An input needs one of " + String.join(", ", KINDS)
              : "An input has one kind, but this one has "
                  + String.join(" and ", kinds)
                  + "; split it into two inputs");
      return null;
    }
    String name = m.get("name") == null ? null : fields.text(m, "name", path, false);
    String kind = kinds.get(0);
    Node v = m.get(kind);
    String at = YamlFields.field(path, kind);
    int before = fields.count();
    try {
      Input in =
          switch (kind) {
            case "weights" -> weights(name, v, at);
            case "normalisation" -> normalisations(name, v, at);
            case "aggregation" -> aggregations(name, v, at);
            case "winmax" -> winmax(name, v, at);
            case "imputation" -> imputations(name, v, at);
            case "model" -> models(name, v, at);
            case "data" -> data(name, v, at);
            default -> sources(name, v, at);
          };
      return fields.count() > before ? null : in;
    } catch (IllegalArgumentException e) {
      if (fields.count() == before) { // else it follows from a problem already recorded
        fields.problem(v, at, e.getMessage());
      }
      return null;
    }
  }

  private Input weights(String name, Node v, String at) {
    MapNode m = fields.map(v, at);
    if (m == null) {
      return null;
    }
    fields.onlyKeys(m, List.of("noise", "levels", "sets"), at);
    Double noise = fields.number(m, "noise", at, true, 0, 1);
    List<Integer> levels = integers(m, "levels", at);
    Integer sets = m.get("sets") == null ? null : fields.integer(m, "sets", at, false, 1, MAX_SETS);
    return noise == null ? null : new Input.WeightNoise(name, noise, levels, sets);
  }

  private Input normalisations(String name, Node v, String at) {
    ListNode l = fields.list(v, at);
    if (l == null) {
      return null;
    }
    List<NormalisationSpec> out = new ArrayList<>();
    for (int i = 0; i < l.items().size(); i++) {
      Node item = l.items().get(i);
      String p = at + "[" + i + "]";
      try {
        if (item instanceof ScalarNode s) {
          out.add(new NormalisationSpec(Choices.normalisation(s.text()), List.of()));
          continue;
        }
        MapNode m = fields.map(item, p);
        if (m == null) {
          continue;
        }
        String method = fields.text(m, "method", p, true);
        if (method == null) {
          continue;
        }
        Normalisation nm = Choices.normalisation(method);
        List<String> keys = new ArrayList<>(List.of("method"));
        keys.addAll(nm.parameterNames());
        fields.onlyKeys(m, keys, p);
        List<Double> params = new ArrayList<>();
        for (int k = 0; k < nm.parameterNames().size(); k++) {
          Double d = fields.number(m, nm.parameterNames().get(k), p, false);
          params.add(d != null ? d : nm.defaults().get(k));
        }
        out.add(new NormalisationSpec(nm, params));
      } catch (IllegalArgumentException e) {
        fields.problem(item, p, e.getMessage());
      }
    }
    return new Input.Normalisations(name, out);
  }

  private Input aggregations(String name, Node v, String at) {
    Node list = v;
    List<Integer> levels = List.of();
    if (v instanceof MapNode m) {
      fields.onlyKeys(m, List.of("methods", "levels"), at);
      list = m.get("methods");
      levels = integers(m, "levels", at);
      if (list == null) {
        fields.problem(m, at + ".methods", "Missing field 'methods': list the aggregation methods");
        return null;
      }
      at = at + ".methods";
    }
    ListNode l = fields.list(list, at);
    if (l == null) {
      return null;
    }
    List<Aggregation> out = new ArrayList<>();
    for (int i = 0; i < l.items().size(); i++) {
      String p = at + "[" + i + "]";
      String id = fields.text(l.items().get(i), p);
      if (id == null) {
        continue;
      }
      try {
        out.add(Choices.aggregation(id));
      } catch (IllegalArgumentException e) {
        fields.problem(l.items().get(i), p, e.getMessage());
      }
    }
    return new Input.Aggregations(name, out, levels);
  }

  private Input winmax(String name, Node v, String at) {
    MapNode m = fields.map(v, at);
    if (m == null) {
      return null;
    }
    fields.onlyKeys(m, List.of("min", "max"), at);
    Integer min = fields.integer(m, "min", at, true, 0, MAX_WINMAX);
    Integer max = fields.integer(m, "max", at, true, 0, MAX_WINMAX);
    return min == null || max == null ? null : new Input.Winmax(name, min, max);
  }

  private Input imputations(String name, Node v, String at) {
    ListNode l = fields.list(v, at);
    if (l == null) {
      return null;
    }
    List<Impute> out = new ArrayList<>();
    for (int i = 0; i < l.items().size(); i++) {
      Node item = l.items().get(i);
      String p = at + "[" + i + "]";
      try {
        if (item instanceof ScalarNode s) {
          out.add(new Impute(Choices.imputation(s.text()), null, null));
          continue;
        }
        MapNode m = fields.map(item, p);
        if (m == null) {
          continue;
        }
        fields.onlyKeys(m, List.of("method", "group"), p);
        String method = fields.text(m, "method", p, true);
        String group = m.get("group") == null ? null : fields.text(m, "group", p, false);
        if (method != null) {
          Imputation im = Choices.imputation(method);
          out.add(new Impute(im, group, null));
        }
      } catch (IllegalArgumentException e) {
        fields.problem(item, p, e.getMessage());
      }
    }
    return new Input.Imputations(name, out);
  }

  private Input models(String name, Node v, String at) {
    ListNode l = fields.list(v, at);
    if (l == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < l.items().size(); i++) {
      String id = fields.text(l.items().get(i), at + "[" + i + "]");
      if (id != null) {
        out.add(id);
      }
    }
    return new Input.Models(name, out);
  }

  private Input data(String name, Node v, String at) {
    MapNode m = fields.map(v, at);
    if (m == null) {
      return null;
    }
    fields.onlyKeys(m, List.of("indicator", "min", "max", "units"), at);
    String indicator = fields.text(m, "indicator", at, true);
    Double min = fields.number(m, "min", at, true);
    Double max = fields.number(m, "max", at, true);
    List<String> units = fields.strings(m, "units", at);
    if (indicator == null || min == null || max == null) {
      return null;
    }
    return new Input.DataRange(name, indicator, min, max, units);
  }

  private Input sources(String name, Node v, String at) {
    MapNode m = fields.map(v, at);
    if (m == null) {
      return null;
    }
    fields.onlyKeys(m, List.of("indicator", "alternatives"), at);
    String indicator = fields.text(m, "indicator", at, true);
    MapNode alts = fields.requiredMap(m, "alternatives", at);
    if (indicator == null || alts == null) {
      return null;
    }
    Map<String, Sourcing> out = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : alts.entries().entrySet()) {
      Sourcing s = ModelReader.sourcing(fields, e.getValue(), at + ".alternatives." + e.getKey());
      if (s != null) {
        out.put(e.getKey(), s);
      }
    }
    if (out.isEmpty()) {
      fields.problem(alts, at + ".alternatives", "List at least one source choice");
      return null;
    }
    return new Input.DataSources(name, indicator, out);
  }

  private List<Integer> integers(MapNode m, String key, String path) {
    List<Integer> out = new ArrayList<>();
    Node n = m.get(key);
    if (n == null) {
      return out;
    }
    ListNode l = fields.list(n, YamlFields.field(path, key));
    if (l == null) {
      return out;
    }
    for (int i = 0; i < l.items().size(); i++) {
      Integer level =
          fields.integer(
              l.items().get(i), YamlFields.field(path, key) + "[" + i + "]", 1, MAX_LEVEL);
      if (level != null) {
        out.add(level);
      }
    }
    return out;
  }
}
