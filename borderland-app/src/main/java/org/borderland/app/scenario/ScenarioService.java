package org.borderland.app.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderland.app.Borderland;
import org.borderland.app.common.Inputs;
import org.borderland.app.common.Numbers;
import org.borderland.app.common.ProvenanceView;
import org.borderland.app.common.Situation;
import org.borderland.core.scenario.Scenario;
import org.borderland.core.scenario.ScenarioDiff;
import org.borderland.core.scenario.World;
import org.borderland.core.scenario.WorldScorer;
import org.borderland.core.score.Scoring;
import org.borderland.data.engine.Engine;

/**
 * What a scenario changes: the ranking as it is (the request's model, nothing changed) against the
 * ranking under the scenario (its model and weights when it names them), target by target.
 */
public final class ScenarioService {
  private final Borderland app;

  /** A service of {@code app}. */
  public ScenarioService(Borderland app) {
    this.app = app;
  }

  /** The diff a request asks for. */
  public ScenarioDiffResult diff(ScenarioDiffRequest r) {
    Situation after = Situation.of(app, r.aggressor(), r.year(), r.model(), r.scenario());
    Engine engine = after.engine();
    Engine.LoadedModel baseModel = Inputs.model(engine, r.model(), "model");
    WorldScorer before = engine.worlds(baseModel.model(), Scenario.none());
    Scoring b = before.score(World.asIs(after.aggressor(), after.year()));
    Scoring a = after.scorer().score(after.world());
    ScenarioDiff diff = ScenarioDiff.of(b, a, after.world());
    List<ScenarioDiffResult.Target> targets = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (ScenarioDiff.Row row : diff.rows()) {
      List<ScenarioDiffResult.Factor> factors = new ArrayList<>();
      for (ScenarioDiff.FactorChange f : row.factors()) {
        factors.add(
            new ScenarioDiffResult.Factor(
                f.factor(),
                Numbers.orNull(f.before()),
                Numbers.orNull(f.after()),
                Numbers.orNull(f.contributionChange())));
      }
      targets.add(
          new ScenarioDiffResult.Target(
              row.target(),
              status(row.status()),
              row.rankBefore(),
              row.rankAfter(),
              row.rankChange(),
              Numbers.orNull(row.indexBefore()),
              Numbers.orNull(row.indexAfter()),
              factors,
              row.rawChanged()));
      names.put(row.target(), engine.registry().get(row.target()).name());
    }
    String modelId = after.model().model().id();
    return new ScenarioDiffResult(
        after.aggressor(),
        after.year(),
        after.scenarioView(),
        new ScenarioDiffResult.Side(baseModel.model().id(), b.results().size()),
        new ScenarioDiffResult.Side(modelId, a.results().size()),
        ProvenanceView.of(after.provenance(), modelId),
        targets,
        new ScenarioDiffResult.About(
            after.scenario().name(),
            engine.registry().get(after.aggressor()).name(),
            names,
            after.scenarioLine(),
            after.provenance().line(modelId)));
  }

  private static ScenarioDiffResult.Status status(ScenarioDiff.Status s) {
    return switch (s) {
      case KEPT -> ScenarioDiffResult.Status.KEPT;
      case ABSORBED -> ScenarioDiffResult.Status.ABSORBED;
      case NEW -> ScenarioDiffResult.Status.NEW;
      case DROPPED -> ScenarioDiffResult.Status.DROPPED;
    };
  }
}
