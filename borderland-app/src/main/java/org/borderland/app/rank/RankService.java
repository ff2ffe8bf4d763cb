package org.borderland.app.rank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderland.app.Borderland;
import org.borderland.app.common.Inputs;
import org.borderland.app.common.Numbers;
import org.borderland.app.common.ProvenanceView;
import org.borderland.app.common.Situation;
import org.borderland.core.model.CandidateSet;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.Model;
import org.borderland.core.score.TargetResult;

/** Ranks an aggressor's candidate targets by the model's index, as known in a year. */
public final class RankService {
  private final Borderland app;

  /** A service of {@code app}. */
  public RankService(Borderland app) {
    this.app = app;
  }

  /** The ranking a request asks for. */
  public RankResult rank(RankRequest r) {
    Situation sit = Situation.of(app, r.aggressor(), r.year(), r.model(), r.scenario());
    CandidateSet set = Inputs.candidates(sit, r.candidates(), r.reachOrDefault());
    List<TargetResult> ranking = sit.scorer().ranking(sit.world(), set.codes());
    Model model = sit.scorer().model();
    Calibrated.Column cal = r.calibrated() ? Calibrated.of(app, sit, set.codes()) : null;
    List<RankResult.Row> rows = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (TargetResult t : ranking) {
      rows.add(
          new RankResult.Row(
              t.target(),
              Numbers.orNull(t.index()),
              t.rank(),
              Numbers.orNull(t.factors()),
              t.coverage(),
              new RankResult.Quality(
                  t.quality().filled(),
                  t.quality().imputed(),
                  t.quality().missing(),
                  t.quality().unverified()),
              cal == null
                  ? null
                  : cal.byTarget()
                      .getOrDefault(t.target(), new RankResult.Probability(null, null, null))));
      names.put(t.target(), sit.engine().registry().get(t.target()).name());
    }
    String modelId = model.id();
    return new RankResult(
        sit.aggressor(),
        sit.year(),
        modelId,
        RankResult.MissingFactorsView.of(model.missingFactors()),
        set.given() ? "given" : set.reach().id(),
        set.notes(),
        ProvenanceView.of(sit.provenance(), modelId),
        rows,
        cal == null ? null : cal.view(),
        sit.scenarioView(),
        new RankResult.About(
            sit.engine().registry().get(sit.aggressor()).name(),
            model.name(),
            set.given() ? "named in the request" : set.reach().describe(),
            model.factors().stream().map(FactorGroup::id).toList(),
            model.indicators().size(),
            names,
            sit.scenarioLine(),
            sit.provenance().line(modelId),
            cal == null ? "" : cal.line()));
  }
}
