/**
 * The panel: sourced observations (country, indicator, key, value, reference year, edition, source)
 * and point-in-time access ("as known in year Y").
 */
package org.borderland.core.panel;
