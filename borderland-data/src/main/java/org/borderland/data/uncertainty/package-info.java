/**
 * Uncertain inputs as users write them: the uncertainty spec file (YAML, {@link
 * org.borderland.data.uncertainty.SpecFile}) and the command-line forms of each input ({@link
 * org.borderland.data.uncertainty.Choices}), read into {@link
 * org.borderland.core.uncertainty.UncertaintySpec}. Errors name the file, line, column and field,
 * what is allowed there, and the nearest allowed word.
 */
package org.borderland.data.uncertainty;
