/**
 * Model files: reads a model YAML ({@code models/essay.yaml}, {@code models/extended.yaml} or a
 * user's own) into a checked {@link org.borderland.core.model.Model}, with errors that name the
 * file, line, field and what is allowed; finds the shipped models by name; and answers the core's
 * {@link org.borderland.core.model.CuratedCounts} from the curated fact files.
 */
package org.borderland.data.model;
