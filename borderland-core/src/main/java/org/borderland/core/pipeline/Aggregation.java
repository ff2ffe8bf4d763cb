package org.borderland.core.pipeline;

/**
 * How an aggregate combines its children's scores (COINr's {@code a_amean}, {@code a_gmean}, {@code
 * a_hmean} in R/aggregate.R; OECD/JRC Handbook 2008, §6).
 *
 * <p>Every method skips missing children ({@code NaN}) and uses the weights of the children
 * present, rescaled to sum to 1; with no child present the result is missing. Weights are relative
 * and must be ≥ 0.
 */
public enum Aggregation {
  /** Weighted arithmetic mean {@code Σ wᵢxᵢ / Σ wᵢ}: fully compensatory. */
  ARITHMETIC_MEAN {
    @Override
    double combine(double[] x, double[] w) {
      double sw = 0;
      for (int i = 0; i < x.length; i++) {
        if (!Double.isNaN(x[i])) {
          sw += w[i];
        }
      }
      // As COINr: weights rescaled to sum to 1 first, then Σ wx.
      double s = 0;
      for (int i = 0; i < x.length; i++) {
        if (!Double.isNaN(x[i])) {
          s += (w[i] / sw) * x[i];
        }
      }
      return s;
    }
  },

  /**
   * Weighted geometric mean {@code exp(Σ wᵢ ln xᵢ / Σ wᵢ)}: partly compensatory; every value must
   * be positive.
   */
  GEOMETRIC_MEAN {
    @Override
    double combine(double[] x, double[] w) {
      double sw = 0;
      double s = 0;
      for (int i = 0; i < x.length; i++) {
        if (Double.isNaN(x[i])) {
          continue;
        }
        if (x[i] <= 0) {
          throw new IllegalArgumentException(
              "the geometric mean needs positive values but one is "
                  + x[i]
                  + "; normalise onto a positive range first (e.g. min-max onto [1, 100])");
        }
        sw += w[i];
        s += w[i] * Math.log(x[i]);
      }
      return Math.exp(s / sw);
    }
  },

  /**
   * Weighted harmonic mean {@code Σ wᵢ / Σ (wᵢ / xᵢ)}: least compensatory; no value may be zero.
   */
  HARMONIC_MEAN {
    @Override
    double combine(double[] x, double[] w) {
      double sw = 0;
      double s = 0;
      for (int i = 0; i < x.length; i++) {
        if (Double.isNaN(x[i])) {
          continue;
        }
        if (x[i] == 0) {
          throw new IllegalArgumentException(
              "the harmonic mean cannot take a zero value; normalise onto a positive range first"
                  + " (e.g. min-max onto [1, 100])");
        }
        sw += w[i];
        s += w[i] / x[i];
      }
      return sw / s;
    }
  };

  /**
   * Combines one unit's child scores.
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
    boolean any = false;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(w[i]) || w[i] < 0) {
        throw new IllegalArgumentException("weight " + w[i] + " is not a finite number ≥ 0");
      }
      any |= !Double.isNaN(x[i]);
    }
    return any ? combine(x, w) : Double.NaN;
  }

  abstract double combine(double[] x, double[] w);

  /** The name used in pipeline files, e.g. {@code geometric-mean}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
