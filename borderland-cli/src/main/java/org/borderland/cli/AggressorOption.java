package org.borderland.cli;

import picocli.CommandLine.Option;

/** The shared {@code --aggressor} option: a country code or name, read as its ISO3 code. */
public final class AggressorOption {
  @Option(
      names = "--aggressor",
      defaultValue = "RUS",
      paramLabel = "ISO3",
      converter = CountryConverter.class,
      description = "The aggressor, by code or name (default: ${DEFAULT-VALUE}).")
  String aggressor;

  /** The aggressor's ISO3 code. */
  String code() {
    return aggressor;
  }
}
