package org.borderland.cli;

import picocli.CommandLine.Command;

/** The top-level {@code borderland} command. */
@Command(
    name = "borderland",
    mixinStandardHelpOptions = true,
    version = "borderland 0.1.0",
    description = "Which neighbour is a revisionist power most likely to target next, and why.",
    subcommands = {
      DataCommand.class,
      RankCommand.class,
      ExplainCommand.class,
      HistoryCommand.class,
      ShieldCommand.class,
      BenchCommand.class,
      CompositeCommand.class,
      ScenarioCommand.class,
      CascadeCommand.class,
      UncertaintyCommand.class,
      SensitivityCommand.class,
      BacktestCommand.class,
      ValidateCommand.class
    })
public final class BorderlandCommand {}
