package org.borderland.core.model;

import java.util.List;
import java.util.Objects;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Imputation;
import org.borderland.core.pipeline.Normalisation;
import org.borderland.core.pipeline.NormalisationSpec;

/**
 * One checked step of the pipeline a model asks for, as read from its file: {@link Impute}, {@link
 * Treat}, {@link Normalise} or {@link Aggregate}. Each step checks its parameters, so a model that
 * holds one can always be run; {@code score.ModelPipeline} turns it into a pipeline step.
 */
public sealed interface ModelStep {
  /** The step names a model file may use, in the order COINr runs them. */
  List<String> STEPS = List.of("impute", "treat", "normalise", "aggregate");

  /** The step's name in a model file, one of {@link #STEPS}. */
  String step();

  /**
   * Fills missing values across the targets (COINr's {@code i_mean}, {@code i_median}) or leaves
   * them missing.
   *
   * @param method {@link Imputation#NONE}, {@link Imputation#MEAN} or {@link Imputation#MEDIAN}
   */
  record Impute(Imputation method) implements ModelStep {
    /** The methods a model may use: the others need groups or a panel a model does not have. */
    public static final List<Imputation> METHODS =
        List.of(Imputation.NONE, Imputation.MEAN, Imputation.MEDIAN);

    /** Requires one of {@link #METHODS}. */
    public Impute {
      Objects.requireNonNull(method, "method");
      if (!METHODS.contains(method)) {
        throw new IllegalArgumentException(
            "A model cannot impute by " + method.id() + "; allowed: none, mean, median");
      }
    }

    @Override
    public String step() {
      return "impute";
    }
  }

  /**
   * Treats outliers as COINr does: an indicator outside the thresholds is winsorised, at most
   * {@code winmax} points, then log-transformed if that is not enough.
   *
   * @param winmax the most points to winsorise, ≥ 0 (default 5)
   * @param skew the absolute skewness threshold, finite and &gt; 0 (default 2)
   * @param kurtosis the kurtosis threshold, finite (default 3.5)
   */
  record Treat(int winmax, double skew, double kurtosis) implements ModelStep {
    /** Checks the thresholds as {@link org.borderland.core.pipeline.Treat} does. */
    public Treat {
      if (winmax < 0) {
        throw new IllegalArgumentException("winmax " + winmax + " is negative");
      }
      if (!(skew > 0) || Double.isInfinite(skew) || !Double.isFinite(kurtosis)) {
        throw new IllegalArgumentException(
            "Treat thresholds must be finite (skew > 0): skew " + skew + ", kurtosis " + kurtosis);
      }
    }

    /** COINr's default thresholds (2 and 3.5) with this {@code winmax}. */
    public static Treat winsorise(int winmax) {
      return new Treat(winmax, 2, 3.5);
    }

    @Override
    public String step() {
      return "treat";
    }
  }

  /**
   * Normalises every indicator across the targets.
   *
   * @param spec min-max (default onto [0, 100]), z-score or rank
   */
  record Normalise(NormalisationSpec spec) implements ModelStep {
    /** The methods a model may use. */
    public static final List<Normalisation> METHODS =
        List.of(Normalisation.MIN_MAX, Normalisation.Z_SCORE, Normalisation.RANK);

    /** Requires one of {@link #METHODS}. */
    public Normalise {
      Objects.requireNonNull(spec, "spec");
      if (!METHODS.contains(spec.method())) {
        throw new IllegalArgumentException(
            "A model cannot normalise by "
                + spec.method().id()
                + "; allowed: min_max, z_score, rank");
      }
    }

    @Override
    public String step() {
      return "normalise";
    }
  }

  /**
   * Aggregates indicators into factors and factors into the index, as {@link
   * org.borderland.core.pipeline.Aggregate#all} does with this method.
   *
   * @param method the aggregation (default arithmetic)
   */
  record Aggregate(Aggregation method) implements ModelStep {
    /** Requires a method. */
    public Aggregate {
      Objects.requireNonNull(method, "method");
    }

    @Override
    public String step() {
      return "aggregate";
    }
  }
}
