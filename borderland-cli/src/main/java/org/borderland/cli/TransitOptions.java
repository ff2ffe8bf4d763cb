package org.borderland.cli;

import java.nio.file.Path;
import java.util.List;
import org.borderland.app.shield.Transit;
import org.borderland.data.transit.TransitFile;
import picocli.CommandLine.Option;

/**
 * The options that set an aggressor's transit rules, in one place: the defaults of the model's
 * profile (or the scenario's rules), then a transit file, then the flags. The file is the command
 * line's own: the application gets the rules read from it, never its path.
 */
public final class TransitOptions {
  @Option(
      names = "--transit",
      paramLabel = "FILE",
      description =
          "Transit rules (YAML: allies, noTransit, allow, rivalAlliances, sea) over the defaults.")
  Path transit;

  @Option(
      names = "--sea",
      description = "Count sea links: the Caspian, and COW water contiguity up to 150 miles.")
  boolean sea;

  @Option(
      names = "--allow",
      paramLabel = "ISO3,…",
      split = ",",
      converter = CountryConverter.class,
      description = "Let paths pass through these states despite noTransit or a rival alliance.")
  List<String> allow;

  /**
   * The transit part of a request: the file's rules over the base, then {@code --sea}, {@code
   * --allow}.
   */
  Transit transit() {
    Path file = transit;
    Transit.Overlay overlay =
        file == null
            ? null
            : (base, model, aggressor, registry) ->
                TransitFile.read(file, base, model, aggressor, registry);
    return new Transit(overlay, sea, allow == null ? List.of() : allow);
  }
}
