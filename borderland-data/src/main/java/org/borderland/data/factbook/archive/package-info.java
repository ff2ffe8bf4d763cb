/**
 * Reader of the annual CIA World Factbook archive 1990–2025 (gzipped T-SQL dumps, one per edition,
 * joined by CountryID to the archive's country table): a streaming tokenizer for the dumps, the
 * name-and-year resolution of each entry to a registry country (never by the reused two-letter
 * codes, never by the archive's master table), and an {@link org.borderland.data.importer.Importer}
 * that hands every field, as a {@link org.borderland.data.factbook.FieldText}, to the Factbook
 * field parsers.
 */
package org.borderland.data.factbook.archive;
