package org.borderland.core.score;

import java.util.Objects;

/**
 * Enough to reproduce and cite a result: which Borderland, which panel, which model, which
 * knowledge year, and the seed where randomness was involved.
 *
 * @param version Borderland's version
 * @param panelHash the first 12 hex digits of the SHA-256 of the panel's manifest
 * @param modelHash the first 12 hex digits of the SHA-256 of the model file
 * @param year the knowledge year
 * @param seed the random seed, or {@code null} when nothing was random
 */
public record Provenance(String version, String panelHash, String modelHash, int year, Long seed) {
  /** Requires the version and hashes. */
  public Provenance {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(panelHash, "panelHash");
    Objects.requireNonNull(modelHash, "modelHash");
  }

  /** One line, e.g. {@code borderland 0.1.0, panel 3f2a…, model essay@9c1d…, known by 2022}. */
  public String line(String modelId) {
    return "borderland "
        + version
        + ", panel "
        + panelHash
        + ", model "
        + modelId
        + "@"
        + modelHash
        + ", as known by the end of "
        + year
        + (seed == null ? "" : ", seed " + seed);
  }
}
