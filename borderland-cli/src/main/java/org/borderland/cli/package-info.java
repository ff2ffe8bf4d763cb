/** The {@code borderland} command line: picocli commands, each a thin wrapper over one task. */
package org.borderland.cli;
