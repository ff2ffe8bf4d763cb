/**
 * Raw values: how each kind of indicator ({@link org.borderland.core.model.Definition}) is computed
 * from the panel for an aggressor and a target as known in a year. {@link
 * org.borderland.core.indicator.RawCalculator} is the entry point; one class per family of kinds
 * (kin and language, text mentions, borders and gateways, capabilities and ratios, blocs and pacts,
 * UN votes, disputes, curated facts) computes them, all reading series through one {@code
 * SeriesReader} and keeping what one side of a pair yields in one per-country {@code SlotMemo}.
 */
package org.borderland.core.indicator;
