/**
 * The country registry's tables: every state and territory in the CIA World Factbook and in
 * Correlates of War keyed by ISO 3166-1 alpha-3 (or a documented code where ISO has none), a
 * year-bounded crosswalk to ISO2, FIPS/GEC and COW codes, and the Factbook entries that are not
 * countries. {@link org.borderland.data.registry.RegistryTables#standard()} loads the bundled
 * tables; {@code docs/country-codes.md} explains the codes, the traps and the decisions.
 */
package org.borderland.data.registry;
