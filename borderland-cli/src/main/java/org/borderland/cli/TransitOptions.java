package org.borderland.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderland.core.geography.TransitRules;
import org.borderland.core.model.Model;
import org.borderland.data.engine.Engine;
import org.borderland.data.transit.TransitFile;
import picocli.CommandLine.Option;

/**
 * The options that set an aggressor's transit rules, in one place: the defaults of the model's
 * profile, then a transit file, then the flags.
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
      description = "Let paths pass through these states despite noTransit or a rival alliance.")
  String allow;

  /**
   * The rules: the aggressor's defaults under {@code model}, the transit file over them, then
   * {@code --sea} and {@code --allow}.
   *
   * @throws org.borderland.data.transit.TransitFileException for a bad transit file
   * @throws org.borderland.core.country.UnknownCountryException for an unknown code in {@code
   *     --allow}, with suggestions
   */
  TransitRules rules(Engine engine, Model model, String aggressor) throws Exception {
    return rules(engine, model, aggressor, TransitRules.defaults(model, aggressor));
  }

  /** As {@link #rules(Engine, Model, String)}, over {@code base} (e.g. a scenario's rules). */
  TransitRules rules(Engine engine, Model model, String aggressor, TransitRules base)
      throws Exception {
    TransitRules r = base;
    if (transit != null) {
      r = TransitFile.read(transit, r, model, aggressor, engine.registry());
    }
    if (sea) {
      r = r.withSea(true);
    }
    if (allow != null) {
      List<String> codes = new ArrayList<>();
      for (String c : EngineOptions.codes(allow).orElse(List.of())) {
        codes.add(engine.registry().resolve(c, "--allow").iso3());
      }
      r = r.withAllowed(codes);
    }
    return r;
  }
}
