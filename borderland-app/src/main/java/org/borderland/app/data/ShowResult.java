package org.borderland.app.data;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A country's figures with their sources, written as JSON as the list of rows.
 *
 * @param country the country's code
 * @param rows the rows, one per indicator, key and edition (or the one known in the year)
 */
public record ShowResult(String country, List<Row> rows) {
  /** Copies the rows. */
  public ShowResult {
    rows = List.copyOf(rows);
  }

  /** The JSON: the rows. */
  @JsonValue
  public List<Row> json() {
    return rows;
  }

  /**
   * One figure; the observation's parts are null where there is none.
   *
   * @param country the country's code
   * @param indicator the indicator id
   * @param key the group, language, neighbour or organisation (empty for none)
   * @param value the value, or null
   * @param unit its unit
   * @param refYear the year it describes
   * @param edition the edition it comes from
   * @param published when that edition was published
   * @param asKnown whether it was published by then (no revised history)
   * @param source where it was read
   * @param note a note (empty for none)
   * @param choice which of several values was chosen and why, or null
   * @param dataset the dataset the row belongs to (tables only)
   */
  public record Row(
      String country,
      String indicator,
      String key,
      Double value,
      String unit,
      Integer refYear,
      Integer edition,
      String published,
      Boolean asKnown,
      Source source,
      String note,
      @JsonInclude(JsonInclude.Include.NON_NULL) String choice,
      @JsonIgnore String dataset) {}

  /** Where a figure was read: the dataset, its edition, the field and the raw text. */
  public record Source(String dataset, String edition, String field, String text) {}
}
