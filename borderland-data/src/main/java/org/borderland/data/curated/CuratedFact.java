package org.borderland.data.curated;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One human-curated, cited fact about an (aggressor, target) pair, tagged with the factor it
 * informs.
 *
 * @param id a short unique slug, e.g. {@code kaz-seliger-2014}
 * @param date when it happened, to the day, month or year
 * @param aggressor ISO3 of the aggressor, e.g. {@code RUS}
 * @param target ISO3 of the target, e.g. {@code KAZ}
 * @param factor the factor it informs
 * @param kind what sort of fact it is
 * @param description one line in our own words (quotations of a few words at most)
 * @param citation where it comes from
 * @param verified whether someone checked that the cited source says what the entry says
 * @param verifiedBy how it was checked (e.g. {@code search corpus: <address>}); empty when not
 *     verified
 * @param census the figure, for {@link FactKind#CENSUS} entries; {@code null} otherwise
 * @param note anything a reader must know (caveats, what the figure excludes); may be empty
 */
public record CuratedFact(
    String id,
    PartialDate date,
    String aggressor,
    String target,
    Factor factor,
    FactKind kind,
    String description,
    Citation citation,
    boolean verified,
    String verifiedBy,
    CensusFigure census,
    String note) {
  /** The form of an id: lower-case words joined by hyphens. */
  public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  /** Checks every component; the message names the entry. */
  public CuratedFact {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "Invalid fact id '" + id + "': use lower-case words joined by hyphens");
    }
    Objects.requireNonNull(date, "date of " + id);
    if (aggressor == null || !ISO3.matcher(aggressor).matches()) {
      throw new IllegalArgumentException("Fact " + id + ": invalid aggressor '" + aggressor + "'");
    }
    if (target == null || !ISO3.matcher(target).matches()) {
      throw new IllegalArgumentException("Fact " + id + ": invalid target '" + target + "'");
    }
    if (aggressor.equals(target)) {
      throw new IllegalArgumentException(
          "Fact " + id + ": aggressor and target are both " + target);
    }
    Objects.requireNonNull(factor, "factor of " + id);
    Objects.requireNonNull(kind, "kind of " + id);
    Objects.requireNonNull(description, "description of " + id);
    if (description.isBlank() || description.contains("\n")) {
      throw new IllegalArgumentException("Fact " + id + ": the description must be one line");
    }
    Objects.requireNonNull(citation, "citation of " + id);
    verifiedBy = verifiedBy == null ? "" : verifiedBy.strip();
    if (verified && verifiedBy.isEmpty()) {
      throw new IllegalArgumentException(
          "Fact " + id + " is verified but does not say how (verifiedBy)");
    }
    if ((kind == FactKind.CENSUS) != (census != null)) {
      throw new IllegalArgumentException(
          "Fact " + id + ": census entries, and only they, carry a census figure");
    }
    note = note == null ? "" : note.strip();
  }

  /** Whether the fact had certainly happened by the end of {@code day}. */
  public boolean knownBy(LocalDate day) {
    return !date.latest().isAfter(day);
  }
}
