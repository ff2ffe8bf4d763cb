package org.borderland.core.pipeline;

import java.util.List;
import java.util.Locale;

/**
 * How an indicator is brought onto a common scale (COINr's {@code n_*} functions in R/normalise.R;
 * OECD/JRC Handbook 2008, §5).
 *
 * <p>As in COINr's {@code Normalise.numeric}, values are first multiplied by the indicator's
 * direction (so with direction −1 a lower raw value scores higher), then normalised over the values
 * present; missing values ({@code NaN}) stay missing. Each method takes the numeric parameters
 * named by {@link #parameterNames()}; see {@link NormalisationSpec}.
 */
public enum Normalisation {
  /**
   * Min-max onto {@code [l, u]} ({@code n_minmax}): {@code (x − min)/(max − min) · (u − l) + l}.
   * Parameters {@code lower} (default 0) and {@code upper} (default 100). When all values are equal
   * the result is {@code NaN}, as in COINr.
   */
  MIN_MAX(List.of("lower", "upper"), List.of(0.0, 100.0)) {
    @Override
    double[] apply(double[] x, List<Double> p) {
      double min = Moments.min(x);
      double max = Moments.max(x);
      double l = p.get(0);
      double u = p.get(1);
      double[] y = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        y[i] = (x[i] - min) / (max - min) * (u - l) + l;
      }
      return y;
    }
  },

  /**
   * Z-score ({@code n_zscore}): {@code (x − x̄)/s · sd + mean} with the sample standard deviation
   * {@code s}. Parameters {@code mean} (default 0) and {@code sd} (default 1).
   */
  Z_SCORE(List.of("mean", "sd"), List.of(0.0, 1.0)) {
    @Override
    double[] apply(double[] x, List<Double> p) {
      double m = Moments.mean(x);
      double s = Moments.sd(x);
      double[] y = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        y[i] = (x[i] - m) / s * p.get(1) + p.get(0);
      }
      return y;
    }
  },

  /**
   * Rank ({@code n_rank}): 1 for the lowest value up to {@code n}; ties share the smallest rank.
   */
  RANK(List.of(), List.of()) {
    @Override
    double[] apply(double[] x, List<Double> p) {
      return Ranks.ascending(x);
    }
  },

  /**
   * Percentile rank ({@code n_prank}): {@code (rank − 1)/(n − 1)}, from 0 to 1; ties share the
   * smallest.
   */
  PERCENTILE_RANK(List.of(), List.of()) {
    @Override
    double[] apply(double[] x, List<Double> p) {
      double[] r = Ranks.ascending(x);
      int n = Moments.count(x);
      for (int i = 0; i < r.length; i++) {
        r[i] = (r[i] - 1) / (n - 1);
      }
      return r;
    }
  },

  /**
   * Fixed goalposts ({@code n_goalposts}): {@code (x − lower)/(upper − lower)}, truncated to {@code
   * [0, 1]} when {@code truncate} is 1, times {@code scale}. Parameters {@code lower} and {@code
   * upper} (required, in the indicator's own units), {@code scale} (default 1) and {@code truncate}
   * (default 1). With direction −1 the goalposts are negated with the values, giving {@code (upper
   * − x)/(upper − lower)}. (COINr's {@code n_goalposts} needs its own {@code direction} argument
   * for that, and then also negates the scale; here the scale keeps its sign.)
   */
  GOALPOSTS(
      List.of("lower", "upper", "scale", "truncate"), List.of(Double.NaN, Double.NaN, 1.0, 1.0)) {
    @Override
    double[] apply(double[] x, List<Double> p) {
      // x arrives multiplied by the direction, and so do the goalposts (see NormalisationSpec).
      double l = p.get(0);
      double u = p.get(1);
      double[] y = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        double v = (x[i] - l) / (u - l);
        if (p.get(3) != 0 && !Double.isNaN(v)) {
          v = Math.min(1, Math.max(0, v));
        }
        y[i] = v * p.get(2);
      }
      return y;
    }
  },

  /**
   * Distance to a target ({@code n_dist2targ}): {@code 1 − (target − x)/(target − min)}, 1 at the
   * target and 0 at the lowest value; above the target the score exceeds 1 unless {@code cap} is 1.
   * Parameters {@code target} (default: the tree's {@link Node#target()}) and {@code cap} (default
   * 0). With direction −1 the target is negated with the values.
   */
  DISTANCE_TO_TARGET(List.of("target", "cap"), List.of(Double.NaN, 0.0)) {
    @Override
    double[] apply(double[] x, List<Double> p) {
      double t = p.get(0);
      double min = Moments.min(x);
      double[] y = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        double v = 1 - (t - x[i]) / (t - min);
        if (p.get(1) != 0 && v > 1) {
          v = 1;
        }
        y[i] = v;
      }
      return y;
    }
  },

  /** No normalisation: the values times the direction (COINr's {@code f_n = "none"}). */
  NONE(List.of(), List.of()) {
    @Override
    double[] apply(double[] x, List<Double> p) {
      return x.clone();
    }
  };

  private final List<String> parameterNames;
  private final List<Double> defaults;

  Normalisation(List<String> parameterNames, List<Double> defaults) {
    this.parameterNames = parameterNames;
    this.defaults = defaults;
  }

  /** The names of the parameters, in order. */
  public List<String> parameterNames() {
    return parameterNames;
  }

  /**
   * The default of each parameter; {@code NaN} when it must be given (or, for a target, comes from
   * the tree).
   */
  public List<Double> defaults() {
    return defaults;
  }

  /**
   * Normalises one indicator.
   *
   * @param x the raw values, {@code NaN} missing; not modified
   * @param direction 1, or −1 to reverse
   * @param parameters one value per {@link #parameterNames()} entry, already checked by {@link
   *     NormalisationSpec}
   * @return a new array of normalised values
   */
  public double[] normalise(double[] x, int direction, List<Double> parameters) {
    if (direction != 1 && direction != -1) {
      throw new IllegalArgumentException("direction " + direction + " is not 1 or -1");
    }
    if (parameters.size() != parameterNames.size()) {
      throw new IllegalArgumentException(
          id() + " takes " + parameterNames + " but got " + parameters.size() + " values");
    }
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = x[i] * direction;
    }
    List<Double> p = parameters;
    if (this == GOALPOSTS && direction == -1) {
      p = List.of(-parameters.get(1), -parameters.get(0), parameters.get(2), parameters.get(3));
    } else if (this == DISTANCE_TO_TARGET && direction == -1) {
      p = List.of(-parameters.get(0), parameters.get(1));
    }
    return apply(d, p);
  }

  abstract double[] apply(double[] x, List<Double> p);

  /** The name used in pipeline files, e.g. {@code min-max}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
