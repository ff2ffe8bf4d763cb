/**
 * Importers for the World Bank's World Development Indicators: total population and GDP in current
 * US dollars, one row per country and year from 1990, with aggregates (regions, income groups,
 * World) skipped and counted.
 */
package org.borderland.data.worldbank;
