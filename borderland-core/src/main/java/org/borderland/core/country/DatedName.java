package org.borderland.core.country;

import java.util.Objects;

/**
 * A name that meant one country only in some years, such as "Yugoslavia" for the Federal Republic
 * of Yugoslavia ({@code SCG}) in 1992–2003, while the plain name "Yugoslavia" is the earlier
 * Socialist Federal Republic ({@code YUG}).
 *
 * <p>A dated name may repeat a plain name of another country; in its years, {@link
 * CountryRegistry#findByName(String, int)} prefers it.
 *
 * @param iso3 the country the name meant in those years
 * @param name the name as written
 * @param fromYear first year the name meant that country
 * @param toYear last year it did, or {@code null} while it still does
 */
public record DatedName(String iso3, String name, int fromYear, Integer toYear) {

  /** Checks the code, the name and the years. */
  public DatedName {
    iso3 = Checks.iso3(iso3, "country code");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Dated name for " + iso3 + " is blank");
    }
    name = name.strip();
    if (toYear != null && toYear < fromYear) {
      throw new IllegalArgumentException(
          "Dated name '" + name + "' for " + iso3 + " ends in " + toYear + ", before " + fromYear);
    }
  }

  /** Whether the name meant the country in {@code year}. */
  public boolean holdsIn(int year) {
    return year >= fromYear && (toYear == null || year <= toYear);
  }

  /** The years as text, e.g. {@code 1992-2003} or {@code 2018-}. */
  public String years() {
    return fromYear + "-" + (toYear == null ? "" : toYear);
  }
}
