/**
 * YAML read for checking: {@link org.borderland.data.yaml.YamlTree} parses a document (Jackson's
 * streaming YAML parser) into a small tree that keeps each node's line and column, {@link
 * org.borderland.data.yaml.YamlFields} reads typed fields from it and records a {@link
 * org.borderland.data.yaml.YamlProblem} (file, line, column, field path, what is allowed, a "did
 * you mean") for each bad one, so that a reader can report every problem of a file in one run. The
 * curated facts, model and pipeline readers build on it; each keeps its own exception type.
 *
 * <p>Every input is bounded by its reader's {@link org.borderland.data.yaml.SizeLimit}, checked
 * before parsing, and every number is read in one place, {@link
 * org.borderland.data.yaml.YamlNumbers}: as YAML defines it, and only when it is finite and in the
 * field's range.
 */
package org.borderland.data.yaml;
