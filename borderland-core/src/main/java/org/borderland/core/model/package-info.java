/**
 * The model: which indicators, grouped into which factors, make up the exposure of a target T to an
 * aggressor A, and how each indicator is computed from the panel for the pair (A, T) as known in a
 * knowledge year. A {@link org.borderland.core.model.Model} is a plain value (read from a YAML file
 * by {@code borderland-data}); {@link org.borderland.core.model.Candidates} lists the targets worth
 * scoring; {@link org.borderland.core.indicator.RawCalculator} turns the model and the panel into a
 * {@link org.borderland.core.model.RawTable} of sourced raw values, the input the pipeline
 * normalises and aggregates. Nothing here reads files.
 */
package org.borderland.core.model;
