/**
 * Reads composite-indicator inputs in the layout of the COINr R package — {@code iData.csv} (units
 * × indicators, group and denominator columns), {@code iMeta.csv} (the indicator tree) and an
 * optional denominators file — into the core pipeline's {@link
 * org.borderland.core.pipeline.Dataset} and {@link org.borderland.core.pipeline.Tree}, and reads
 * pipeline files (YAML) into a {@link org.borderland.core.pipeline.Pipeline}. Errors name the file,
 * line, column or field, the value, and what is allowed.
 */
package org.borderland.data.coinr;
