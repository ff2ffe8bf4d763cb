package org.borderland.core.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderland.core.model.Model;
import org.borderland.core.pipeline.Aggregate;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.AggregationKernel;
import org.borderland.core.pipeline.Dataset;
import org.borderland.core.pipeline.Imputation;
import org.borderland.core.pipeline.Impute;
import org.borderland.core.pipeline.Node;
import org.borderland.core.pipeline.Normalisation;
import org.borderland.core.pipeline.NormalisationSpec;
import org.borderland.core.pipeline.Normalise;
import org.borderland.core.pipeline.Step;
import org.borderland.core.pipeline.Treat;
import org.borderland.core.pipeline.Tree;

/**
 * A model's pipeline run on plain columns: the same steps, in the same order, calling the same
 * per-column functions ({@link Impute#fill}, {@link Treat#treat}, {@link Normalisation#normalise},
 * the {@link AggregationKernel}) as {@link org.borderland.core.pipeline.Pipeline#run} does through
 * its datasets, so every number is the same bit for bit, without building a dataset per step. A
 * ranking keeps only what it needs (the columns after the last impute step and after the last
 * step); an explanation asks for every step's columns and gets COINr's datasets built from them
 * ({@link #datasets}).
 *
 * <p>Columns are indexed as the tree's nodes: its indicators in order, then its aggregates from the
 * lowest level up.
 */
final class ColumnPipeline {
  /** One step on columns; {@code untreated} marks the indicators the treat step skips. */
  private interface Op {
    void apply(double[][] columns, boolean[] untreated, Out out);
  }

  /** One step on columns and the name of the dataset it makes ({@link Step#output}). */
  private record Stage(String output, Op op) {}

  /**
   * What a run leaves: every column after the last step, the indicators after imputation, and when
   * asked, a copy of the columns after each step by the name of its dataset (a repeated step's
   * columns replace its earlier ones and move to the end, as {@link
   * org.borderland.core.pipeline.Pipeline#run} does with datasets).
   */
  static final class Out {
    final double[][] columns;
    double[][] imputed;
    final Map<String, double[][]> steps;

    Out(double[][] columns, boolean keep) {
      this.columns = columns;
      this.steps = keep ? new LinkedHashMap<>() : null;
    }
  }

  private final List<Stage> ops;
  private final int indicators;
  private final int width;
  private final Map<String, Integer> positions;

  private final List<String> codes;

  private ColumnPipeline(
      List<Stage> ops, int indicators, int width, Map<String, Integer> positions) {
    this.ops = List.copyOf(ops);
    this.indicators = indicators;
    this.width = width;
    this.positions = positions;
    String[] byPosition = new String[width];
    positions.forEach((code, p) -> byPosition[p] = code);
    this.codes = List.of(byPosition);
  }

  /**
   * The column form of a model's pipeline over its tree, or {@code null} when a step has none
   * (grouped imputation, carry-forward, screening, denominators, a normalisation whose parameters
   * the tree cannot give) or no step aggregates: the caller then runs the pipeline itself.
   */
  static ColumnPipeline of(Model model, Tree tree) {
    List<Node> inds = tree.indicators();
    List<Node> aggs = tree.aggregates();
    Map<String, Integer> pos = new HashMap<>();
    for (Node n : inds) {
      pos.put(n.code(), pos.size());
    }
    for (Node n : aggs) {
      pos.put(n.code(), pos.size());
    }
    List<Stage> ops = new ArrayList<>();
    boolean aggregated = false;
    for (Step s : ModelPipeline.of(model, Set.of()).steps()) {
      Op op;
      if (s instanceof Impute i) {
        op = impute(i, inds.size());
      } else if (s instanceof Treat t) {
        op = treat(t, inds);
      } else if (s instanceof Normalise n) {
        op = normalise(n, inds);
      } else if (s instanceof Aggregate a) {
        op = aggregate(a, tree, aggs, pos);
        aggregated = true;
      } else {
        op = null;
      }
      if (op == null) {
        return null;
      }
      ops.add(new Stage(s.output(), op));
    }
    return aggregated ? new ColumnPipeline(ops, inds.size(), pos.size(), Map.copyOf(pos)) : null;
  }

  /** The column of a node. */
  int position(String code) {
    Integer p = positions.get(code);
    if (p == null) {
      throw new IllegalArgumentException("No node '" + code + "' in the tree");
    }
    return p;
  }

  /**
   * Runs the steps.
   *
   * @param raw one column per indicator, in tree order; not modified
   * @param untreated per indicator, whether the treat step skips it
   * @throws RuntimeException as the step functions do (the caller reruns the plain pipeline for its
   *     message)
   */
  Out run(double[][] raw, boolean[] untreated) {
    return run(raw, untreated, false);
  }

  /**
   * Runs the steps, keeping a copy of the columns after each one when {@code keep} is set.
   *
   * @see #run(double[][], boolean[])
   */
  Out run(double[][] raw, boolean[] untreated, boolean keep) {
    if (raw.length != indicators || untreated.length != indicators) {
      throw new IllegalArgumentException(
          raw.length + " columns for a tree of " + indicators + " indicators");
    }
    double[][] columns = new double[width][];
    System.arraycopy(raw, 0, columns, 0, indicators);
    Out out = new Out(columns, keep);
    for (Stage stage : ops) {
      stage.op().apply(columns, untreated, out);
      if (keep) {
        double[][] copy = new double[width][];
        for (int j = 0; j < width; j++) {
          copy[j] = columns[j] == null ? null : columns[j].clone();
        }
        out.steps.remove(stage.output());
        out.steps.put(stage.output(), copy);
      }
    }
    return out;
  }

