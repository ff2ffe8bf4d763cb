package org.borderland.core.country;

import java.util.Objects;

/**
 * One year-bounded row of the crosswalk: in the years {@code [fromYear, toYear]}, code {@code code}
 * in {@code system} means country {@code iso3}.
 *
 * @param iso3 the registry key the code maps to
 * @param system the code system
 * @param code the code as that system writes it (upper case for letters)
 * @param fromYear first year the mapping holds
 * @param toYear last year the mapping holds, or {@code null} while it holds
 * @param note why, where the mapping is a known trap; may be empty
 */
public record CrosswalkEntry(
    String iso3, CodeSystem system, String code, int fromYear, Integer toYear, String note) {

  /** Checks the key, the code and the years. */
  public CrosswalkEntry {
    iso3 = Checks.iso3(iso3, "country code");
    Objects.requireNonNull(system, "system");
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("Crosswalk row for " + iso3 + " has an empty " + system);
    }
    code = code.strip();
    if (toYear != null && toYear < fromYear) {
      throw new IllegalArgumentException(
          "Crosswalk row " + system + " " + code + " → " + iso3 + " ends before it starts");
    }
    note = note == null ? "" : note;
  }

  /** Whether the mapping holds in {@code year}. */
  public boolean holdsIn(int year) {
    return year >= fromYear && (toYear == null || year <= toYear);
  }
}
