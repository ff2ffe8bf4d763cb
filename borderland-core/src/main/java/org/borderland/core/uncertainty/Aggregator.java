package org.borderland.core.uncertainty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.borderland.core.pipeline.Aggregate;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.AggregationKernel;
import org.borderland.core.pipeline.Node;
import org.borderland.core.pipeline.Tree;

/**
 * The aggregate step on columns, for the replications of an analysis: indicators at positions
 * {@code 0…k−1}, aggregates from the lowest level up at {@code k…}, each through the {@link
 * AggregationKernel} as {@link Aggregate#apply} computes it, with the replication's weights and
 * methods.
 */
final class Aggregator {
  private final Tree tree;
  private final int k;
  private final int m;
  private final Node[] aggregates;
  private final int[][] children;
  private final int[] levels;
  final double[] weights;
  final Aggregation[] defaultMethods;
  private final double minAvailability;
  private final int root;
  private final Aggregate step;

  Aggregator(Tree tree, Aggregate step) {
    this.tree = tree;
    this.step = step;
    List<Node> inds = tree.indicators();
    List<Node> aggs = tree.aggregates();
    k = inds.size();
    m = aggs.size();
    if (tree.roots().size() != 1) {
      throw new IllegalArgumentException(
          "The tree has "
              + tree.roots().size()
              + " top-level nodes ("
              + String.join(", ", tree.roots().stream().map(Node::code).toList())
              + "); an analysis ranks one index, so give the tree a single root");
    }
    Map<String, Integer> pos = new HashMap<>();
    levels = new int[k + m];
    weights = new double[k + m];
    for (int i = 0; i < k; i++) {
      pos.put(inds.get(i).code(), i);
      levels[i] = 1;
      weights[i] = inds.get(i).weight();
    }
    aggregates = aggs.toArray(Node[]::new);
    for (int g = 0; g < m; g++) {
      pos.put(aggs.get(g).code(), k + g);
      levels[k + g] = aggs.get(g).level();
      weights[k + g] = aggs.get(g).weight();
    }
    children = new int[m][];
    defaultMethods = new Aggregation[m];
    for (int g = 0; g < m; g++) {
      List<Node> ch = tree.children(aggs.get(g).code());
      children[g] = new int[ch.size()];
      for (int j = 0; j < ch.size(); j++) {
        children[g][j] = pos.get(ch.get(j).code());
      }
      defaultMethods[g] = step.methodOf(aggs.get(g));
    }
    for (String code : step.nodes().keySet()) {
      if (!tree.has(code) || tree.node(code).isIndicator()) {
        throw new IllegalArgumentException(
            "aggregate step: '" + code + "' in 'nodes' is not an aggregate of the tree");
      }
    }
    for (String code : step.neutral()) {
      if (!tree.has(code) || tree.node(code).isIndicator()) {
        throw new IllegalArgumentException(
            "aggregate step: '" + code + "' in 'neutral' is not an aggregate of the tree");
      }
    }
    minAvailability = step.minAvailability();
    root = pos.get(tree.roots().get(0).code());
  }

  double[] baseWeights() {
    return weights.clone();
  }

  Aggregation[] methods() {
    return defaultMethods.clone();
  }

  /**
   * Positions of the nodes at these levels (every level below the top when empty), in position
   * order (level by level, tree order within a level).
   */
  int[] positionsAtLevels(List<Integer> at) {
    int max = tree.maxLevel();
    List<Integer> out = new ArrayList<>();
    for (int p = 0; p < levels.length; p++) {
      if (at.isEmpty() ? levels[p] < max : at.contains(levels[p])) {
        out.add(p);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Aggregate indices ({@code g}) at these levels, all when empty. */
  int[] aggregatesAtLevels(List<Integer> at) {
    List<Integer> out = new ArrayList<>();
    for (int g = 0; g < m; g++) {
      if (at.isEmpty() || at.contains(levels[k + g])) {
        out.add(g);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * One thread's columns, logarithms, child weights and kernel, reused from replication to
   * replication.
   */
  static final class Buffers {
    double[][] columns;
    double[][] logs;
    double[][] childWeights;
    AggregationKernel kernel;
  }

  Buffers buffers() {
    Buffers b = new Buffers();
    b.columns = new double[k + m][];
    b.logs = new double[k + m][];
    b.childWeights = new double[m][];
    b.kernel = new AggregationKernel();
    for (int g = 0; g < m; g++) {
      b.childWeights[g] = new double[children[g].length];
    }
    return b;
  }

  /**
   * The index of every row of the prepared data: each aggregate from the lowest level up through
   * the {@link AggregationKernel}, as {@link Aggregate#apply} computes it. The geometric mean reads
   * the indicators' logarithms from the prepared data.
   *
   * @param weights per position
   * @param methods per aggregate
   * @param b buffers, or null for new ones
   * @return a new array
   * @throws IllegalArgumentException for a weight that is not a finite number ≥ 0
   * @throws Analysis.Failed for a value an aggregate's method cannot take, naming the aggregate,
   *     the method and the unit
   */
  double[] run(Prepared p, double[] weights, Aggregation[] methods, Buffers b) {
    Buffers buf = b == null ? buffers() : b;
    double[][] c = buf.columns;
    double[][] logs = buf.logs;
    System.arraycopy(p.columns(), 0, c, 0, k);
    System.arraycopy(p.logs(), 0, logs, 0, k);
    int rows = p.universe().length;
    for (int g = 0; g < m; g++) {
      if (c[k + g] == null || c[k + g].length != rows) {
        c[k + g] = new double[rows];
      }
    }
    Aggregation.checkWeights(weights);
    for (int g = 0; g < m; g++) {
      int[] ch = children[g];
      double[] w = buf.childWeights[g];
      for (int j = 0; j < ch.length; j++) {
        w[j] = weights[ch[j]];
      }
      Aggregation a = methods[g];
      double[][] read = c;
      double[][] readLogs = logs;
      if (!step.neutral().isEmpty() && step.neutral().contains(aggregates[g].code())) {
        read = c.clone(); // missing children at their mean, as Aggregate#apply reads them
        readLogs = logs.clone();
        for (int child : ch) {
          read[child] = step.neutralOrAsIs(aggregates[g], c[child]);
          readLogs[child] = null;
        }
      }
      try {
        buf.kernel.aggregate(a, read, readLogs, ch, w, minAvailability, c[k + g]);
      } catch (AggregationKernel.Refused e) {
        throw new Analysis.Failed(Aggregate.failure(aggregates[g], a, p.units().get(e.row()), e));
      }
    }
    return c[root].clone();
  }
}
