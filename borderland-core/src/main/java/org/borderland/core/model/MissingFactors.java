package org.borderland.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * What a model's index does with a target's missing factors (a factor is missing when none of its
 * indicators has a value), from the model file's {@code index.missingFactors} and {@code
 * index.minCoverage}.
 *
 * @param policy {@code reweight}: the index is the mean of the factors present, their weights
 *     rescaled (COINr's way; a target with fewer factors is judged on those alone); {@code
 *     neutral}: a missing factor counts at that factor's mean over the candidates that have it, so
 *     it neither lifts nor sinks the target and every factor keeps its weight
 * @param minCoverage a target with fewer factors present than this is listed with its index but not
 *     ranked; 0 ranks every target with an index
 */
public record MissingFactors(Policy policy, int minCoverage) {
  /** How missing factors enter the index. */
  public enum Policy {
    /** Skipped; the weights of the factors present are rescaled. */
    REWEIGHT,
    /** At the factor's mean over the candidates that have it. */
    NEUTRAL;

    /** The name a model file uses. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The policy a model file names.
     *
     * @throws IllegalArgumentException naming the policies there are
     */
    public static Policy of(String id) {
      for (Policy p : values()) {
        if (p.id().equals(id)) {
          return p;
        }
      }
      throw new IllegalArgumentException(
          "missingFactors '"
              + id
              + "' is not one of "
              + Arrays.stream(values()).map(Policy::id).toList());
    }
  }

  /** COINr's way with every target ranked: what a model file that says nothing gets. */
  public static final MissingFactors REWEIGHT = new MissingFactors(Policy.REWEIGHT, 0);

  /** Checks the coverage is not negative. */
  public MissingFactors {
    Objects.requireNonNull(policy, "policy");
    if (minCoverage < 0) {
      throw new IllegalArgumentException(
          "minCoverage " + minCoverage + " is negative; give a number of factors from 0");
    }
  }

  /** Whether a target with {@code present} factors is ranked. */
  public boolean ranks(int present) {
    return present >= minCoverage;
  }

  /** What the policy does, in a sentence a reader of a ranking can follow. */
  public String meaning() {
    String how =
        switch (policy) {
          case REWEIGHT -> "a missing factor is left out and the factors present share its weight";
          case NEUTRAL ->
              "a missing factor counts at that factor's mean over the candidates that have it";
        };
    return minCoverage == 0
        ? how
        : how + "; a target with fewer than " + minCoverage + " factors is listed but not ranked";
  }
}
