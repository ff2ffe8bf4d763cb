package org.borderland.data.cow;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.borderland.core.country.CodeSystem;
import org.borderland.core.country.Country;
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

  /** Whether the registry says {@code iso3} existed in {@code year}. */
  public boolean exists(String iso3, int year) {
    Optional<Country> c = registry.find(iso3);
    return c.isPresent()
        && c.get().fromYear() <= year
        && (c.get().toYear() == null || year <= c.get().toYear());
  }
}
