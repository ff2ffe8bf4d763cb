/**
 * The engine's inputs loaded once: panel, registry, curated facts and models, with the hashes a
 * result's provenance cites. Commands and the server share it.
 */
package org.borderland.data.engine;
