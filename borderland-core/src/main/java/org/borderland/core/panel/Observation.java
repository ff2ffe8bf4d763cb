package org.borderland.core.panel;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One sourced figure: what a dataset said about one country, in one edition.
 *
 * @param country ISO3 key of the country it is about
 * @param indicator canonical indicator id (see {@link Indicators})
 * @param key the group, language, neighbour (ISO3) or organisation the figure is about; empty
 *     otherwise
 * @param value the figure, or {@code null} when the source reports the item without a number
 *     ("Russian NA%", a membership listed as text, a broadcast-media text)
 * @param unit the unit, e.g. {@code %}, {@code km}, {@code persons}, {@code USD}; empty for flags
 * @param refYear the year the figure describes ("(2009 est.)" gives 2009), or {@code null} when the
 *     source does not say
 * @param edition the year the figure was published (the Factbook edition, or a release's year)
 * @param published the publication date of the edition
 * @param asKnown whether the figure is as it was known at publication; {@code false} for
 *     single-release datasets with revised history (COW, World Bank, SIPRI, ideal points)
 * @param source where the figure came from
 * @param note what a reader must know about this figure, e.g. that a border length changed because
 *     it was re-measured, not because the border moved; empty when nothing
 */
public record Observation(
    String country,
    String indicator,
    String key,
    Double value,
    String unit,
    Integer refYear,
    int edition,
    LocalDate published,
    boolean asKnown,
    Source source,
    String note) {

  /** Earliest year any figure may describe or be published in. */
  public static final int MIN_YEAR = 1800;

  /** Latest year any figure may describe or be published in. */
  public static final int MAX_YEAR = 2100;

  /** Checks every component; the message names the observation and the bad value. */
  public Observation {
    if (!isIso3(country)) {
      throw new IllegalArgumentException(
          "Observation has invalid country code '" + country + "': expected ISO3 such as KAZ");
    }
    if (!isId(indicator)) {
      throw new IllegalArgumentException(
          "Observation for "
              + country
              + " has invalid indicator id '"
              + indicator
              + "': expected lower_snake_case");
    }
    key = key == null ? "" : key;
    unit = unit == null ? "" : unit;
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "Observation " + country + "/" + indicator + "/" + key + " has value " + value);
    }
    if (refYear != null && (refYear < MIN_YEAR || refYear > MAX_YEAR)) {
      throw new IllegalArgumentException(
          "Observation "
              + country
              + "/"
              + indicator
              + " has reference year "
              + refYear
              + " outside "
              + MIN_YEAR
              + "–"
              + MAX_YEAR);
    }
    if (edition < MIN_YEAR || edition > MAX_YEAR) {
      throw new IllegalArgumentException(
          "Observation " + country + "/" + indicator + " has edition " + edition);
    }
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(source, "source");
    note = note == null ? "" : note;
  }

  /** An observation without a note. */
  public Observation(
      String country,
      String indicator,
      String key,
      Double value,
      String unit,
      Integer refYear,
      int edition,
      LocalDate published,
      boolean asKnown,
      Source source) {
    this(country, indicator, key, value, unit, refYear, edition, published, asKnown, source, "");
  }

  /** The same observation with a note (replacing any earlier one). */
  public Observation withNote(String newNote) {
    return new Observation(
        country, indicator, key, value, unit, refYear, edition, published, asKnown, source,
        newNote);
  }

  // Hand-written checks rather than regular expressions: the panel creates 700,000 of these at
  // start-up.
  private static boolean isIso3(String s) {
    if (s == null || s.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  private static boolean isId(String s) {
    if (s == null || s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** Whether the source gave a number. */
  public boolean hasValue() {
    return value != null;
  }

  /** The series this figure belongs to: country, indicator and key. */
  public SeriesKey series() {
    return new SeriesKey(country, indicator, key);
  }
}
