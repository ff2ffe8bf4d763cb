package org.borderland.data.cow;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.borderland.core.country.CodeSystem;
import org.borderland.core.country.CountryRegistry;
import org.borderland.data.importer.CsvRecord;
import org.borderland.data.importer.ImportException;

/**
 * Correlates of War state codes resolved to registry keys, year by year.
 *
 * <p>A COW code means different countries in different years: 365 is the USSR ({@code SUN}) up to
 * 1991 and Russia from 1992; 345 is Yugoslavia, then Serbia and Montenegro, then Serbia. Every
 * lookup therefore goes through the registry's year-bounded crosswalk, never through a dataset's
 * own abbreviation or ISO column.
 */
public final class CowCodes {
  private final CountryRegistry registry;
  private final Map<Long, Optional<String>> cache = new HashMap<>();

  /** Resolves through {@code registry}. */
  public CowCodes(CountryRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** The registry this resolves through. */
  public CountryRegistry registry() {
    return registry;
  }

  /** The ISO3 key COW code {@code ccode} means in {@code year}, if the registry knows one. */
  public Optional<String> resolve(int ccode, int year) {
    long k = ((long) ccode << 32) | (year & 0xffffffffL);
    return cache.computeIfAbsent(
        k, x -> registry.resolveCode(CodeSystem.COW, Integer.toString(ccode), year));
  }

  /**
   * The ISO3 key the COW code in {@code column} of {@code record} means in {@code year}.
   *
   * @throws ImportException naming the file, line, column and code when the registry has no country
   *     for that code in that year
   */
  public String require(CsvRecord record, int column, int year) throws ImportException {
    int ccode = record.integer(column);
    Optional<String> iso = resolve(ccode, year);
    if (iso.isEmpty()) {
      throw record.error(
          column,
          "is a COW code the country registry does not map to any country in " + year,
          "add a year-bounded COW row for it to the registry's crosswalk, or correct the row");
    }
    return iso.get();
  }

  /** How many years around a row's year a code may map to a country for the row to be skipped. */
  static final int NEAR_YEARS = 10;

  /**
   * The ISO3 key the COW code in {@code column} means in {@code year}; empty when the registry maps
   * the code to a country only in nearby years (within {@value #NEAR_YEARS}): datasets keep their
   * own state dates (ATOP has Ukraine in 1990 and Czechoslovakia in 1993, CREG the German
   * Democratic Republic in 1991). Callers skip and count such rows.
   *
   * @throws ImportException naming the file, line, column and code when the code means no country
   *     in or near that year
   */
  public Optional<String> resolveNear(CsvRecord record, int column, int year)
      throws ImportException {
    return resolveNear(record, column, record.integer(column), year);
  }

  /** As {@link #resolveNear(CsvRecord, int, int)}, for a code the caller has already read. */
  public Optional<String> resolveNear(CsvRecord record, int column, int ccode, int year)
      throws ImportException {
    Optional<String> iso = resolve(ccode, year);
    if (iso.isPresent()) {
      return iso;
    }
    for (int d = 1; d <= NEAR_YEARS; d++) {
      if (resolve(ccode, year - d).isPresent() || resolve(ccode, year + d).isPresent()) {
        return Optional.empty();
      }
    }
    throw record.error(
        column,
        "is a COW code the country registry does not map to any country in or near " + year,
        "add a year-bounded COW row for it to the registry's crosswalk, or correct the row");
  }

  /**
   * Whether {@code iso3} is still what some COW code means in {@code year}: false once the state
   * has ceased, and also once its code has passed to a successor (COW 345 means Serbia and
   * Montenegro to 2005 and Serbia from 2006).
   */
  public boolean hasCowCode(String iso3, int year) {
    return registry.codeOf(iso3, CodeSystem.COW, year).isPresent();
  }
}
