package org.borderland.cli;

import picocli.CommandLine.Command;

/** {@code borderland data}: build, check and look into the panel. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = "Build, validate and show the sourced country panel.",
    subcommands = {
      DataBuildCommand.class,
      DataValidateCommand.class,
      DataShowCommand.class,
      DataCountriesCommand.class,
      DataFactsCommand.class
    })
public final class DataCommand {}
