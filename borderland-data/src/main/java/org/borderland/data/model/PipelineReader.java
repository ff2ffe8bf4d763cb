package org.borderland.data.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.borderland.core.model.ModelStep;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Imputation;
import org.borderland.core.pipeline.NormalisationSpec;
import org.borderland.data.yaml.YamlFields;
import org.borderland.data.yaml.YamlTree.ListNode;
import org.borderland.data.yaml.YamlTree.MapNode;
import org.borderland.data.yaml.YamlTree.Node;
import org.borderland.data.yaml.YamlTree.ScalarNode;

/**
 * Reads a model file's {@code pipeline:} list into checked {@link ModelStep}s. Each bad step or
 * parameter is recorded with its field ({@code pipeline[2].winmax}) and what is allowed there, so
 * the model never holds a step that fails only when it is scored. Parameters left out take their
 * defaults (see {@code docs/model-file.md}); method names are read ignoring case.
 */
final class PipelineReader {
  /** COINr steps that a composite's pipeline file runs but a model cannot. */
  private static final List<String> COMPOSITE_ONLY = List.of("denominate", "screen");

  private static final List<String> IMPUTATIONS = List.of("none", "mean", "median");
  private static final List<String> NORMALISATIONS = List.of("min_max", "z_score", "rank");

  /** Each normalisation method's parameters, for naming one given to the wrong method. */
  private static final Map<String, List<String>> NORMALISATION_PARAMETERS =
      Map.of(
          "min_max", List.of("low", "high"), "z_score", List.of("mean", "sd"), "rank", List.of());

  private final YamlFields fields;

  /** A reader recording its problems in {@code fields}. */
  PipelineReader(YamlFields fields) {
    this.fields = Objects.requireNonNull(fields, "fields");
  }

  /** One step as written: its mapping, its field path and each parameter's value as text. */
  private record Written(MapNode map, String path, Map<String, String> values) {
    Node node(String key) {
      return map.get(key);
    }

    String field(String key) {
      return path + "." + key;
    }
  }