  /**
   * COINr's datasets from a run that kept its steps: {@code raw} (the {@code Raw} dataset, whose
   * indicator columns the run started from), then per step the previous dataset with the step's
   * indicator columns and, from the aggregation on, its aggregates appended in the tree's order —
   * what {@link org.borderland.core.pipeline.Pipeline#run} makes, value for value.
   *
   * @throws IllegalStateException for a run that did not keep its steps
   */
  Map<String, Dataset> datasets(Dataset raw, Out out) {
    if (out.steps == null) {
      throw new IllegalStateException("the run did not keep its steps");
    }
    Map<String, Dataset> datasets = new LinkedHashMap<>();
    datasets.put("Raw", raw);
    Dataset d = raw;
    for (Map.Entry<String, double[][]> step : out.steps.entrySet()) {
      Map<String, double[]> columns = new LinkedHashMap<>();
      double[][] c = step.getValue();
      for (int j = 0; j < width; j++) {
        if (c[j] != null) {
          columns.put(codes.get(j), c[j]);
        }
      }
      d = d.withValues(columns);
      datasets.remove(step.getKey());
      datasets.put(step.getKey(), d);
    }
    return datasets;
  }

  private static Op impute(Impute i, int k) {
    if (i.group() != null || i.method() == Imputation.CARRY_FORWARD) {
      return null;
    }
    if (i.method() == Imputation.NONE) {
      // The step returns its input: "Imputed" is the data as it stands.
      return (c, u, out) -> out.imputed = java.util.Arrays.copyOf(c, k);
    }
    return (c, u, out) -> {
      for (int j = 0; j < k; j++) {
        c[j] = i.fill(c[j]);
      }
      out.imputed = java.util.Arrays.copyOf(c, k);
    };
  }

  private static Op treat(Treat t, List<Node> inds) {
    if (!t.skip().isEmpty()) {
      return null; // a model's treat step skips only what the scorer finds untreatable
    }
    String[] codes = inds.stream().map(Node::code).toArray(String[]::new);
    return (c, u, out) -> {
      for (int j = 0; j < codes.length; j++) {
        if (!u[j]) {
          c[j] = t.treat(codes[j], c[j]).values();
        }
      }
    };
  }

  private static Op normalise(Normalise n, List<Node> inds) {
    int k = inds.size();
    Normalisation[] methods = new Normalisation[k];
    int[] directions = new int[k];
    List<List<Double>> parameters = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      Node node = inds.get(j);
      NormalisationSpec s = n.indicators().getOrDefault(node.code(), n.all());
      try {
        parameters.add(s.parametersFor(node));
      } catch (IllegalArgumentException e) {
        return null; // the plain pipeline reports it
      }
      methods[j] = s.method();
      directions[j] = node.direction();
    }
    for (String code : n.indicators().keySet()) {
      if (inds.stream().noneMatch(x -> x.code().equals(code))) {
        return null;
      }
    }
    return (c, u, out) -> {
      for (int j = 0; j < k; j++) {
        c[j] = methods[j].normalise(c[j], directions[j], parameters.get(j));
      }
    };
  }

  private static Op aggregate(Aggregate a, Tree tree, List<Node> aggs, Map<String, Integer> pos) {
    for (String code : a.nodes().keySet()) {
      if (!tree.has(code) || tree.node(code).isIndicator()) {
        return null;
      }
    }
    for (String code : a.neutral()) {
      if (!tree.has(code) || tree.node(code).isIndicator()) {
        return null;
      }
    }
    int m = aggs.size();
    int[] target = new int[m];
    int[][] children = new int[m][];
    double[][] weights = new double[m][];
    Aggregation[] methods = new Aggregation[m];
    for (int g = 0; g < m; g++) {
      Node agg = aggs.get(g);
      List<Node> ch = tree.children(agg.code());
      target[g] = pos.get(agg.code());
      children[g] = new int[ch.size()];
      weights[g] = new double[ch.size()];
      for (int j = 0; j < ch.size(); j++) {
        children[g][j] = pos.get(ch.get(j).code());
        weights[g][j] = ch.get(j).weight();
      }
      methods[g] = a.methodOf(agg);
    }
    double min = a.minAvailability();
    return (c, u, out) -> {
      AggregationKernel kernel = new AggregationKernel();
      for (int g = 0; g < m; g++) {
        double[] y = new double[c[children[g][0]].length];
        double[][] read = c;
        if (!a.neutral().isEmpty() && a.neutral().contains(aggs.get(g).code())) {
          read = c.clone();
          for (int child : children[g]) {
            read[child] = a.neutralOrAsIs(aggs.get(g), c[child]);
          }
        }
        kernel.aggregate(methods[g], read, null, children[g], weights[g], min, y);
        c[target[g]] = y;
      }
    };
  }
}
