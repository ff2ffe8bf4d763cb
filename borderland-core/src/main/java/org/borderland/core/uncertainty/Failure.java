package org.borderland.core.uncertainty;

/**
 * Replications that failed with the same message (e.g. a geometric mean meeting a zero).
 *
 * @param message what the pipeline said
 * @param count how many replications failed so
 */
public record Failure(String message, int count) {}
