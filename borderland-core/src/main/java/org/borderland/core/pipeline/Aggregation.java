package org.borderland.core.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How an aggregate combines its children's scores (COINr's {@code a_amean}, {@code a_gmean}, {@code
 * a_hmean} in R/aggregate.R; OECD/JRC Handbook 2008, §6).
 *
 * <p>Every method skips missing children ({@code NaN}) and uses the weights of the children
 * present, rescaled to sum to 1; with no child present the result is missing. Weights are relative
 * and must be ≥ 0.
 *
 * <p>The {@link AggregationKernel} computes every method; every path that aggregates calls it.
 *
 * <p>A model file names a method by its {@link #shortId()} ({@code geometric}), a pipeline file or
 * an uncertainty spec by its {@link #id()} ({@code geometric-mean}).
 */
public enum Aggregation {
  /** Weighted arithmetic mean {@code Σ wᵢxᵢ / Σ wᵢ}: fully compensatory. */
  ARITHMETIC_MEAN("arithmetic"),

  /**
   * Weighted geometric mean {@code exp(Σ wᵢ ln xᵢ / Σ wᵢ)}: partly compensatory, a low child pulls
   * the result down more; every value must be positive.
   */
  GEOMETRIC_MEAN("geometric"),

  /**
   * Weighted harmonic mean {@code Σ wᵢ / Σ (wᵢ / xᵢ)}: the least compensatory of the three; no
   * value may be zero.
   */
  HARMONIC_MEAN("harmonic");

  private final String shortId;

  Aggregation(String shortId) {
    this.shortId = shortId;
  }

  /** The name a pipeline file or an uncertainty spec uses, e.g. {@code geometric-mean}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The name a model file uses, and explanations show, e.g. {@code geometric}. */
  public String shortId() {
    return shortId;
  }

  /** The method named by its {@link #id()} or its {@link #shortId()}, if any. */
  public static Optional<Aggregation> fromId(String id) {
    return Arrays.stream(values())
        .filter(a -> a.id().equals(id) || a.shortId.equals(id))
        .findFirst();
  }

  /** Every {@link #shortId()}, for messages: {@code [arithmetic, geometric, harmonic]}. */
  public static List<String> shortIds() {
    return Arrays.stream(values()).map(Aggregation::shortId).toList();
  }

  /**
   * Combines one unit's child scores, checking them first: a convenience for one unit at a time (it
   * copies the values into columns for the {@link AggregationKernel}, which the pipelines call on
   * whole columns).
   *
   * @param x the children's scores; {@code NaN} is missing and skipped
   * @param w the children's weights, same length, each ≥ 0
   * @return the aggregate, or {@code NaN} when no child is present
   * @throws IllegalArgumentException for mismatched lengths, a bad weight, or a value the method
   *     cannot take (≤ 0 for the geometric mean, 0 for the harmonic mean)
   */
  public double aggregate(double[] x, double[] w) {
    if (x.length != w.length) {
      throw new IllegalArgumentException(
          x.length + " values but " + w.length + " weights; give one weight per value");
    }
    checkWeights(w);
    double[][] columns = new double[x.length][];
    int[] children = new int[x.length];
    for (int j = 0; j < x.length; j++) {
      columns[j] = new double[] {x[j]};
      children[j] = j;
    }
    double[] out = new double[1];
    new AggregationKernel().aggregate(this, columns, null, children, w, 0, out);
    return out[0];
  }

  /**
   * Checks weights for the {@link AggregationKernel}, which does not: each must be a finite number
   * ≥ 0.
   *
   * @return the weights
   * @throws IllegalArgumentException naming the first bad weight
   */
  public static double[] checkWeights(double[] weights) {
    for (double w : weights) {
      if (!Double.isFinite(w) || w < 0) {
        throw new IllegalArgumentException("weight " + w + " is not a finite number ≥ 0");
      }
    }
    return weights;
  }
}
