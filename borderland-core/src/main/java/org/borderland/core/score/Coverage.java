package org.borderland.core.score;

/**
 * How many of a model's factors a target has a score for: a factor is present when at least one of
 * its indicators has a value (before any imputation of factor scores).
 *
 * @param present factors with a score
 * @param of the model's factors
 */
public record Coverage(int present, int of) {
  /** Checks {@code 0 ≤ present ≤ of}. */
  public Coverage {
    if (present < 0 || present > of) {
      throw new IllegalArgumentException("coverage " + present + " of " + of + " is impossible");
    }
  }
}
