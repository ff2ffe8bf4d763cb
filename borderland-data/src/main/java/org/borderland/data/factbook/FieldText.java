package org.borderland.data.factbook;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One field of one country's entry in one Factbook edition, as raw text: what both Factbook readers
 * (the annual archive and the JSON snapshots) hand to the field parsers.
 *
 * @param country ISO3 of the entity the entry is about (never a successor of a dissolved state)
 * @param field the field name exactly as the edition writes it, e.g. {@code Ethnic divisions}
 * @param text the field's content; a snapshot's sub-fields are flattened as {@code "subfield: text
 *     | subfield: text"}
 * @param edition the edition year
 * @param published the edition's publication date (archive: the year-end edition, 31 December;
 *     snapshot: its own date)
 * @param dataset {@code factbook-archive} or {@code factbook-json}
 * @param sourceEdition the edition as a reader would cite it, with the copy's commit
 * @param location where in the raw files it came from, for messages (file and line, or file)
 */
public record FieldText(
    String country,
    String field,
    String text,
    int edition,
    LocalDate published,
    String dataset,
    String sourceEdition,
    String location) {
  /** Requires every component. */
  public FieldText {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(sourceEdition, "sourceEdition");
    location = location == null ? "" : location;
  }
}
