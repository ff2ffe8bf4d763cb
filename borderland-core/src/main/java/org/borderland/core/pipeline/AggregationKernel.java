package org.borderland.core.pipeline;

import java.util.Arrays;

/**
 * The aggregation kernel: one aggregate's value for every unit, from its children's value columns
 * and weights, by an {@link Aggregation} method. It is the only place that computes a mean: the
 * {@link Aggregate} step, the scorer's column form of a model's pipeline and the Monte Carlo
 * replications of an uncertainty or sensitivity analysis all call it, so each path gives the same
 * bits.
 *
 * <p>For each unit (row): a child is missing when its value is {@code NaN}; when no child is
 * present, or fewer than {@code minAvailability} of them (COINr's {@code dat_thresh}), the
 * aggregate is missing. Otherwise it is the method's mean of the children present, their weights
 * rescaled to sum to 1, the children taken in order:
 *
 * <ul>
 *   <li>arithmetic: {@code Σw} over the children present, then {@code Σ (wᵢ / Σw)·xᵢ} (COINr
 *       rescales the weights first);
 *   <li>geometric: {@code exp(Σ wᵢ·ln xᵢ / Σw)}; every value present must be positive;
 *   <li>harmonic: {@code Σw / Σ (wᵢ / xᵢ)}; no value present may be zero.
 * </ul>
 *
 * <p>The sums run child by child over all rows at once, which keeps the hot loops over contiguous
 * values; each row's sums are made in the same order with the same operations as for that row
 * alone. An instance keeps its scratch arrays between calls and is not thread-safe: keep one per
 * thread. A call does not allocate once the scratch arrays are as long as the rows, and does not
 * check the weights ({@link Aggregation#checkWeights} does, once per set of weights).
 */
public final class AggregationKernel {
  /**
   * A unit's values that the method cannot take (≤ 0 for the geometric mean, 0 for the harmonic
   * mean), in a row that meets the availability threshold.
   */
  public static final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int row;

    Refused(int row, String message) {
      super(message);
      this.row = row;
    }

    /** The first row, in order, whose values the method cannot take. */
    public int row() {
      return row;
    }
  }

  private double[] weightSums = new double[0];
  private int[] present = new int[0];

  /**
   * Aggregates one node's children for every row.
   *
   * @param method the mean
   * @param columns value columns by position; each at least {@code out.length} long where read
   * @param logs by position, {@code Math.log} of each value of the column where already known (the
   *     geometric mean reads it instead of taking the logarithm again); {@code null}, or a {@code
   *     null} entry, where not
   * @param children the children's positions in {@code columns}, in order
   * @param weights the children's weights, same order; finite and ≥ 0
   * @param minAvailability the share of children that must be present, in [0, 1]; 0 for no limit
   * @param out receives the aggregate of each row, {@code NaN} where missing; its length is the
   *     number of rows
   * @throws Refused for the first row that meets the availability threshold and has a value the
   *     method cannot take, with the first such value and what to do ({@code out} is then
   *     incomplete)
   */
  public void aggregate(
      Aggregation method,
      double[][] columns,
      double[][] logs,
      int[] children,
      double[] weights,
      double minAvailability,
      double[] out) {
    int rows = out.length;
    if (weightSums.length < rows) {
      weightSums = new double[rows];
      present = new int[rows];
    }
    double[] sw = weightSums;
    int[] n = present;
    Arrays.fill(sw, 0, rows, 0);
    Arrays.fill(n, 0, rows, 0);
    Arrays.fill(out, 0);
    boolean refused =
        switch (method) {
          case ARITHMETIC_MEAN -> arithmetic(columns, children, weights, sw, n, out);
          case GEOMETRIC_MEAN -> geometric(columns, logs, children, weights, sw, n, out);
          case HARMONIC_MEAN -> harmonic(columns, children, weights, sw, n, out);
        };
    for (int i = 0; i < rows; i++) {
      if (n[i] == 0 || (double) n[i] / children.length < minAvailability) {
        out[i] = Double.NaN;
      }
    }
    if (refused) {
      refuse(method, columns, children, minAvailability, rows);
    }
  }

  private static boolean arithmetic(
      double[][] c, int[] ch, double[] w, double[] sw, int[] n, double[] out) {
    for (int j = 0; j < ch.length; j++) {
      double[] col = c[ch[j]];
      double wj = w[j];
      for (int i = 0; i < out.length; i++) {
        if (!Double.isNaN(col[i])) {
          sw[i] += wj;
          n[i]++;
        }
      }
    }
    // As COINr: weights rescaled to sum to 1 first, then Σ wx.
    for (int j = 0; j < ch.length; j++) {
      double[] col = c[ch[j]];
      double wj = w[j];
      for (int i = 0; i < out.length; i++) {
        double v = col[i];
        if (!Double.isNaN(v)) {
          out[i] += (wj / sw[i]) * v;
        }
      }
    }
    return false;
  }

  private static boolean geometric(
      double[][] c, double[][] logs, int[] ch, double[] w, double[] sw, int[] n, double[] out) {
    boolean refused = false;
    for (int j = 0; j < ch.length; j++) {
      double[] col = c[ch[j]];
      double[] known = logs == null ? null : logs[ch[j]];
      double wj = w[j];
      for (int i = 0; i < out.length; i++) {
        double v = col[i];
        if (!Double.isNaN(v)) {
          refused |= v <= 0;
          sw[i] += wj;
          out[i] += wj * (known != null ? known[i] : Math.log(v));
          n[i]++;
        }
      }
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.exp(out[i] / sw[i]);
    }
    return refused;
  }

  private static boolean harmonic(
      double[][] c, int[] ch, double[] w, double[] sw, int[] n, double[] out) {
    boolean refused = false;
    for (int j = 0; j < ch.length; j++) {
      double[] col = c[ch[j]];
      double wj = w[j];
      for (int i = 0; i < out.length; i++) {
        double v = col[i];
        if (!Double.isNaN(v)) {
          refused |= v == 0;
          sw[i] += wj;
          out[i] += wj / v;
          n[i]++;
        }
      }
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = sw[i] / out[i];
    }
    return refused;
  }

  /** Throws for the first row that meets the threshold and has a value the method refuses. */
  private void refuse(
      Aggregation method, double[][] c, int[] ch, double minAvailability, int rows) {
    for (int i = 0; i < rows; i++) {
      if ((double) present[i] / ch.length < minAvailability) {
        continue;
      }
      for (int j : ch) {
        double v = c[j][i];
        if (method == Aggregation.GEOMETRIC_MEAN && v <= 0) {
          throw new Refused(
              i,
              "the geometric mean needs positive values but one is "
                  + v
                  + "; normalise onto a positive range first (e.g. min-max onto [1, 100])");
        }
        if (method == Aggregation.HARMONIC_MEAN && v == 0) {
          throw new Refused(
              i,
              "the harmonic mean cannot take a zero value; normalise onto a positive range first"
                  + " (e.g. min-max onto [1, 100])");
        }
      }
    }
  }
}
