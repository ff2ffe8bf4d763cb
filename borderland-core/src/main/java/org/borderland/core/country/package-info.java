/**
 * Countries and their codes: one registry keyed by ISO 3166-1 alpha-3, with a year-bounded
 * crosswalk to ISO2, FIPS/GEC and Correlates of War codes, and name lookup with suggestions.
 */
package org.borderland.core.country;
