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
 */
public record ResearchedScope(
    String aggressor,
    String target,
    Factor factor,
    LocalDate researchedOn,
    String researchedBy,
    String scope) {
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
  }

  /** Whether this is the scope of the given triple. */
  public boolean covers(String aggressor, String target, Factor factor) {
    return this.aggressor.equals(aggressor) && this.target.equals(target) && this.factor == factor;
  }
}
