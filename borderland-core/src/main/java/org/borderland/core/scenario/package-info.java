/**
 * Scenarios: overrides on top of a knowledge year — absorb a state into the aggressor, set an
 * indicator's value for a country, add or remove a bloc membership, change the transit rules, the
 * weights or the model — and the scoring of the world they describe. A {@link
 * org.borderland.core.scenario.World} is what the aggressor controls and what has changed; {@link
 * org.borderland.core.scenario.WorldScorer} scores its candidates with the borders and capacity of
 * the whole controlled region. Plain Java: files are read in {@code borderland-data}.
 */
package org.borderland.core.scenario;
