package org.borderland.core.score;

/**
 * How complete one target's data was.
 *
 * @param filled indicators with a value from the panel
 * @param imputed indicators whose missing value a pipeline step filled
 * @param missing indicators with no value (skipped in aggregation, the remaining weights rescaled)
 * @param unverified indicators resting on a curated entry nobody has verified yet
 */
public record Quality(int filled, int imputed, int missing, int unverified) {}
