package org.borderland.app.history;

import java.util.ArrayList;
import java.util.List;
import org.borderland.app.Borderland;
import org.borderland.app.common.Inputs;
import org.borderland.app.common.Numbers;
import org.borderland.app.explain.ExplainResult;
import org.borderland.app.explain.Scored;
import org.borderland.app.explain.Targets;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.concurrent.Cancellation;
import org.borderland.core.country.Country;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.scenario.Scenario;
import org.borderland.core.scenario.World;
import org.borderland.core.scenario.WorldScorer;
import org.borderland.core.score.History;
import org.borderland.core.score.Provenance;
import org.borderland.data.engine.Engine;

/**
 * Follows one target's index and rank for an aggressor through every knowledge year the panel
 * covers (from the aggressor's first Factbook edition), each year as known by its end, with the
 * factor that moved most since the year before.
 */
public final class HistoryService {
  private final Borderland app;

  /** A service of {@code app}. */
  public HistoryService(Borderland app) {
    this.app = app;
  }

  /**
   * The history a request asks for. The years are scored one after another; an interrupt of the
   * calling thread stops the work between years.
   *
   * @throws BadParameter for the aggressor, target, model or year, or when no year can be scored
   * @throws java.util.concurrent.CancellationException when the thread is interrupted
   */
  public HistoryResult history(HistoryRequest r) {
    Engine engine = app.engine();
    Engine.LoadedModel model = Inputs.model(engine, r.model(), "model");
    int last = Inputs.year(engine, r.year());
    Country a = Inputs.resolve(engine, r.aggressor(), "aggressor");
    String t = Targets.target(engine, r.target(), "target", a.iso3());
    Country tc = engine.registry().get(t);
    List<Integer> years = History.years(engine.panel(), engine.years()[0], last, a, tc);
    if (years.isEmpty()) {
      throw new BadParameter(
          "target",
          r.target(),
          "No knowledge year up to "
              + last
              + " in which both "
              + a.iso3()
              + " and "
              + t
              + " existed and the panel has the aggressor's Factbook entry");
    }
    WorldScorer scorer = engine.worlds(model.model(), Scenario.none());
    List<History.Point> points = new ArrayList<>();
    String firstError = null;
    for (int y : years) {
      Cancellation.check();
      try {
        Scored s = Scored.of(engine, model, scorer, World.asIs(a.iso3(), y), List.of(t));
        points.add(History.Point.of(s.explanation(t)));
      } catch (IllegalArgumentException e) {
        // A year the pair cannot be scored in (e.g. a state that did not exist) stays in the
        // history with the reason, so a gap is visible rather than silently dropped.
        points.add(History.Point.absent(y, e.getMessage()));
        firstError = firstError == null ? e.getMessage() : firstError;
      }
    }
    History h = History.of(a.iso3(), t, model.model().id(), points);
    if (h.scored().isEmpty()) {
      throw new BadParameter(
          "target",
          r.target(),
          "No year could be scored for " + a.iso3() + " -> " + t + ": " + firstError);
    }
    Provenance p = engine.provenance(model, last, null);
    int first = years.get(0);
    int end = years.get(years.size() - 1);
    String modelId = h.modelId();
    return new HistoryResult(
        h.aggressor(),
        h.target(),
        modelId,
        new HistoryResult.Provenance(
            p.version(),
            p.panelHash(),
            modelId + "@" + p.modelHash(),
            p.seed(),
            List.of(first, end)),
        model.model().indexAggregation().shortId(),
        h.points().stream().map(HistoryService::year).toList(),
        new HistoryResult.About(
            engine.registry().get(h.aggressor()).name(),
            engine.registry().get(h.target()).name(),
            model.model().name(),
            model.model().factors().stream().map(FactorGroup::id).toList(),
            model.model().indicators().size(),
            provenanceLine(p, modelId, first, end)));
  }

  private static HistoryResult.Year year(History.Point pt) {
    return new HistoryResult.Year(
        pt.year(),
        Numbers.orNull(pt.index()),
        pt.rank(),
        pt.targets(),
        pt.scored() ? !pt.added() : null,
        Numbers.orNull(pt.scores()),
        Numbers.orNull(pt.contributions()),
        pt.quality() == null
            ? null
            : new ExplainResult.Quality(
                pt.quality().filled(),
                pt.quality().imputed(),
                pt.quality().missing(),
                pt.quality().unverified()),
        pt.moved() == null ? null : move(pt.moved()),
        pt.note().isEmpty() ? null : pt.note());
  }

  private static HistoryResult.Move move(History.Move m) {
    return new HistoryResult.Move(
        m.factor(),
        switch (m.kind()) {
          case CHANGED -> HistoryResult.Kind.CHANGED;
          case ENTERED -> HistoryResult.Kind.ENTERED;
          case LEFT -> HistoryResult.Kind.LEFT;
        },
        m.from(),
        Numbers.orNull(m.scoreBefore()),
        Numbers.orNull(m.scoreAfter()),
        Numbers.orNull(m.change()),
        Numbers.orNull(m.indexChange()));
  }

  private static String provenanceLine(Provenance p, String modelId, int first, int end) {
    return "borderland "
        + p.version()
        + ", panel "
        + p.panelHash()
        + ", model "
        + modelId
        + "@"
        + p.modelHash()
        + ", each year as known by its end, "
        + first
        + "-"
        + end;
  }
}
