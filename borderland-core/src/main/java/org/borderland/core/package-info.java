/**
 * Borderland's core: plain Java with no I/O and no frameworks. Countries, the sourced panel of
 * observations and point-in-time access to it; later the model, scoring, explanation, uncertainty
 * and geography.
 */
package org.borderland.core;
