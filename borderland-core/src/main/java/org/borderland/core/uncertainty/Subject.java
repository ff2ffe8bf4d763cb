package org.borderland.core.uncertainty;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an analysis perturbs: one or more variants of a composite indicator over the same units. The
 * first variant is the nominal one, whose ranking the results compare against; a model input
 * chooses among the variants by label.
 */
public final class Subject {
  private final List<Variant> variants;

  /**
   * A subject of these variants.
   *
   * @throws IllegalArgumentException for no variant, a repeated label, or variants over different
   *     units
   */
  public Subject(List<Variant> variants) {
    this.variants = List.copyOf(variants);
    if (this.variants.isEmpty()) {
      throw new IllegalArgumentException("A subject needs at least one variant");
    }
    Set<String> labels = new HashSet<>();
    Set<String> units = Set.copyOf(this.variants.get(0).units());
    for (Variant v : this.variants) {
      if (!labels.add(v.label())) {
        throw new IllegalArgumentException("Two variants are labelled '" + v.label() + "'");
      }
      if (!Set.copyOf(v.units()).equals(units)) {
        throw new IllegalArgumentException(
            "Variant '"
                + v.label()
                + "' scores other units than '"
                + this.variants.get(0).label()
                + "'; every variant must score the same units");
      }
    }
  }

  /** A subject of one variant. */
  public static Subject of(Variant nominal) {
    return new Subject(List.of(nominal));
  }

  /** The variants, the nominal first. */
  public List<Variant> variants() {
    return variants;
  }

  /** The variants' labels, in order. */
  public List<String> labels() {
    return variants.stream().map(Variant::label).toList();
  }
}
