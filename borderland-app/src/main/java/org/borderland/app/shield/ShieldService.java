package org.borderland.app.shield;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderland.app.Borderland;
import org.borderland.app.common.Inputs;
import org.borderland.app.common.ProvenanceView;
import org.borderland.app.common.Situation;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.geography.Exposure;
import org.borderland.core.geography.Shielding;
import org.borderland.core.geography.TransitRules;
import org.borderland.data.engine.Engine;
import org.borderland.data.transit.TransitFileException;

/** Who shields whom from an aggressor, as known in a year, under transit rules. */
public final class ShieldService {
  private final Borderland app;

  /** A service of {@code app}. */
  public ShieldService(Borderland app) {
    this.app = app;
  }

  /**
   * The shielding a request asks for.
   *
   * @throws BadParameter naming {@code transit} for bad overlay rules, {@code allow} for an unknown
   *     state, or the situation's parameters
   */
  public ShieldResult shield(ShieldRequest r) {
    Situation sit = Situation.of(app, r.aggressor(), r.year(), r.model(), r.scenario());
    Engine engine = sit.engine();
    TransitRules rules = rules(sit, r.transit());
    Shielding s = sit.scorer().shielding(sit.world(), rules);
    String modelId = sit.model().model().id();
    List<ShieldResult.State> states = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Exposure e : s.exposures().values()) {
      states.add(
          new ShieldResult.State(e.state(), e.reachable(), e.hops(), e.exposed(), e.shieldedBy()));
      names.put(e.state(), engine.registry().get(e.state()).name());
    }
    s.gateways().keySet().forEach(g -> names.putIfAbsent(g, engine.registry().get(g).name()));
    TransitRules used = s.rules();
    return new ShieldResult(
        s.aggressor(),
        s.year(),
        new ShieldResult.Rules(
            used.allies(), used.noTransit(), used.allow(), used.rivalAlliances(), used.sea()),
        states,
        new LinkedHashMap<>(s.gateways()),
        s.region(),
        new LinkedHashMap<>(s.impassable()),
        s.describeRules(),
        ProvenanceView.of(sit.provenance(), modelId),
        sit.scenarioView(),
        new ShieldResult.About(
            engine.registry().get(s.aggressor()).name(),
            names,
            sit.scenarioLine(),
            sit.provenance().line(modelId)));
  }

  /** The situation's rules, then the overlay, then sea, then the states let through. */
  private static TransitRules rules(Situation sit, Transit t) {
    TransitRules r = sit.scorer().rules(sit.world());
    if (t.overlay() != null) {
      try {
        r = t.overlay().over(r, sit.model().model(), sit.aggressor(), sit.engine().registry());
      } catch (TransitFileException e) {
        throw BadParameter.of("transit", null, e);
      }
    }
    if (t.sea()) {
      r = r.withSea(true);
    }
    if (!t.allow().isEmpty()) {
      r = r.withAllowed(Inputs.countries(sit.engine(), t.allow(), "allow"));
    }
    return r;
  }
}
