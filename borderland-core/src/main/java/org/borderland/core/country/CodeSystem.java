package org.borderland.core.country;

/** A country-code system the crosswalk maps between. */
public enum CodeSystem {
  /** ISO 3166-1 alpha-3 (our key), plus documented codes where ISO has none. */
  ISO3,
  /** ISO 3166-1 alpha-2. Beware: ISO2 {@code RS} is Serbia. */
  ISO2,
  /** FIPS 10-4 / GEC, as the CIA World Factbook uses it. Beware: FIPS {@code RS} is Russia. */
  FIPS,
  /** Correlates of War numeric state code ({@code ccode}), e.g. 705 for Kazakhstan. */
  COW,
  /** Correlates of War state abbreviation ({@code stateabb}), e.g. KZK; not ISO3. */
  COW_ABB
}
