package org.borderland.core.uncertainty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.NormalisationSpec;

/**
 * The uncertain inputs of an analysis, in order (the order of the sensitivity indices, and of the
 * words each replication draws).
 *
 * @param inputs at least one; names unique; at most one normalisation, winmax, imputation and model
 *     input; weight-noise and aggregation inputs on disjoint levels; one data input of each kind
 *     per indicator
 */
public record UncertaintySpec(List<Input> inputs) {

  /** Checks the inputs together. */
  public UncertaintySpec {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException(
          "No uncertain inputs: declare at least one (weights, normalisation, aggregation, winmax,"
              + " imputation, model, data, sources)");
    }
    Set<String> names = new HashSet<>();
    Set<String> single = new HashSet<>();
    Set<String> data = new HashSet<>();
    List<List<Integer>> weightLevels = new ArrayList<>();
    List<List<Integer>> aggregationLevels = new ArrayList<>();
    for (Input in : inputs) {
      if (!names.add(in.name())) {
        throw new IllegalArgumentException(
            "Two inputs are named '" + in.name() + "'; give each a different name");
      }
      if (in instanceof Input.WeightNoise w) {
        overlap(weightLevels, w.levels(), "weights");
      } else if (in instanceof Input.Aggregations a) {
        overlap(aggregationLevels, a.levels(), "aggregation");
      } else if (in instanceof Input.DataRange r) {
        if (!data.add("range " + r.indicator())) {
          throw new IllegalArgumentException(
              "Two data ranges for indicator '" + r.indicator() + "'; keep one");
        }
      } else if (in instanceof Input.DataSources s) {
        if (!data.add("sources " + s.indicator())) {
          throw new IllegalArgumentException(
              "Two source choices for indicator '" + s.indicator() + "'; keep one");
        }
      } else if (!single.add(in.kind())) {
        throw new IllegalArgumentException(
            "Two " + in.kind() + " inputs; an analysis takes one (list every alternative in it)");
      }
    }
  }

  /**
   * The documented default: ±25 % noise on the weights at every level, min-max onto [1, 100] or
   * rank normalisation, arithmetic or geometric mean. Min-max is onto [1, 100] rather than [0, 100]
   * so that the geometric mean, which needs positive values, can follow it (as in COINr's
   * sensitivity vignette); with the arithmetic mean it ranks as [0, 100] does.
   */
  public static UncertaintySpec defaults() {
    return new UncertaintySpec(
        List.of(
            new Input.WeightNoise("Weights", 0.25, List.of(), null),
            new Input.Normalisations(
                "Normalisation",
                List.of(NormalisationSpec.minMax(1, 100), NormalisationSpec.rank())),
            new Input.Aggregations(
                "Aggregation",
                List.of(Aggregation.ARITHMETIC_MEAN, Aggregation.GEOMETRIC_MEAN),
                List.of())));
  }

  /** The number of inputs ({@code d} in COINr). */
  public int size() {
    return inputs.size();
  }

  /** The names, in order. */
  public List<String> names() {
    return inputs.stream().map(Input::name).toList();
  }

  private static void overlap(List<List<Integer>> seen, List<Integer> levels, String what) {
    for (List<Integer> s : seen) {
      if (s.isEmpty() || levels.isEmpty() || s.stream().anyMatch(levels::contains)) {
        throw new IllegalArgumentException(
            "Two "
                + what
                + " inputs act on the same level ("
                + (s.isEmpty() ? "every level" : s)
                + " and "
                + (levels.isEmpty() ? "every level" : levels)
                + "); give them different levels");
      }
    }
    seen.add(levels);
  }
}
