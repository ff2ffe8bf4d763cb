package org.borderland.app.cascade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderland.app.Borderland;
import org.borderland.app.common.Numbers;
import org.borderland.app.common.ProvenanceView;
import org.borderland.app.common.Situation;
import org.borderland.core.scenario.Cascade;

/**
 * The domino cascade: repeatedly absorb the top-ranked candidate bordering the aggressor's region,
 * and rank again.
 */
public final class CascadeService {
  private final Borderland app;

  /** A service of {@code app}. */
  public CascadeService(Borderland app) {
    this.app = app;
  }

  /** The cascade a request asks for. */
  public CascadeResult cascade(CascadeRequest r) {
    Situation sit = Situation.of(app, r.aggressor(), r.year(), r.model(), r.scenario());
    Cascade c = Cascade.run(sit.scorer(), sit.world(), r.steps());
    String modelId = sit.model().model().id();
    List<CascadeResult.Step> steps = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Cascade.Step s : c.steps()) {
      steps.add(
          new CascadeResult.Step(
              s.step(),
              s.absorbed(),
              Numbers.orNull(s.index()),
              s.rank(),
              s.runnerUp(),
              Numbers.orNull(s.runnerUpIndex()),
              Numbers.orNull(s.margin()),
              s.newlyExposed(),
              new CascadeResult.Capacity(
                  s.capacity().population(), s.capacity().gdpUsd(), s.capacity().missing())));
      names.put(s.absorbed(), sit.engine().registry().get(s.absorbed()).name());
    }
    return new CascadeResult(
        c.aggressor(),
        c.year(),
        modelId,
        sit.scenarioView(),
        ProvenanceView.of(sit.provenance(), modelId),
        steps,
        c.stopped().isEmpty() ? null : c.stopped(),
        new CascadeResult.About(
            sit.engine().registry().get(c.aggressor()).name(),
            names,
            sit.scenarioLine(),
            sit.provenance().line(modelId)));
  }
}
