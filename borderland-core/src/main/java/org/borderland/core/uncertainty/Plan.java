package org.borderland.core.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.borderland.core.pipeline.Aggregate;
import org.borderland.core.pipeline.Step;
import org.borderland.core.pipeline.Tree;

/**
 * One variant of an analysis's subject bound to the inputs: which weights, aggregates, indicators
 * and rows each input acts on, and the perturbations of one replication's draws.
 */
final class Plan {
  final int index;
  final Variant variant;
  final Tree tree;
  final double[][] raw;
  final Aggregator aggregator;
  final boolean cacheable;

  /** Per input: the positions whose weight it perturbs (weight noise), else empty. */
  final int[][] weightPositions;

  /** Per weight input with fixed sets: the values at its positions, per set. */
  final double[][][] weightSets;

  /** Per input: the aggregates whose method it sets (aggregation), else empty. */
  final int[][] aggregatesAt;

  /** Per input: the indicator position it acts on (data, sources), or -1. */
  final int[] indicatorAt;

  /** Per data-range input: whether each raw row varies. */
  final boolean[][] rowsVarying;

  /** Per sources input: the raw column of each alternative (null where not applicable). */
  final double[][][] sourceColumns;

  private final List<Input> inputs;

  /**
   * Binds a variant to the inputs.
   *
   * @param index the variant's position in the subject
   * @param seed the analysis's seed (fixed weight sets are drawn from it)
   * @throws IllegalArgumentException when the variant's pipeline does not end with an aggregate
   *     step, or its tree has more than one root
   */
  Plan(int index, Variant variant, List<Input> inputs, long seed) {
    this.index = index;
    this.inputs = inputs;
    this.variant = variant;
    this.tree = variant.tree();
    this.raw = variant.raw();
    Variant.Setup nominal = variant.setup(raw);
    List<Step> steps = nominal.pipeline().steps();
    if (steps.isEmpty() || !(steps.get(steps.size() - 1) instanceof Aggregate)) {
      throw new IllegalArgumentException(
          "The pipeline of '"
              + variant.label()
              + "' must end with an aggregate step (it ends with "
              + (steps.isEmpty() ? "nothing" : "'" + steps.get(steps.size() - 1).name() + "'")
              + "): an analysis ranks the aggregated index");
    }
    this.aggregator = new Aggregator(tree, (Aggregate) steps.get(steps.size() - 1));
    int d = inputs.size();
    weightPositions = new int[d][];
    weightSets = new double[d][][];
    aggregatesAt = new int[d][];
    indicatorAt = new int[d];
    rowsVarying = new boolean[d][];
    sourceColumns = new double[d][][];
    boolean anyRange = false;
    List<String> codes = tree.indicatorCodes();
    for (int j = 0; j < d; j++) {
      Input in = inputs.get(j);
      weightPositions[j] = new int[0];
      aggregatesAt[j] = new int[0];
      indicatorAt[j] = -1;
      if (in instanceof Input.WeightNoise wn) {
        weightPositions[j] = aggregator.positionsAtLevels(wn.levels());
        if (wn.sets() != null) {
          weightSets[j] = new double[wn.sets()][];
          for (int s = 0; s < wn.sets(); s++) {
            double[] wt = aggregator.baseWeights();
            SplittableRandom g = Draws.generator(seed, Draws.WEIGHT_SETS + j, s);
            noise(wn.noise(), weightPositions[j], g, wt);
            double[] at = new double[weightPositions[j].length];
            for (int k = 0; k < at.length; k++) {
              at[k] = wt[weightPositions[j][k]];
            }
            weightSets[j][s] = at;
          }
        }
      } else if (in instanceof Input.Aggregations ag) {
        aggregatesAt[j] = aggregator.aggregatesAtLevels(ag.levels());
      } else if (in instanceof Input.DataRange r) {
        indicatorAt[j] = codes.indexOf(r.indicator());
        if (indicatorAt[j] >= 0) {
          anyRange = true;
          List<String> units = variant.units();
          rowsVarying[j] = new boolean[units.size()];
          for (int i = 0; i < units.size(); i++) {
            rowsVarying[j][i] = r.units().isEmpty() || r.units().contains(units.get(i));
          }
        }
      } else if (in instanceof Input.DataSources s) {
        indicatorAt[j] = codes.indexOf(s.indicator());
        if (indicatorAt[j] >= 0) {
          List<String> labels = s.labels();
          sourceColumns[j] = new double[labels.size()][];
          for (int k = 0; k < labels.size(); k++) {
            sourceColumns[j][k] = variant.sourceColumn(s, labels.get(k));
          }
        }
      }
    }
    this.cacheable = !anyRange;
  }

  /** Per sources input acting on this variant, the alternative drawn; in input order. */
  List<Integer> sourceChoices(long[] w) {
    List<Integer> out = null;
    for (int j = 0; j < inputs.size(); j++) {
      if (sourceColumns[j] != null) {
        if (out == null) {
          out = new ArrayList<>();
        }
        out.add(Draws.discrete(w[j], sourceColumns[j].length));
      }
    }
    return out == null ? List.of() : List.copyOf(out);
  }

  /**
   * The raw columns with the chosen sources (new arrays); an empty list (the nominal) keeps every
   * indicator's own source.
   */
  double[][] rawWith(List<Integer> sources) {
    double[][] out = raw.clone();
    int k = 0;
    for (int j = 0; j < inputs.size() && !sources.isEmpty(); j++) {
      if (sourceColumns[j] != null) {
        out[indicatorAt[j]] = sourceColumns[j][sources.get(k++)];
      }
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = out[i].clone();
    }
    return out;
  }

  /** Multiplies the varying rows of a data-range input's indicator by their factors. */
  void perturbData(int j, Input.DataRange range, long word, double[][] columns) {
    if (indicatorAt[j] < 0) {
      return;
    }
    SplittableRandom g = new SplittableRandom(word);
    double[] c = columns[indicatorAt[j]];
    for (int i = 0; i < c.length; i++) {
      double f = range.min() + g.nextDouble() * (range.max() - range.min());
      if (rowsVarying[j][i]) {
        c[i] *= f;
      }
    }
  }

  /** Applies a weight-noise input's draw to the weights. */
  void perturb(int j, Input.WeightNoise noise, long word, double[] weights) {
    int[] pos = weightPositions[j];
    if (noise.sets() != null) {
      double[] set = weightSets[j][Draws.discrete(word, noise.sets())];
      for (int k = 0; k < pos.length; k++) {
        weights[pos[k]] = set[k];
      }
      return;
    }
    noise(noise.noise(), pos, new SplittableRandom(word), weights);
  }

  /** COINr's {@code get_noisy_weights}: {@code w + (2v − 1)·noise·w} at each position in order. */
  private static void noise(double noise, int[] positions, SplittableRandom g, double[] weights) {
    for (int p : positions) {
      double wt = weights[p];
      weights[p] = wt + (g.nextDouble() * 2 - 1) * noise * wt;
    }
  }
}
