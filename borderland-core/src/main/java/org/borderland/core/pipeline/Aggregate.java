package org.borderland.core.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Aggregates up the tree, level by level (COINr's {@code Aggregate}, R/aggregate.R): each aggregate
 * is its children's scores combined by the {@link AggregationKernel} with the children's {@link
 * Node#weight() weights} (checked by {@link Node}); missing children are skipped and the remaining
 * weights rescaled. Adds one value column per aggregate.
 *
 * <p>The method of an aggregate is, first found: {@code nodes}, the node's own {@link
 * Node#aggregation()}, {@code method}.
 *
 * @param method the default method
 * @param nodes per-aggregate methods
 * @param minAvailability a unit's aggregate is missing when fewer than this share of the children
 *     are present (COINr's {@code dat_thresh}); 0 for no limit
 * @param neutral aggregates whose missing children count as neutral: a unit without a child's score
 *     gets that child's mean over the units that have it ({@link Imputation#MEAN}), so the child
 *     keeps its weight instead of the others being rescaled (a Borderland extension; empty in
 *     COINr's pipelines)
 */
public record Aggregate(
    Aggregation method, Map<String, Aggregation> nodes, double minAvailability, Set<String> neutral)
    implements Step {

  /** Checks the method and the availability threshold. */
  public Aggregate {
    Objects.requireNonNull(method, "method");
    nodes = Map.copyOf(nodes);
    neutral = Set.copyOf(neutral);
    if (!(minAvailability >= 0 && minAvailability <= 1)) {
      throw new IllegalArgumentException(
          "minAvailability " + minAvailability + " is not in [0, 1]");
    }
  }

  /** COINr's step: missing children are skipped and the others' weights rescaled. */
  public Aggregate(Aggregation method, Map<String, Aggregation> nodes, double minAvailability) {
    this(method, nodes, minAvailability, Set.of());
  }

  /** The same method everywhere, no availability limit. */
  public static Aggregate all(Aggregation method) {
    return new Aggregate(method, Map.of(), 0);
  }

  @Override
  public String name() {
    return "aggregate";
  }

  @Override
  public String output() {
    return "Aggregated";
  }

  /** The method used for an aggregate. */
  public Aggregation methodOf(Node n) {
    Aggregation a = nodes.get(n.code());
    if (a != null) {
      return a;
    }
    return n.aggregation() != null ? n.aggregation() : method;
  }

  @Override
  public Dataset apply(Dataset data, Tree tree) {
    for (String code : nodes.keySet()) {
      if (!tree.has(code) || tree.node(code).isIndicator()) {
        throw new PipelineException(
            name(), "'" + code + "' in 'nodes' is not an aggregate of the tree");
      }
    }
    for (String code : neutral) {
      if (!tree.has(code) || tree.node(code).isIndicator()) {
        throw new PipelineException(
            name(), "'" + code + "' in 'neutral' is not an aggregate of the tree");
      }
    }
    Indicators.of(data, tree, name());
    Dataset d = data;
    AggregationKernel kernel = new AggregationKernel();
    for (Node agg : tree.aggregates()) {
      List<Node> children = tree.children(agg.code());
      double[][] cols = new double[children.size()][];
      int[] positions = new int[cols.length];
      double[] w = new double[cols.length];
      for (int j = 0; j < cols.length; j++) {
        cols[j] = neutralOrAsIs(agg, d.values(children.get(j).code()));
        positions[j] = j;
        w[j] = children.get(j).weight();
      }
      Aggregation a = methodOf(agg);
      double[] y = new double[d.rows()];
      try {
        kernel.aggregate(a, cols, null, positions, w, minAvailability, y);
      } catch (AggregationKernel.Refused e) {
        throw new PipelineException(name(), failure(agg, a, d.unit(e.row()), e), e);
      }
      d = d.withValues(agg.code(), y);
    }
    return d;
  }

  /**
   * A child's column as an aggregate reads it: for a {@link #neutral} aggregate, each missing value
   * replaced by the mean of those present ({@link Impute#fill}); else the column itself.
   */
  public double[] neutralOrAsIs(Node aggregate, double[] child) {
    return neutral.contains(aggregate.code()) ? neutralFill(child) : child;
  }

  /**
   * A child's column with each missing value at the mean of those present, as read when neutral.
   */
  public static double[] neutralFill(double[] child) {
    return NEUTRAL.fill(child);
  }

  private static final Impute NEUTRAL = new Impute(Imputation.MEAN, null, null);

  /**
   * The message for a value an aggregate's method refuses: the aggregate, the method and the unit,
   * then the kernel's words (the value and what to do).
   */
  public static String failure(
      Node aggregate, Aggregation a, String unit, AggregationKernel.Refused e) {
    return "aggregate '"
        + aggregate.code()
        + "' ("
        + a.id()
        + ") for unit '"
        + unit
        + "': "
        + e.getMessage();
  }

  @Override
  public StepRecord record() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("method", method.id());
    Map<String, Object> n = new TreeMap<>();
    nodes.forEach((k, v) -> n.put(k, v.id()));
    p.put("nodes", n);
    p.put("minAvailability", minAvailability);
    if (!neutral.isEmpty()) {
      p.put("neutral", neutral.stream().sorted().toList());
    }
    return new StepRecord(name(), p);
  }

  static Aggregate fromRecord(StepRecord r) {
    Params p = new Params(r);
    Map<String, Aggregation> n = new LinkedHashMap<>();
    p.stringMap("nodes")
        .forEach(
            (k, v) -> {
              Aggregation a = Params.parse(Aggregation.class, v);
              if (a == null) {
                throw new IllegalArgumentException(
                    "Step 'aggregate' node '"
                        + k
                        + "' method '"
                        + v
                        + "' is not one of "
                        + Params.ids(Aggregation.class));
              }
              n.put(k, a);
            });
    return new Aggregate(
        p.choice("method", Aggregation.class, Aggregation.ARITHMETIC_MEAN),
        n,
        p.number("minAvailability", 0),
        p.strings("neutral"));
  }
}
