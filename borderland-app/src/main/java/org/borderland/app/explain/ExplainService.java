package org.borderland.app.explain;

import java.util.ArrayList;
import java.util.List;
import org.borderland.app.Borderland;
import org.borderland.app.common.Numbers;
import org.borderland.app.common.ProvenanceView;
import org.borderland.app.common.Situation;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.score.Comparison;
import org.borderland.core.score.Explanation;
import org.borderland.core.score.Provenance;
import org.borderland.data.engine.Engine;

/**
 * Explains one target's index, factor by factor down to the panel rows, or with {@code versus} why
 * it ranks above or below another target. A target outside the aggressor's default candidates is
 * scored together with them.
 */
public final class ExplainService {
  private final Borderland app;

  /** A service of {@code app}. */
  public ExplainService(Borderland app) {
    this.app = app;
  }

  /**
   * The explanation (or comparison) a request asks for.
   *
   * @throws BadParameter for an unknown, absent or absorbed target, the aggressor itself, or a
   *     target compared with itself (and for the aggressor, year, model and scenario)
   */
  public ExplainResult explain(ExplainRequest r) {
    Situation sit = Situation.of(app, r.aggressor(), r.year(), r.model(), r.scenario());
    Engine engine = sit.engine();
    int year = sit.year();
    String aggressor = sit.aggressor();
    String t = checked(engine, r.target(), "target", aggressor, year);
    List<String> wanted = new ArrayList<>(List.of(t));
    String v = null;
    if (r.versus() != null) {
      v = checked(engine, r.versus(), "versus", aggressor, year);
      if (v.equals(t)) {
        throw new BadParameter(
            "versus",
            r.versus(),
            "versus " + v + " is the target itself; compare with another target");
      }
      wanted.add(v);
    }
    notAbsorbed(sit, t, "target");
    if (v != null) {
      notAbsorbed(sit, v, "versus");
    }
    Scored scored = Scored.of(engine, sit.model(), sit.scorer(), sit.world(), wanted);
    List<String> notes = notes(engine, scored, aggressor, year);
    if (sit.hasScenario()) {
      notes.add(0, sit.scenarioLine());
    }
    Provenance p = sit.provenance();
    Explanation e = scored.explanation(t);
    if (v == null) {
      return explained(engine, e, p, notes);
    }
    return compared(engine, Comparison.of(e, scored.explanation(v)), p, notes);
  }

  private static String checked(
      Engine engine, String value, String parameter, String aggressor, int year) {
    return Targets.existing(
        engine, Targets.target(engine, value, parameter, aggressor), parameter, value, year);
  }

  private static void notAbsorbed(Situation sit, String target, String parameter) {
    if (sit.world().absorbed().contains(target)) {
      throw new BadParameter(
          parameter,
          target,
          "The scenario absorbs "
              + target
              + " into "
              + sit.aggressor()
              + "; it is no longer a target: explain another one");
    }
  }

  private static List<String> notes(Engine engine, Scored s, String aggressor, int year) {
    List<String> notes = new ArrayList<>();
    for (String a : s.added()) {
      notes.add(
          a
              + " ("
              + engine.registry().get(a).name()
              + ") is not among "
              + engine.registry().get(aggressor).name()
              + "'s "
              + s.defaults()
              + " default candidates in "
              + year
              + "; it was scored together with them, which can also shift the ranges every score is"
              + " normalised over");
    }
    return notes;
  }

  private static ExplainResult.Explained explained(
      Engine engine, Explanation e, Provenance p, List<String> notes) {
    List<ExplainResult.Factor> factors = new ArrayList<>();
    for (Explanation.Factor f : e.factors()) {
      factors.add(
          new ExplainResult.Factor(
              f.id(),
              f.name(),
              Numbers.orNull(f.score()),
              Numbers.orNull(f.weight()),
              Numbers.orNull(f.contribution()),
              f.rank(),
              f.indicators().stream().map(ExplainService::indicator).toList()));
    }
    return new ExplainResult.Explained(
        e.aggressor(),
        e.target(),
        e.year(),
        e.modelId(),
        ProvenanceView.of(p, e.modelId()),
        Numbers.orNull(e.index()),
        e.rank(),
        e.targets(),
        !e.added(),
        e.aggregation().shortId(),
        Explanation.scale(e.aggregation()),
        notes,
        quality(e),
        factors,
        new ExplainResult.About(
            engine.registry().get(e.aggressor()).name(),
            engine.registry().get(e.target()).name(),
            e.modelName(),
            e.aggregation(),
            e.contributionTotal(),
            p.line(e.modelId())));
  }

  private static ExplainResult.Indicator indicator(Explanation.Indicator i) {
    return new ExplainResult.Indicator(
        i.id(),
        i.name(),
        i.raw(),
        i.unit(),
        i.transform(),
        Numbers.orNull(i.transformed()),
        i.treatment().isEmpty() ? null : i.treatment(),
        Numbers.orNull(i.treated()),
        Numbers.orNull(i.normalised()),
        Numbers.orNull(i.weight()),
        i.status() == Explanation.Status.IMPUTED,
        i.status() == Explanation.Status.MISSING,
        i.note(),
        i.revised(),
        i.unverified(),
        i.primary() == null ? null : source(i.primary()),
        i.sources().stream().map(ExplainService::source).toList(),
        i.searched());
  }

  private static ExplainResult.Source source(Explanation.SourceRef r) {
    return new ExplainResult.Source(
        r.dataset(),
        r.edition(),
        r.field(),
        r.editionLabel(),
        r.refYear(),
        r.country(),
        r.indicator(),
        r.key(),
        r.value(),
        r.unit(),
        r.asKnown());
  }

  /** The quality of an explanation as results carry it. */
  static ExplainResult.Quality quality(Explanation e) {
    return new ExplainResult.Quality(
        e.quality().filled(),
        e.quality().imputed(),
        e.quality().missing(),
        e.quality().unverified());
  }

  private static ExplainResult.Compared compared(
      Engine engine, Comparison c, Provenance p, List<String> notes) {
    Explanation a = c.first();
    Explanation b = c.second();
    List<ExplainResult.Difference> ds = new ArrayList<>();
    for (Comparison.Difference d : c.differences()) {
      ds.add(
          new ExplainResult.Difference(
              d.factor(),
              d.name(),
              Numbers.orNull(d.firstScore()),
              Numbers.orNull(d.secondScore()),
              Numbers.orNull(d.firstContribution()),
              Numbers.orNull(d.secondContribution()),
              Numbers.orNull(d.difference())));
    }
    return new ExplainResult.Compared(
        a.aggressor(),
        a.target(),
        b.target(),
        a.year(),
        a.modelId(),
        ProvenanceView.of(p, a.modelId()),
        Numbers.orNull(a.index()),
        a.rank(),
        Numbers.orNull(b.index()),
        b.rank(),
        a.aggregation().shortId(),
        Explanation.scale(a.aggregation()),
        Numbers.orNull(c.gap()),
        notes,
        ds,
        new ExplainResult.Against(
            engine.registry().get(a.aggressor()).name(),
            engine.registry().get(a.target()).name(),
            engine.registry().get(b.target()).name(),
            a.contributionTotal(),
            b.contributionTotal(),
            c.total(),
            quality(a),
            quality(b),
            a.indicators().size(),
            b.indicators().size(),
            p.line(a.modelId())));
  }
}
