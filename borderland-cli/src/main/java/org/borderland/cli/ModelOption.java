package org.borderland.cli;

import picocli.CommandLine.Option;

/** The shared {@code --model} option: a shipped model's name or, on the command line, a file. */
public final class ModelOption {
  @Option(
      names = "--model",
      defaultValue = "essay",
      paramLabel = "NAME|FILE",
      description = "Model: essay, extended, or a model file (default: ${DEFAULT-VALUE}).")
  String model;

  /** The model's name or file. */
  String name() {
    return model;
  }
}
