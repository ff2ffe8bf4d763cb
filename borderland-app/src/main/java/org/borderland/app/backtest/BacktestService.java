package org.borderland.app.backtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderland.app.Borderland;
import org.borderland.app.common.Inputs;
import org.borderland.app.common.Numbers;
import org.borderland.app.common.ProvenanceView;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.country.Country;
import org.borderland.core.model.Model;
import org.borderland.core.score.Scorer;
import org.borderland.core.score.TargetResult;
import org.borderland.core.validation.Case;
import org.borderland.core.validation.CaseBacktest;
import org.borderland.core.validation.CaseBacktest.CaseResult;
import org.borderland.core.validation.ModelVariants;
import org.borderland.data.cases.CasesFileException;
import org.borderland.data.cases.CasesReader;
import org.borderland.data.engine.Engine;

/**
 * Backtests a model on past acts of aggression: each case ranked among the aggressor's default
 * candidates as known at the end of its knowledge year, by default on what was published then.
 */
public final class BacktestService {
  private final Borderland app;

  /** A service of {@code app}. */
  public BacktestService(Borderland app) {
    this.app = app;
  }

  /** The backtest a request asks for. */
  public BacktestResult backtest(BacktestRequest r) {
    Engine engine = app.engine();
    Country a = Inputs.resolve(engine, r.aggressor(), "aggressor");
    CasesInput input = r.cases().isShipped() ? shipped(engine, a) : r.cases();
    List<Case> cases = new ArrayList<>();
    for (Case c : input.cases()) {
      if (c.aggressor().equals(a.iso3())) {
        cases.add(c);
      }
    }
    if (cases.isEmpty()) {
      String parameter = r.cases().isShipped() ? "aggressor" : "cases";
      throw new BadParameter(
          parameter,
          r.cases().isShipped() ? r.aggressor() : input.file().toString(),
          input.file()
              + " has no case with aggressor "
              + a.iso3()
              + "; add one or give another file in cases");
    }
    Engine.LoadedModel loaded = Inputs.model(engine, r.model(), "model");
    Model used = r.allowRevised() ? loaded.model() : ModelVariants.asKnown(loaded.model());
    List<CaseResult> results = CaseBacktest.run(cases, used, ranker(engine, used));
    CaseBacktest.Summary s = CaseBacktest.summary(results);
    List<String> revised = ModelVariants.revisedIndicators(loaded.model());
    ProvenanceView p =
        ProvenanceView.of(engine.provenance(loaded, engine.years()[1], null), loaded.model().id());
    List<BacktestResult.CaseView> views = new ArrayList<>();
    for (CaseResult x : results) {
      views.add(view(x));
    }
    return new BacktestResult(
        a.iso3(),
        loaded.model().id(),
        new BacktestResult.Provenance(
            p.version(),
            p.panel(),
            p.model(),
            null,
            p.seed(),
            input.file().getFileName() + "@" + input.hash()),
        views,
        new BacktestResult.Summary(s.meanRank(), s.top1(), s.top3(), s.scored()),
        new BacktestResult.Data(
            !r.allowRevised(),
            r.allowRevised() ? revised : null,
            r.allowRevised() ? null : revised),
        new BacktestResult.About(
            a.name(), ModelVariants.revisedOnlyIndicators(loaded.model()), input.file()));
  }

  /** The aggressor's shipped cases, read from {@code cases/<name>.yaml}. */
  private static CasesInput shipped(Engine engine, Country a) {
    Path file = CasesReader.defaultFile(a.name());
    if (!Files.isRegularFile(file)) {
      throw new BadParameter(
          "aggressor",
          a.iso3(),
          "No cases file for "
              + a.iso3()
              + " at "
              + file
              + "; write one (see cases/russia.yaml), or give a cases file");
    }
    try {
      return new CasesInput(
          CasesReader.read(file, engine.registry()),
          file,
          Engine.shortHash(Files.readAllBytes(file)));
    } catch (CasesFileException e) {
      throw BadParameter.of("cases", file.toString(), e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Could not read the cases file " + file, e);
    }
  }

  /**
   * Ranks an aggressor's default candidates in a case's knowledge year; a year or state the panel
   * cannot rank is the case's reason, not the request's problem.
   */
  private static CaseBacktest.Ranker ranker(Engine engine, Model used) {
    Scorer scorer = engine.scorer(used);
    int[] span = engine.years();
    return (agg, year) -> {
      if (year < span[0] || year > span[1]) {
        throw new IllegalArgumentException(
            "the knowledge year " + year + " is outside the panel's " + span[0] + "-" + span[1]);
      }
      if (!engine.registry().get(agg).existsIn(year)) {
        throw new IllegalArgumentException(agg + " did not exist in " + year);
      }
      List<String> codes = engine.candidates(used, agg, year, Optional.empty()).codes();
      return scorer.ranking(agg, year, codes);
    };
  }

  private static BacktestResult.CaseView view(CaseResult r) {
    Case c = r.backtestCase();
    List<BacktestResult.Top> top = new ArrayList<>();
    for (TargetResult t : r.top()) {
      top.add(new BacktestResult.Top(t.target(), t.rank(), Numbers.orNull(t.index())));
    }
    List<BacktestResult.Driver> drivers = new ArrayList<>();
    for (CaseBacktest.Driver d : r.drivers()) {
      drivers.add(new BacktestResult.Driver(d.factor(), d.score(), d.contribution(), d.rank()));
    }
    return new BacktestResult.CaseView(
        c.id(),
        c.knowledgeYear(),
        c.target(),
        r.rank(),
        r.reason().isEmpty() ? null : r.reason(),
        r.candidates(),
        top,
        r.index(),
        r.inSummary(),
        drivers,
        c.date().toString(),
        c.description(),
        c.citation().text());
  }
}
