package org.borderland.core.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.borderland.core.pipeline.Aggregation;

/**
 * Why one target ranks above another: the factor-by-factor difference in their contributions to the
 * index, largest (in absolute value) first.
 *
 * <p>A difference is oriented so that a positive value pushes the first target's index above the
 * second's: {@code c₁ − c₂} for arithmetic and geometric aggregation, {@code c₂ − c₁} for harmonic
 * (where a larger term lowers the index). A factor missing for one target counts as contributing
 * nothing, since aggregation skipped it and rescaled the others; the differences therefore add up
 * exactly to {@link #gap()}: {@code index₁ − index₂} (arithmetic), {@code ln index₁ − ln index₂}
 * (geometric), {@code 1/index₂ − 1/index₁} (harmonic).
 *
 * @param first the target explained
 * @param second the target it is compared with
 * @param differences one per factor, largest absolute difference first (ties in model order)
 */
public record Comparison(Explanation first, Explanation second, List<Difference> differences) {

  /** Copies the differences. */
  public Comparison {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    differences = List.copyOf(differences);
  }

  /**
   * One factor's part in the gap.
   *
   * @param factor the factor id
   * @param name its readable name
   * @param firstScore the first target's score (NaN when missing)
   * @param secondScore the second target's score (NaN when missing)
   * @param firstContribution the first target's contribution (NaN when missing)
   * @param secondContribution the second target's contribution (NaN when missing)
   * @param difference how much this factor puts the first target above the second (negative:
   *     below), on the scale of {@link Explanation#scale}
   */
  public record Difference(
      String factor,
      String name,
      double firstScore,
      double secondScore,
      double firstContribution,
      double secondContribution,
      double difference) {}

  /**
   * Compares two explanations from the same scoring (same aggressor, year and model).
   *
   * @throws IllegalArgumentException when they come from different scorings or lack an index
   */
  public static Comparison of(Explanation first, Explanation second) {
    if (!first.aggressor().equals(second.aggressor())
        || first.year() != second.year()
        || !first.modelId().equals(second.modelId())) {
      throw new IllegalArgumentException(
          "Compare targets of one scoring: "
              + first.target()
              + " is scored for "
              + first.aggressor()
              + " "
              + first.year()
              + " ("
              + first.modelId()
              + "), "
              + second.target()
              + " for "
              + second.aggressor()
              + " "
              + second.year()
              + " ("
              + second.modelId()
              + ")");
    }
    for (Explanation e : List.of(first, second)) {
      if (Double.isNaN(e.index())) {
        throw new IllegalArgumentException(
            e.target() + " has no index: none of its factors has a value; nothing to compare");
      }
    }
    double sign = first.aggregation() == Aggregation.HARMONIC_MEAN ? -1 : 1;
    List<Difference> out = new ArrayList<>();
    for (Explanation.Factor a : first.factors()) {
      Explanation.Factor b = second.factor(a.id());
      double d = sign * (zero(a.contribution()) - zero(b.contribution()));
      out.add(
          new Difference(
              a.id(), a.name(), a.score(), b.score(), a.contribution(), b.contribution(), d));
    }
    List<Difference> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparingDouble((Difference d) -> -Math.abs(d.difference())));
    return new Comparison(first, second, sorted);
  }

  private static double zero(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  /**
   * The gap the differences add up to: {@code index₁ − index₂} for arithmetic aggregation, {@code
   * ln index₁ − ln index₂} for geometric, {@code 1/index₂ − 1/index₁} for harmonic.
   */
  public double gap() {
    Aggregation m = first.aggregation();
    double a = Explanation.onScale(m, first.index());
    double b = Explanation.onScale(m, second.index());
    return m == Aggregation.HARMONIC_MEAN ? b - a : a - b;
  }

  /** The sum of the differences (equal to {@link #gap()} up to rounding). */
  public double total() {
    double s = 0;
    for (Difference d : differences) {
      s += d.difference();
    }
    return s;
  }
}
