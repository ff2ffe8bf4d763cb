/**
 * The dyadic validation on militarized disputes: the model's factors beside a Bremer-style
 * baseline, fitted on earlier dyad-years and scored on later ones; the dyad-years it builds.
 */
package org.borderland.app.validation;
