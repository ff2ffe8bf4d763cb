/**
 * Uncertainty and sensitivity analyses of a ranking (COINr's {@code get_sensitivity}): of the
 * engine's model for an aggressor and year, or of a dataset in COINr's layout given already read;
 * with the uncertain inputs from a spec, from flags, or the documented default.
 */
package org.borderland.app.analysis;
