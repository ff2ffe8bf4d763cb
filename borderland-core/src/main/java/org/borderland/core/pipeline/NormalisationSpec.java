package org.borderland.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A normalisation method with its parameters (COINr's {@code list(f_n = …, f_n_para = …)}).
 *
 * @param method the method
 * @param parameters one value per {@link Normalisation#parameterNames()}; a shorter list is padded
 *     with the {@link Normalisation#defaults() defaults}
 */
public record NormalisationSpec(Normalisation method, List<Double> parameters) {

  /**
   * Pads and checks the parameters.
   *
   * @throws IllegalArgumentException for too many parameters, a missing required one, {@code lower
   *     ≥ upper}, {@code sd ≤ 0} or a flag other than 0 or 1
   */
  public NormalisationSpec {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(parameters, "parameters");
    List<String> names = method.parameterNames();
    if (parameters.size() > names.size()) {
      throw new IllegalArgumentException(
          method.id()
              + " takes "
              + (names.isEmpty() ? "no parameters" : "the parameters " + names)
              + " but "
              + parameters.size()
              + " were given");
    }
    List<Double> p = new ArrayList<>(method.defaults());
    for (int i = 0; i < parameters.size(); i++) {
      Double v = parameters.get(i);
      if (v == null) {
        throw new IllegalArgumentException(method.id() + " parameter " + names.get(i) + " is null");
      }
      p.set(i, v);
    }
    parameters = List.copyOf(p);
    switch (method) {
      case MIN_MAX -> ordered(parameters, "lower", "upper");
      case Z_SCORE -> {
        finite(parameters.get(0), "mean");
        if (!(parameters.get(1) > 0) || Double.isInfinite(parameters.get(1))) {
          throw new IllegalArgumentException(
              "z-score sd must be a finite number > 0 but is " + parameters.get(1));
        }
      }
      case GOALPOSTS -> {
        ordered(parameters, "lower", "upper");
        finite(parameters.get(2), "scale");
        flag(parameters.get(3), "truncate");
      }
      case DISTANCE_TO_TARGET -> {
        if (Double.isInfinite(parameters.get(0))) {
          throw new IllegalArgumentException("distance-to-target target is infinite");
        }
        flag(parameters.get(1), "cap");
      }
      default -> {}
    }
  }

  /** Min-max onto {@code [lower, upper]}. */
  public static NormalisationSpec minMax(double lower, double upper) {
    return new NormalisationSpec(Normalisation.MIN_MAX, List.of(lower, upper));
  }

  /** Z-scores with this mean and standard deviation. */
  public static NormalisationSpec zScore(double mean, double sd) {
    return new NormalisationSpec(Normalisation.Z_SCORE, List.of(mean, sd));
  }

  /** Ranks. */
  public static NormalisationSpec rank() {
    return new NormalisationSpec(Normalisation.RANK, List.of());
  }

  /** Fixed goalposts, truncated, times {@code scale}. */
  public static NormalisationSpec goalposts(double lower, double upper, double scale) {
    return new NormalisationSpec(Normalisation.GOALPOSTS, List.of(lower, upper, scale, 1.0));
  }

  /** Distance to the tree's target of each indicator, uncapped. */
  public static NormalisationSpec distanceToTarget() {
    return new NormalisationSpec(Normalisation.DISTANCE_TO_TARGET, List.of());
  }

  /** Distance to a fixed target. */
  public static NormalisationSpec distanceToTarget(double target, boolean cap) {
    return new NormalisationSpec(
        Normalisation.DISTANCE_TO_TARGET, List.of(target, cap ? 1.0 : 0.0));
  }

  /**
   * The parameters for one indicator: a distance-to-target without a target takes the node's.
   *
   * @throws IllegalArgumentException when the target is needed but the node has none
   */
  public List<Double> parametersFor(Node node) {
    if (method == Normalisation.DISTANCE_TO_TARGET && Double.isNaN(parameters.get(0))) {
      if (Double.isNaN(node.target())) {
        throw new IllegalArgumentException(
            "Indicator '"
                + node.code()
                + "' has no target for distance-to-target; give it a Target in iMeta or a target"
                + " in the pipeline");
      }
      return List.of(node.target(), parameters.get(1));
    }
    return parameters;
  }

  private static void ordered(List<Double> p, String a, String b) {
    finite(p.get(0), a);
    finite(p.get(1), b);
    if (!(p.get(0) < p.get(1))) {
      throw new IllegalArgumentException(
          a + " (" + p.get(0) + ") must be less than " + b + " (" + p.get(1) + ")");
    }
  }

  private static void finite(double v, String name) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number but is " + v);
    }
  }

  private static void flag(double v, String name) {
    if (v != 0 && v != 1) {
      throw new IllegalArgumentException(name + " must be 0 (no) or 1 (yes) but is " + v);
    }
  }
}
