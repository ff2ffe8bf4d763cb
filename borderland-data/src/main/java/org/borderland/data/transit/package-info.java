/**
 * Transit-rules files: which states an aggressor's paths may cross, read from YAML on top of the
 * aggressor's defaults into a {@link org.borderland.core.geography.TransitRules}, with every
 * problem named by file, line, field and what is allowed.
 */
package org.borderland.data.transit;
