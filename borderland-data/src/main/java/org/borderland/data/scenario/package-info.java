/**
 * Reads scenario files (YAML): the overrides a {@link org.borderland.core.scenario.Scenario} holds,
 * each with the file and line it was written on. {@code docs/scenarios.md} describes the format;
 * {@code scenarios/} ships examples.
 */
package org.borderland.data.scenario;
