package org.borderland.core.panel;

import java.util.Objects;

/**
 * Where a figure came from.
 *
 * @param dataset the dataset id, e.g. {@code factbook-archive}, {@code cow-nmc}, {@code wdi}
 * @param edition the dataset's edition, release or commit as a human reads it, e.g. {@code 2014} or
 *     {@code NMC 7.0 via peacesciencer fe150a2}
 * @param field the field or column the figure was read from, e.g. {@code Ethnic groups}
 * @param text the raw text the figure was parsed from (the whole field, or the CSV row)
 */
public record Source(String dataset, String edition, String field, String text) {

  /** Requires every part; a row without a source is an error. */
  public Source {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    if (dataset.isBlank()) {
      throw new IllegalArgumentException("Source has a blank dataset");
    }
  }
}
