package org.borderland.app.common;

import org.borderland.core.score.Provenance;

/**
 * Where a result comes from, as every result shows it: the version, the panel's hash, the model and
 * its file's hash, the knowledge year and the seed (null when nothing is random).
 *
 * @param version Borderland's version
 * @param panel the panel manifest's short hash
 * @param model {@code id@hash}
 * @param year the knowledge year
 * @param seed the seed, or null
 */
public record ProvenanceView(String version, String panel, String model, int year, Long seed) {
  /** The view of a provenance for a model id. */
  public static ProvenanceView of(Provenance p, String modelId) {
    return new ProvenanceView(
        p.version(), p.panelHash(), modelId + "@" + p.modelHash(), p.year(), p.seed());
  }
}
