package org.borderland.core.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a factor combines its indicators, or the index its factors: a weighted mean of a kind. */
public enum AggregationMethod {
  /** Weighted arithmetic mean: full compensation between children. */
  ARITHMETIC("arithmetic"),
  /** Weighted geometric mean: a low child pulls the result down more; needs positive values. */
  GEOMETRIC("geometric"),
  /** Weighted harmonic mean: the least compensatory of the three; needs positive values. */
  HARMONIC("harmonic");

  private final String id;

  AggregationMethod(String id) {
    this.id = id;
  }

  /** The id a model file uses, e.g. {@code geometric}. */
  public String id() {
    return id;
  }

  /** The method with this id, if any. */
  public static Optional<AggregationMethod> fromId(String id) {
    return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
  }

  /** Every valid id, comma-separated, for messages. */
  public static String validIds() {
    return Arrays.stream(values()).map(AggregationMethod::id).collect(Collectors.joining(", "));
  }
}
