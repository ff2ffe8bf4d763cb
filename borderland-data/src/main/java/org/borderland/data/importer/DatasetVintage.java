package org.borderland.data.importer;

import java.time.LocalDate;
import java.util.Objects;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Source;

/**
 * The release a single-release dataset's rows come from, and how that was determined.
 *
 * <p>Single releases (Correlates of War, World Bank, SIPRI, the UN ideal points) carry revised
 * history: a 2023 release's figure for 1995 is not what anyone knew in 1995. Every row they yield
 * is therefore flagged not as-known, with the release year as its edition and the release date as
 * its publication date.
 *
 * @param dataset the dataset id written into every row's source, e.g. {@code cow-nmc}
 * @param edition the release as a reader would cite it, with the copy's commit, e.g. {@code NMC 7.0
 *     (peacesciencer fe150a2)}
 * @param year the release year (the rows' edition)
 * @param published the release date, as best documented
 * @param basis how the release and its date were determined (documentation, not shown per row)
 */
public record DatasetVintage(
    String dataset, String edition, int year, LocalDate published, String basis) {

  /** Requires every component; the year must match the publication date's year. */
  public DatasetVintage {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(basis, "basis");
    if (published.getYear() != year) {
      throw new IllegalArgumentException(
          dataset + ": release year " + year + " differs from publication date " + published);
    }
  }

  /**
   * A row of this release: not as-known, unit taken from the canonical indicator.
   *
   * @param country ISO3
   * @param indicator canonical indicator id
   * @param key neighbour, ally or other key; empty when none
   * @param value the figure
   * @param refYear the year the figure describes
   * @param field the column the figure was read from
   * @param text the raw CSV row (or, for a derived figure, what it was derived from)
   * @param note what a reader must know; may be empty
   */
  public Observation row(
      String country,
      String indicator,
      String key,
      Double value,
      int refYear,
      String field,
      String text,
      String note) {
    String unit = Indicators.find(indicator).map(i -> i.unit()).orElse("");
    return new Observation(
        country,
        indicator,
        key,
        value,
        unit,
        refYear,
        year,
        published,
        false,
        new Source(dataset, edition, field, text),
        note);
  }
}
