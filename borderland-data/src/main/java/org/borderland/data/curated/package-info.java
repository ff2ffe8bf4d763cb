/**
 * Curated, cited facts: the human-edited log of statements, episodes, policies, treaties and census
 * figures that the public datasets lack, each with a citation and a {@code verified} flag, plus the
 * record of which (aggressor, target, factor) triples have been researched at all, so that a count
 * for an unresearched triple is missing rather than zero. {@link
 * org.borderland.data.curated.CuratedFacts#load} reads and checks {@code curated/facts.yaml} and
 * {@code curated/researched.yaml}; census entries become panel observations.
 */
package org.borderland.data.curated;
