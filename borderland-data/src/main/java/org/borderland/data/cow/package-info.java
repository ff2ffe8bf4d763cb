/**
 * Importers for Correlates of War and related datasets, as converted to CSV from the R package
 * peacesciencer: National Material Capabilities, direct contiguity, ATOP and COW alliances,
 * militarized interstate disputes, territorial threat, CREG fractionalisation, minimum distances
 * and major-power status. COW codes are mapped to registry keys year by year ({@link
 * org.borderland.data.cow.CowCodes}); slowly changing dyadic data are compacted to the years where
 * they change.
 */
package org.borderland.data.cow;
