package org.borderland.data.factbook;

import java.util.List;
import java.util.Objects;
import org.borderland.data.curated.Citation;

/**
 * One correction to the rows an importer read from the Factbook, kept in {@code
 * curated/factbook-corrections.yaml}: where the printed text is wrong or silent and a cited source
 * says what it means. The printed text stays the rows' source; the correction is noted on every row
 * it changes ({@link #noteFor}).
 */
public sealed interface FactbookCorrection
    permits FactbookCorrection.Split,
        FactbookCorrection.ReferenceYear,
        FactbookCorrection.Redefined {

  /** Where it applies: one series' rows in a range of editions, every dataset. */
  Scope scope();

  /** Why, in a sentence a reader can check. */
  String reason();

  /** The source that supports it. */
  Citation source();

  /** Its id in the file, e.g. {@code kaz-2012-census-year}. */
  String id();

  /**
   * The rows it changes.
   *
   * @param country ISO3
   * @param indicator the panel indicator, e.g. {@code ethnic_share}
   * @param keys the keys it changes (never empty)
   * @param fromEdition first edition
   * @param toEdition last edition
   */
  record Scope(
      String country, String indicator, List<String> keys, int fromEdition, int toEdition) {
    /** Requires every part and a non-empty edition range. */
    public Scope {
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(indicator, "indicator");
      keys = List.copyOf(keys);
      if (keys.isEmpty()) {
        throw new IllegalArgumentException("A correction needs at least one key");
      }
      if (toEdition < fromEdition) {
        throw new IllegalArgumentException(
            "A correction's editions end in "
                + toEdition
                + ", before they start in "
                + fromEdition);
      }
    }

    /** Whether it covers a row of this country, indicator, key and edition. */
    public boolean covers(String c, String i, String key, int edition) {
      return country.equals(c)
          && indicator.equals(i)
          && keys.contains(key)
          && edition >= fromEdition
          && edition <= toEdition;
    }
  }

  /**
   * One printed key that runs several groups together ("Russian Azari 5.1%"): its row becomes one
   * row per part, each with the figure given here (null when the source printed none for it).
   *
   * @param parts the keys and figures the printed item stands for, in order
   */
  record Split(String id, Scope scope, List<Part> parts, String reason, Citation source)
      implements FactbookCorrection {
    /** Requires one printed key and at least two parts. */
    public Split {
      parts = List.copyOf(parts);
      if (scope.keys().size() != 1 || parts.size() < 2) {
        throw new IllegalArgumentException(
            "Correction " + id + ": a split names one key and at least two parts");
      }
    }

    /**
     * One part of a split key.
     *
     * @param key the group's key
     * @param value its figure, or null when the source printed none for it
     */
    public record Part(String key, Double value) {}
  }

  /**
   * A reference year printed wrongly ("(1999 census)" beside the 2009 census figures).
   *
   * @param printed the year as printed, which the rows must carry
   * @param corrected the year the figures describe
   */
  record ReferenceYear(
      String id, Scope scope, int printed, int corrected, String reason, Citation source)
      implements FactbookCorrection {}

  /**
   * The figures change meaning from the first edition of the scope on (Ukraine's language shares:
   * from 2015 the census's native language): the rows are marked as a new definition, as border
   * rows are marked re-measured, so no trend reads the change as a change in the population.
   *
   * @param definition what the figures mean from then on
   */
  record Redefined(String id, Scope scope, String definition, String reason, Citation source)
      implements FactbookCorrection {}

  /** The note a corrected row carries: what was done, why, and the source. */
  default String noteFor() {
    String what =
        switch (this) {
          case Split s ->
              "corrected: the printed item is split into " + s.parts().size() + " groups";
          case ReferenceYear y ->
              "corrected reference year: printed "
                  + y.printed()
                  + ", the figures describe "
                  + y.corrected();
          case Redefined d -> "redefined: " + d.definition();
        };
    Citation c = source();
    return what
        + " ("
        + reason()
        + "; source: "
        + c.publisher()
        + ", \""
        + c.title()
        + "\", "
        + c.date()
        + (c.url().isEmpty() ? "" : ", " + c.url())
        + "; correction "
        + id()
        + ")";
  }
}
