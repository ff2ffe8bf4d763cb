/**
 * Borderland's data layer: importers that read public datasets in place (one package per source),
 * the country registry's tables, and the committed panel store.
 */
package org.borderland.data;
