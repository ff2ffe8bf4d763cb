package org.borderland.app.data;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * The country registry (or the entities of one year), written as JSON as the list of entries.
 *
 * @param countries the entries, in the registry's order
 */
public record CountriesResult(List<Entry> countries) {
  /** Copies the list. */
  public CountriesResult {
    countries = List.copyOf(countries);
  }

  /** The JSON: the entries. */
  @JsonValue
  public List<Entry> json() {
    return countries;
  }

  /**
   * One entity of the registry.
   *
   * @param iso3 its key
   * @param name its short name
   * @param officialName its official name
   * @param kind what sort of entity it is ({@code STATE}, …)
   * @param fromYear the first year it existed
   * @param toYear the last, or null
   * @param aliases other names it is known by
   * @param codes its codes in other systems, with their years
   * @param note a note
   * @param shown per code system (ISO2, FIPS, COW, COW_ABB), the codes a table shows: those valid
   *     in the year asked, or every one joined by {@code |} (tables only)
   */
  public record Entry(
      String iso3,
      String name,
      String officialName,
      String kind,
      int fromYear,
      Integer toYear,
      List<String> aliases,
      List<Code> codes,
      String note,
      @JsonIgnore Map<String, String> shown) {}

  /**
   * A code in another system.
   *
   * @param system the system ({@code ISO2}, {@code FIPS}, {@code COW}, {@code COW_ABB})
   * @param code the code
   * @param from the first year it was valid
   * @param to the last year (a number), or {@code ""} while it still is
   */
  public record Code(String system, String code, int from, Object to) {}
}
