package org.borderland.data.curated;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One (aggressor, target, factor) triple someone has researched: for it, "no curated facts" means
 * none were found, while for a triple not listed a curated count is missing.
 *
 * @param aggressor ISO3 of the aggressor
 * @param target ISO3 of the target
 * @param factor the factor
 * @param researchedOn when the research was done
 * @param researchedBy who did it
 * @param scope one line saying what was looked for and where
 * @param from the first year whose events were looked for
 * @param to the last year whose events were looked for; for a knowledge year outside {@code
 *     from}–{@code to} the triple's count is missing, not 0
 */
public record ResearchedScope(
    String aggressor,
    String target,
    Factor factor,
    LocalDate researchedOn,
    String researchedBy,
    String scope,
    int from,
    int to) {
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  /** Requires every component; the scope is one line. */
  public ResearchedScope {
    if (aggressor == null || !ISO3.matcher(aggressor).matches()) {
      throw new IllegalArgumentException("Invalid aggressor code '" + aggressor + "'");
    }
    if (target == null || !ISO3.matcher(target).matches()) {
      throw new IllegalArgumentException("Invalid target code '" + target + "'");
    }
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(researchedOn, "researchedOn");
    Objects.requireNonNull(researchedBy, "researchedBy");
    Objects.requireNonNull(scope, "scope");
    if (scope.isBlank() || scope.contains("\n")) {
      throw new IllegalArgumentException(
          "Research scope for " + aggressor + "→" + target + " " + factor + " must be one line");
    }
    if (from < 1900 || from > to || to > researchedOn.getYear()) {
      throw new IllegalArgumentException(
          "The period researched for "
              + aggressor
              + "→"
              + target
              + " "
              + factor.id()
              + " is "
              + from
              + "–"
              + to
              + "; give from ≤ to, from 1900 to the year it was researched ("
              + researchedOn.getYear()
              + ")");
    }
  }

  /** Whether the events of {@code year} were looked for. */
  public boolean coversYear(int year) {
    return year >= from && year <= to;
  }

  /** Whether this is the scope of the given triple. */
  public boolean covers(String aggressor, String target, Factor factor) {
    return this.aggressor.equals(aggressor) && this.target.equals(target) && this.factor == factor;
  }
}
