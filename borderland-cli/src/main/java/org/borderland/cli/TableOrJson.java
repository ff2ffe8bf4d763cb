package org.borderland.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --format table|json} option of the commands that print no CSV. */
public final class TableOrJson {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  /**
   * Whether JSON was asked for.
   *
   * @throws ParameterException for {@code --format csv}, which these commands do not print
   */
  boolean json() {
    if (format == Format.csv) {
      throw new ParameterException(
          mixee.commandLine(),
          "--format csv is not available for " + mixee.qualifiedName() + "; use table or json");
    }
    return format == Format.json;
  }
}
