package org.borderland.cli;

import picocli.CommandLine.Command;

/** {@code borderland scenario}: what a scenario changes. */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    description = "Compare the ranking under a scenario with the ranking as it is.",
    subcommands = {ScenarioDiffCommand.class})
public final class ScenarioCommand {}
