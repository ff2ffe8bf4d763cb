/**
 * Reader of the CIA World Factbook JSON snapshots (factbook/factbook.json, one file per entry named
 * by its FIPS code): resolves each file to a registry country for the snapshot's year, flattens
 * each field (sub-fields, notes, HTML) into one text the way the archive writes it, reports missing
 * sections and fields, and hands every field, as a {@link org.borderland.data.factbook.FieldText},
 * to the Factbook field parsers through an {@link org.borderland.data.importer.Importer}.
 */
package org.borderland.data.factbook.json;
