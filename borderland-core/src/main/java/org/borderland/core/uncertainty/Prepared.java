package org.borderland.core.uncertainty;

import java.util.List;

/**
 * The data after every step but the aggregation, as columns, and where its rows rank.
 *
 * @param columns the indicators' columns, in tree order
 * @param logs per indicator, {@code Math.log} of each value (for the geometric mean)
 * @param universe per row, the unit's position among the units ranked, or -1
 * @param units per row, the unit
 */
record Prepared(double[][] columns, double[][] logs, int[] universe, List<String> units) {}