  /**
   * The steps of the list {@code n} (none when {@code n} is null), leaving out each bad one and
   * recording why.
   */
  List<ModelStep> pipeline(Node n) {
    List<ModelStep> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    ListNode list = fields.list(n, "pipeline");
    if (list == null) {
      return out;
    }
    for (int i = 0; i < list.items().size(); i++) {
      ModelStep s = step(list.items().get(i), "pipeline[" + i + "]");
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private ModelStep step(Node item, String path) {
    MapNode m = fields.map(item, path);
    if (m == null) {
      return null;
    }
    if (m.get("step") == null) {
      fields.problem(
          m,
          path + ".step",
          "Missing field 'step': say which step this is, one of "
              + String.join(", ", ModelStep.STEPS));
      return null;
    }
    String step = fields.text(m.get("step"), path + ".step");
    if (step == null) {
      return null;
    }
    if (COMPOSITE_ONLY.contains(step)) {
      fields.problem(
          m.get("step"),
          path + ".step",
          "Pipeline step '"
              + step
              + "' runs only in a composite's pipeline file, not in a model; allowed: "
              + String.join(", ", ModelStep.STEPS));
      return null;
    }
    if (!ModelStep.STEPS.contains(step)) {
      fields.unknown(m.get("step"), path + ".step", "pipeline step", step, ModelStep.STEPS);
      return null;
    }
    int before = fields.count();
    Written w = new Written(m, path, values(m, path));
    ModelStep s =
        switch (step) {
          case "impute" -> impute(w);
          case "treat" -> treat(w);
          case "normalise" -> normalise(w);
          case "aggregate" -> aggregate(w);
          default -> throw new IllegalStateException("Step '" + step + "' is in ModelStep.STEPS");
        };
    return fields.count() > before ? null : s;
  }

  /** {@code method}: none (default), mean or median. */
  private ModelStep impute(Written w) {
    fields.onlyKeys(w.map(), List.of("step", "method"), w.path());
    String method = method(w, "none", "impute method", IMPUTATIONS);
    return method == null
        ? null
        : new ModelStep.Impute(Imputation.valueOf(method.toUpperCase(Locale.ROOT)));
  }

  /** {@code winmax} (whole, ≥ 0, default 5), {@code skew} (&gt; 0, default 2), {@code kurtosis}. */
  private ModelStep treat(Written w) {
    fields.onlyKeys(w.map(), List.of("step", "winmax", "skew", "kurtosis"), w.path());
    Integer winmax = whole(w, "winmax", 5);
    Double skew = number(w, "skew", 2, true);
    Double kurtosis = number(w, "kurtosis", 3.5, false);
    if (winmax == null || skew == null || kurtosis == null) {
      return null;
    }
    return new ModelStep.Treat(winmax, skew, kurtosis);
  }

  /**
   * {@code method}: min_max (default; {@code low} 0, {@code high} 100), z_score ({@code mean} 0,
   * {@code sd} 1) or rank; a parameter of another method is refused.
   */
  private ModelStep normalise(Written w) {
    fields.onlyKeys(w.map(), List.of("step", "method", "low", "high", "mean", "sd"), w.path());
    String method = method(w, "min_max", "normalise method", NORMALISATIONS);
    if (method == null) {
      return null;
    }
    for (String other : NORMALISATIONS) {
      if (other.equals(method)) {
        continue;
      }
      for (String p : NORMALISATION_PARAMETERS.get(other)) {
        if (w.node(p) != null) {
          fields.problem(
              w.map().key(p),
              w.field(p),
              "Parameter '"
                  + p
                  + "' belongs to normalise method "
                  + other
                  + ", not "
                  + method
                  + "; remove it, or set method: "
                  + other);
        }
      }
    }
    return switch (method) {
      case "min_max" -> {
        Double low = number(w, "low", 0, false);
        Double high = number(w, "high", 100, false);
        if (low == null || high == null) {
          yield null;
        }
        if (!(low < high)) {
          String at = w.node("high") != null ? "high" : "low";
          fields.problem(
              w.node(at), w.field(at), "low (" + low + ") must be less than high (" + high + ")");
          yield null;
        }
        yield new ModelStep.Normalise(NormalisationSpec.minMax(low, high));
      }
      case "z_score" -> {
        Double mean = number(w, "mean", 0, false);
        Double sd = number(w, "sd", 1, true);
        yield mean == null || sd == null
            ? null
            : new ModelStep.Normalise(NormalisationSpec.zScore(mean, sd));
      }
      case "rank" -> new ModelStep.Normalise(NormalisationSpec.rank());
      default -> throw new IllegalStateException("Method '" + method + "' is in NORMALISATIONS");
    };
  }

  /** {@code method}: arithmetic (default), geometric or harmonic (or their long ids). */
  private ModelStep aggregate(Written w) {
    fields.onlyKeys(w.map(), List.of("step", "method"), w.path());
    if (w.node("method") != null && !w.values().containsKey("method")) {
      return null; // its value was refused already
    }
    String v = w.values().getOrDefault("method", "arithmetic").toLowerCase(Locale.ROOT);
    Optional<Aggregation> a = Aggregation.fromId(v);
    if (a.isEmpty()) {
      fields.unknown(
          w.node("method"), w.field("method"), "aggregate method", v, Aggregation.shortIds());
      return null;
    }
    return new ModelStep.Aggregate(a.get());
  }

  // ------------------------------------------------------------------------------------------
  // Parameter helpers: each records its own problem and returns null when the value is unusable.

  /** The method named, lower case, one of {@code allowed}; {@code fallback} when absent. */
  private String method(Written w, String fallback, String what, List<String> allowed) {
    if (w.node("method") != null && !w.values().containsKey("method")) {
      return null; // its value was refused already
    }
    String v = w.values().getOrDefault("method", fallback).toLowerCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      fields.unknown(w.node("method"), w.field("method"), what, v, allowed);
      return null;
    }
    return v;
  }

  /** A finite number ({@code > 0} when {@code positive}); {@code fallback} when absent. */
  private Double number(Written w, String key, double fallback, boolean positive) {
    Node n = w.node(key);
    if (n == null) {
      return fallback;
    }
    String text = w.values().get(key);
    if (text == null) {
      return null; // its value was refused already
    }
    String expected = positive ? "a number > 0" : "a number";
    double d;
    try {
      d = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      d = Double.NaN;
    }
    if (!Double.isFinite(d) || (positive && !(d > 0))) {
      fields.problem(
          n,
          w.field(key),
          "Expected " + expected + " (default " + plain(fallback) + "), not " + n.describe());
      return null;
    }
    return d;
  }

  /** A whole number ≥ 0; {@code fallback} when absent. */
  private Integer whole(Written w, String key, int fallback) {
    Node n = w.node(key);
    if (n == null) {
      return fallback;
    }
    String text = w.values().get(key);
    if (text == null) {
      return null; // its value was refused already
    }
    int v;
    try {
      v = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      v = -1;
    }
    if (v < 0) {
      fields.problem(
          n,
          w.field(key),
          "Expected a whole number ≥ 0 (default " + fallback + "), not " + n.describe());
      return null;
    }
    return v;
  }

  /**
   * Each parameter's value as text, in file order; a value that is not a single word or finite
   * number is recorded and left out.
   */
  private Map<String, String> values(MapNode m, String path) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      if (e.getKey().equals("step")) {
        continue;
      }
      String field = path + "." + e.getKey();
      if (e.getValue() instanceof ScalarNode s && !s.isNull() && !s.text().isBlank()) {
        String v = parameter(s, field);
        if (v != null) {
          out.put(e.getKey(), v);
        }
      } else if (e.getValue() instanceof ScalarNode) {
        fields.problem(
            e.getValue(),
            field,
            "Missing value for '"
                + e.getKey()
                + "': give a number or a word, or leave the line out for the default");
      } else {
        fields.problem(
            e.getValue(),
            field,
            "A pipeline parameter must be a single value (a number or a word)");
      }
    }
    return out;
  }

  /**
   * A parameter as text: a number as YAML reads it, in plain decimal ({@code 0x10} is {@code 16},
   * {@code 1_000} is {@code 1000}), so that a plain parse of the text agrees with YAML; null
   * (recorded) for a number that is not finite, or a word that a plain parse would take for one
   * that is not ({@code NaN}, {@code Infinity}, a quoted {@code '1e400'}).
   */
  private String parameter(ScalarNode s, String field) {
    if (s.isInteger() && s.number() != null) {
      return s.number().toString();
    }
    if (s.isNumber()) {
      Double d = fields.number(s, field, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
      return d == null ? null : d.toString();
    }
    try {
      if (!Double.isFinite(Double.parseDouble(s.text()))) {
        fields.problem(s, field, "Expected a word or a finite number, not " + s.describe());
        return null;
      }
    } catch (NumberFormatException e) {
      // a word: the step checks it
    }
    return s.text();
  }

  /** {@code 0} for 0.0, {@code 3.5} for 3.5. */
  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
