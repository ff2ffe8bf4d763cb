/**
 * Backtest case files ({@code cases/*.yaml}): past acts of aggression with their date, target,
 * knowledge year, description and a public citation, read with file and line in every error.
 */
package org.borderland.data.cases;
