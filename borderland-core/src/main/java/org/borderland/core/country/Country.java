package org.borderland.core.country;

import java.util.List;
import java.util.Objects;

/**
 * A state or territory: its ISO 3166-1 alpha-3 key (or a documented code where ISO has none), its
 * names, and the years it existed.
 *
 * @param iso3 the key, three upper-case letters (e.g. {@code KAZ}; {@code SUN} for the USSR)
 * @param name the common English name
 * @param officialName the long official name, or the common name when there is none
 * @param kind whether it is a sovereign state, a dependent territory, or a disputed entity
 * @param fromYear first year it existed as such (1800 when older than anything we hold)
 * @param toYear last year it existed, or {@code null} while it exists
 * @param aliases other names it is known by ("Kazakstan", "Burma"); may be empty
 * @param note why the entry or its code is as it is; may be empty
 */
public record Country(
    String iso3,
    String name,
    String officialName,
    Kind kind,
    int fromYear,
    Integer toYear,
    List<String> aliases,
    String note) {

  /** What sort of entity a registry entry is. Non-state entries (EU, World, oceans) never enter. */
  public enum Kind {
    /** A sovereign state. */
    STATE,
    /** A dependency or territory administered by a state. */
    TERRITORY,
    /** A state whose sovereignty is disputed (Kosovo, Taiwan, Western Sahara). */
    DISPUTED
  }

  /** Checks the codes and years; copies the aliases. */
  public Country {
    iso3 = Checks.iso3(iso3, "country code");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Country " + iso3 + " has a blank name");
    }
    officialName = officialName == null || officialName.isBlank() ? name : officialName;
    Objects.requireNonNull(kind, "kind");
    if (toYear != null && toYear < fromYear) {
      throw new IllegalArgumentException(
          "Country " + iso3 + " ends in " + toYear + ", before it starts in " + fromYear);
    }
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    note = note == null ? "" : note;
  }

  /** Whether the entity existed at any time in {@code year}. */
  public boolean existsIn(int year) {
    return year >= fromYear && (toYear == null || year <= toYear);
  }

  /**
   * Whether the entity still existed at the end of {@code year}: it existed in the year and did not
   * end during it (the Soviet Union existed in 1991 but not at its end).
   */
  public boolean existsAtEndOf(int year) {
    return year >= fromYear && (toYear == null || year < toYear);
  }

  /**
   * This country, checked to exist in {@code year}.
   *
   * @param where what names it, for the message (an option, a file and line)
   * @throws IllegalArgumentException naming {@code where}, the country, the year and the years it
   *     existed
   */
  public Country requireExistsIn(int year, String where) {
    if (!existsIn(year)) {
      throw new IllegalArgumentException(
          where
              + ": "
              + iso3
              + " ("
              + name
              + ") did not exist in "
              + year
              + " (it existed "
              + fromYear
              + "–"
              + (toYear == null ? "" : toYear)
              + ")");
    }
    return this;
  }

  /** Whether this is a sovereign (possibly disputed) state rather than a dependent territory. */
  public boolean isState() {
    return kind != Kind.TERRITORY;
  }
}
