/**
 * The CIA World Factbook, 1990–2026: {@link org.borderland.data.factbook.FieldText}, the raw text
 * of one field of one edition, and the field parsers that turn it into sourced observations ({@link
 * org.borderland.data.factbook.FactbookObservations}), with the map from every field name the
 * editions used to the fields Borderland reads ({@link
 * org.borderland.data.factbook.FactbookFields}). The readers of the annual archive and of the JSON
 * snapshots live in sub-packages.
 */
package org.borderland.data.factbook;
