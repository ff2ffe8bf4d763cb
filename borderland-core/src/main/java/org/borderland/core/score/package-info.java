/**
 * Scoring: the model's raw dyadic values run through the composite-indicator pipeline into factor
 * scores, an index and a ranking of the candidate targets, with everything needed to explain it.
 */
package org.borderland.core.score;
