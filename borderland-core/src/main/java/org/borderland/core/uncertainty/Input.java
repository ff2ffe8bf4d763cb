package org.borderland.core.uncertainty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.borderland.core.model.Sourcing;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Imputation;
import org.borderland.core.pipeline.Impute;
import org.borderland.core.pipeline.NormalisationSpec;

/**
 * One uncertain input of an analysis (an entry of COINr's {@code SA_specs}) and its distribution.
 * Each replication draws one 64-bit word per input ({@link Draws}); a discrete input takes
 * alternative {@code ⌊u·n⌋} of its {@code n}, where {@code u} is the word as a uniform number in
 * [0, 1), and a random vector (weight noise, data noise) is generated from the word as a seed, so
 * that a sensitivity design can hold the whole vector fixed while other inputs change.
 */
public sealed interface Input
    permits Input.WeightNoise,
        Input.Normalisations,
        Input.Aggregations,
        Input.Winmax,
        Input.Imputations,
        Input.Models,
        Input.DataRange,
        Input.DataSources {

  /** The name shown in results, e.g. {@code Weights}; unique within a spec. */
  String name();

  /** The kind, as the spec file's key: {@code weights}, {@code normalisation}, … */
  String kind();

  /** One line saying what varies and how. */
  String describe();

  /**
   * Weight noise (COINr's {@code get_noisy_weights}): each weight {@code w} of a node at one of the
   * levels becomes {@code w + (2v − 1)·noise·w} with {@code v} uniform on [0, 1), independently for
   * every node.
   *
   * @param name the input's name
   * @param noise the relative half-width, in (0, 1]: 0.25 is ±25 %
   * @param levels the tree levels whose nodes' weights vary (1 = indicators within their parent);
   *     empty for every level that has a parent
   * @param sets {@code null} to draw fresh noise in every replication, or the number of noisy
   *     weight sets generated once and chosen from uniformly, as COINr's {@code Nrep}
   */
  record WeightNoise(String name, double noise, List<Integer> levels, Integer sets)
      implements Input {
    /** Checks the noise, the levels and the number of sets. */
    public WeightNoise {
      name = nameOr(name, "Weights");
      if (!(noise > 0 && noise <= 1)) {
        throw new IllegalArgumentException(
            "Weight noise " + noise + " is not in (0, 1]; give e.g. 0.25 for ±25 %");
      }
      levels = List.copyOf(levels);
      for (int l : levels) {
        if (l < 1) {
          throw new IllegalArgumentException(
              "Weight noise level " + l + " is not a tree level; levels start at 1 (indicators)");
        }
      }
      if (levels.stream().distinct().count() < levels.size()) {
        throw new IllegalArgumentException("Weight noise lists a level twice: " + levels);
      }
      if (sets != null && sets < 1) {
        throw new IllegalArgumentException(
            "Weight noise sets " + sets + " must be at least 1 (or absent for fresh noise)");
      }
    }

    @Override
    public String kind() {
      return "weights";
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "±%s %% on the weights at ", percent(noise))
          + (levels.isEmpty()
              ? "every level"
              : "level" + (levels.size() > 1 ? "s " : " ") + join(levels))
          + (sets == null ? "" : ", one of " + sets + " noisy weight sets");
    }
  }

  /**
   * The normalisation of every indicator, one of several (COINr's {@code Normalise} {@code
   * global_specs}); per-indicator exceptions of the pipeline are kept.
   *
   * @param name the input's name
   * @param alternatives the methods with their parameters, at least one
   */
  record Normalisations(String name, List<NormalisationSpec> alternatives) implements Input {
    /** Requires at least one alternative. */
    public Normalisations {
      name = nameOr(name, "Normalisation");
      alternatives = atLeastOne(alternatives, "normalisation");
    }

    @Override
    public String kind() {
      return "normalisation";
    }

    @Override
    public String describe() {
      List<String> s = new ArrayList<>();
      for (NormalisationSpec a : alternatives) {
        s.add(describe(a));
      }
      return "one of " + String.join(", ", s);
    }

    /** E.g. {@code min-max [1, 100]}, {@code z-score (mean 10, sd 2)}, {@code rank}. */
    public static String describe(NormalisationSpec a) {
      List<Double> p = a.parameters();
      return switch (a.method()) {
        case MIN_MAX -> a.method().id() + " [" + num(p.get(0)) + ", " + num(p.get(1)) + "]";
        case Z_SCORE -> a.method().id() + " (mean " + num(p.get(0)) + ", sd " + num(p.get(1)) + ")";
        default -> a.method().id() + (p.isEmpty() ? "" : " " + p);
      };
    }
  }

  /**
   * The aggregation method of every aggregate at some levels, one of several (COINr's {@code
   * Aggregate} {@code f_ag}); it replaces the methods the tree or the pipeline set there.
   *
   * @param name the input's name
   * @param alternatives the methods, at least one
   * @param levels the aggregate levels (2 and up) it applies to; empty for all
   */
  record Aggregations(String name, List<Aggregation> alternatives, List<Integer> levels)
      implements Input {
    /** Requires at least one alternative and aggregate levels. */
    public Aggregations {
      name = nameOr(name, "Aggregation");
      alternatives = atLeastOne(alternatives, "aggregation");
      levels = List.copyOf(levels);
      for (int l : levels) {
        if (l < 2) {
          throw new IllegalArgumentException(
              "Aggregation level " + l + " has no aggregates; aggregates are at levels 2 and up");
        }
      }
    }

    @Override
    public String kind() {
      return "aggregation";
    }

    @Override
    public String describe() {
      return "one of "
          + String.join(", ", alternatives.stream().map(Aggregation::id).toList())
          + (levels.isEmpty() ? "" : " at levels " + join(levels));
    }
  }

  /**
   * The most points the treat step winsorises (COINr's {@code winmax}), a whole number uniform on
   * {@code [min, max]}.
   *
   * @param name the input's name
   * @param min the smallest, ≥ 0
   * @param max the largest, ≥ min
   */
  record Winmax(String name, int min, int max) implements Input {
    /** Requires {@code 0 ≤ min ≤ max}. */
    public Winmax {
      name = nameOr(name, "Winmax");
      if (min < 0) {
        throw new IllegalArgumentException("winmax min " + min + " is negative; use 0 or more");
      }
      if (min > max) {
        throw new IllegalArgumentException(
            "winmax min " + min + " is greater than max " + max + "; give min ≤ max, e.g. 1-5");
      }
    }

    @Override
    public String kind() {
      return "winmax";
    }

    @Override
    public String describe() {
      return "winsorise up to a whole number of points from " + min + " to " + max;
    }

    /** How many values it takes. */
    public int size() {
      return max - min + 1;
    }
  }

  /**
   * The imputation step, one of several methods (COINr's {@code Impute} {@code f_i}); a pipeline
   * without an impute step gets one after its denominate and select steps.
   *
   * @param name the input's name
   * @param alternatives the imputations, at least one; carry-forward is not allowed (it needs panel
   *     data, and an analysis ranks one cross-section)
   */
  record Imputations(String name, List<Impute> alternatives) implements Input {
    /** Requires at least one alternative, none carrying forward. */
    public Imputations {
      name = nameOr(name, "Imputation");
      alternatives = atLeastOne(alternatives, "imputation");
      for (Impute i : alternatives) {
        if (i.method() == Imputation.CARRY_FORWARD) {
          throw new IllegalArgumentException(
              "Imputation carry-forward needs panel data; an analysis ranks one cross-section");
        }
      }
    }

    @Override
    public String kind() {
      return "imputation";
    }

    @Override
    public String describe() {
      return "one of "
          + String.join(
              ", ",
              alternatives.stream()
                  .map(i -> i.method().id() + (i.group() == null ? "" : " by " + i.group()))
                  .toList());
    }
  }

  /**
   * The model, one of several variants (e.g. {@code essay} and {@code extended}), each with its own
   * indicators, tree and pipeline, scoring the same targets.
   *
   * @param name the input's name
   * @param variants the variants' labels, at least one
   */
  record Models(String name, List<String> variants) implements Input {
    /** Requires at least one variant and no repeats. */
    public Models {
      name = nameOr(name, "Model");
      variants = atLeastOne(variants, "model");
      if (variants.stream().distinct().count() < variants.size()) {
        throw new IllegalArgumentException("A model is listed twice: " + variants);
      }
    }

    @Override
    public String kind() {
      return "model";
    }

    @Override
    public String describe() {
      return "one of " + String.join(", ", variants);
    }
  }

  /**
   * Data uncertainty within a range: each unit's raw value of an indicator is multiplied by its own
   * factor, uniform on {@code [min, max]} (e.g. 0.9–1.1 for ±10 %), independently per unit.
   *
   * @param name the input's name
   * @param indicator the indicator's code
   * @param min the smallest factor, finite
   * @param max the largest factor, ≥ min
   * @param units the units whose value varies; empty for all
   */
  record DataRange(String name, String indicator, double min, double max, List<String> units)
      implements Input {
    /** Requires a finite range with {@code min ≤ max}. */
    public DataRange {
      Objects.requireNonNull(indicator, "indicator");
      name = nameOr(name, "Data " + indicator);
      if (!Double.isFinite(min) || !Double.isFinite(max)) {
        throw new IllegalArgumentException(
            "Data range of '" + indicator + "' must be finite: min " + min + ", max " + max);
      }
      if (min > max) {
        throw new IllegalArgumentException(
            "Data range of '"
                + indicator
                + "': min "
                + num(min)
                + " is greater than max "
                + num(max)
                + "; give min ≤ max, e.g. min 0.9, max 1.1");
      }
      units = List.copyOf(units);
    }

    @Override
    public String kind() {
      return "data";
    }

    @Override
    public String describe() {
      return indicator
          + " × a factor uniform on ["
          + num(min)
          + ", "
          + num(max)
          + "] per "
          + (units.isEmpty() ? "unit" : "unit of " + String.join(", ", units));
    }
  }

  /**
   * Data uncertainty across sources that disagree: an indicator of a model is computed from one of
   * several source choices (e.g. the Factbook's military spending or SIPRI's), chosen uniformly.
   *
   * @param name the input's name
   * @param indicator the model indicator's id
   * @param alternatives label → the datasets to read, in order of preference; at least one
   */
  record DataSources(String name, String indicator, Map<String, Sourcing> alternatives)
      implements Input {
    /** Copies the alternatives, keeping their order; requires at least one. */
    public DataSources {
      Objects.requireNonNull(indicator, "indicator");
      name = nameOr(name, "Sources " + indicator);
      if (alternatives.isEmpty()) {
        throw new IllegalArgumentException(
            "Sources of '" + indicator + "' list no alternative; give at least one");
      }
      alternatives = Collections.unmodifiableMap(new LinkedHashMap<>(alternatives));
    }

    @Override
    public String kind() {
      return "sources";
    }

    @Override
    public String describe() {
      List<String> s = new ArrayList<>();
      alternatives.forEach((k, v) -> s.add(k + " (" + v.describe() + ")"));
      return indicator + " from one of " + String.join(", ", s);
    }

    /** The labels, in order. */
    public List<String> labels() {
      return List.copyOf(alternatives.keySet());
    }
  }

  private static String nameOr(String name, String fallback) {
    return name == null || name.isBlank() ? fallback : name.strip();
  }

  private static <T> List<T> atLeastOne(List<T> list, String what) {
    List<T> copy = List.copyOf(list);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(
          "The " + what + " input lists no alternative; give at least one");
    }
    return copy;
  }

  private static String join(List<Integer> levels) {
    return String.join(", ", levels.stream().map(String::valueOf).toList());
  }

  private static String percent(double f) {
    return java.math.BigDecimal.valueOf(f).movePointRight(2).stripTrailingZeros().toPlainString();
  }

  /** A number without a trailing {@code .0}. */
  static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
