/**
 * Validation: does the model see what actually happened? Backtests on past acts of aggression (each
 * ranked only on what was known before it), and an out-of-sample validation on Correlates of War
 * militarized disputes over every directed dyad-year, with logistic regression (IRLS,
 * Firth-penalised for rare events, standard errors from the information matrix), ROC and PR AUC,
 * Brier scores and reliability tables against no-skill and Bremer-style baselines, and the
 * calibrated probabilities that the ranking can show.
 */
package org.borderland.core.validation;
