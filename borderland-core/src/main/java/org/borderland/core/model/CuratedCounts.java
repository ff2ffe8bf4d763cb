package org.borderland.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.borderland.core.panel.Observation;

/**
 * Counts of curated, cited facts per (aggressor, target, factor), as known by the end of a year.
 * The files live in {@code borderland-data}; this interface keeps the core free of I/O.
 */
public interface CuratedCounts {
  /**
   * The facts informing {@code factor} for the pair that had certainly happened by the end of
   * {@code year}; empty when nobody has researched the triple, or not the events of {@code year}
   * (the count is then missing, not 0; {@link #researched} tells which).
   *
   * @param factor the curated factor id, e.g. {@code territorial_claims}
   */
  Optional<Count> count(String aggressor, String target, String factor, int year);

  /**
   * The years whose events were looked for, for a researched triple; empty when nobody researched
   * it.
   */
  default Optional<Period> researched(String aggressor, String target, String factor) {
    return Optional.empty();
  }

  /**
   * The years whose events were looked for, and what was looked for.
   *
   * @param from the first year
   * @param to the last year
   * @param scope what was looked for
   */
  record Period(int from, int to, String scope) {}

  /**
   * A count and the facts behind it.
   *
   * @param facts how many facts (verified or not)
   * @param verified how many of them someone verified
   * @param sources one observation per fact (dataset {@code curated}, the fact id as the field, the
   *     citation as the text; the note says whether it was verified)
   * @param scope what was looked for when the triple was researched
   */
  record Count(int facts, int verified, List<Observation> sources, String scope) {
    /** Checks the counts. */
    public Count {
      if (facts < 0 || verified < 0 || verified > facts) {
        throw new IllegalArgumentException(
            "A curated count needs 0 ≤ verified ≤ facts, not " + verified + " of " + facts);
      }
      sources = List.copyOf(sources);
      Objects.requireNonNull(scope, "scope");
    }
  }

  /** Nothing has been researched: every count is missing. */
  static CuratedCounts none() {
    return (a, t, f, y) -> Optional.empty();
  }
}
