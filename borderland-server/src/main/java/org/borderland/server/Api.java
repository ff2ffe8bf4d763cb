package org.borderland.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderland.app.Borderland;
import org.borderland.app.analysis.Analysed;
import org.borderland.app.analysis.AnalysisInputs;
import org.borderland.app.analysis.SensitivityRequest;
import org.borderland.app.analysis.SensitivityResult;
import org.borderland.app.analysis.SensitivityService;
import org.borderland.app.analysis.UncertaintyRequest;
import org.borderland.app.analysis.UncertaintyResult;
import org.borderland.app.analysis.UncertaintyService;
import org.borderland.app.backtest.BacktestRequest;
import org.borderland.app.backtest.BacktestResult;
import org.borderland.app.backtest.BacktestService;
import org.borderland.app.backtest.CasesInput;
import org.borderland.app.cascade.CascadeRequest;
import org.borderland.app.cascade.CascadeResult;
import org.borderland.app.cascade.CascadeService;
import org.borderland.app.common.Inputs;
import org.borderland.app.common.Progress;
import org.borderland.app.common.ScenarioInput;
import org.borderland.app.data.CountriesRequest;
import org.borderland.app.data.CountriesResult;
import org.borderland.app.data.DataService;
import org.borderland.app.data.FactsRequest;
import org.borderland.app.data.FactsResult;
import org.borderland.app.data.ShowRequest;
import org.borderland.app.data.ShowResult;
import org.borderland.app.explain.ExplainRequest;
import org.borderland.app.explain.ExplainResult;
import org.borderland.app.explain.ExplainService;
import org.borderland.app.history.HistoryRequest;
import org.borderland.app.history.HistoryResult;
import org.borderland.app.history.HistoryService;
import org.borderland.app.problem.TooLarge;
import org.borderland.app.rank.RankRequest;
import org.borderland.app.rank.RankResult;
import org.borderland.app.rank.RankService;
import org.borderland.app.scenario.ScenarioDiffRequest;
import org.borderland.app.scenario.ScenarioDiffResult;
import org.borderland.app.scenario.ScenarioService;
import org.borderland.app.shield.ShieldRequest;
import org.borderland.app.shield.ShieldResult;
import org.borderland.app.shield.ShieldService;
import org.borderland.app.shield.Transit;
import org.borderland.app.validation.ValidationRequest;
import org.borderland.app.validation.ValidationResult;
import org.borderland.app.validation.ValidationService;

/**
 * The routes of the API: for each, the parameters it takes and the service that answers it. A route
 * is a door: it turns checked parameters into a request record, calls the service and answers the
 * result record (written by Jackson); it computes nothing itself.
 */
final class Api {
  static final String BASE = "/api/v1";

  private Api() {}

  // Parameters several routes share.
  static final Param AGGRESSOR =
      Param.string("aggressor", "The aggressor, by ISO3 code or name.", "RUS");
  static final Param YEAR =
      Param.integer(
          "year",
          "Knowledge year: only what was published by the end of it (default: the latest).",
          null);
  static final Param MODEL =
      Param.string("model", "The model: essay or extended (shipped models only).", "essay");

  /** Every route, each calling its service of {@code app}. */
  static List<Route> routes(Borderland app, Limits limits) {
    List<Route> r = new ArrayList<>();
    r.add(Route.own("GET", BASE + "/openapi.json", Route.Kind.OPENAPI, "This document"));
    data(r, app);
    RankService rank = new RankService(app);
    List<Param> rankParams =
        List.of(
            MODEL,
            AGGRESSOR,
            YEAR,
            Param.string("candidates", "Score these targets (ISO3 codes, comma-separated).", null),
            Param.flag(
                "calibrated",
                "Add each target's fitted probability of a dispute within a year (slow)."),
            Param.string(
                "reach",
                "How far the default candidates reach: land (land neighbours, up to 150 miles of"
                    + " water, one land border further), sea (also up to 400 miles of water) or"
                    + " global (also every state, for a COW major power).",
                "land"));
    Route.Answer rankAnswer =
        (q, s) ->
            rank.rank(
                new RankRequest(
                    q.string("aggressor"),
                    q.integer("year"),
                    q.string("model"),
                    q.list("candidates"),
                    q.flag("calibrated"),
                    s,
                    Inputs.reach(q.string("reach"))));
    r.add(
        query(
            "/rank",
            "The aggressor's candidate targets ranked by the model's index",
            rankParams,
            RankResult.class,
            rankAnswer));
    r.add(scenario("rank", rankParams, RankResult.class, rankAnswer));
    explanation(r, app);
    geography(r, app);
    validation(r, app, limits);
    analyses(r, app, limits);
    r.add(
        Route.own(
            "GET",
            BASE + "/jobs/{id}",
            Route.Kind.JOB_STATUS,
            "A job's state, progress and, when done, its result"));
    r.add(
        Route.own(
            "DELETE",
            BASE + "/jobs/{id}",
            Route.Kind.JOB_CANCEL,
            "Cancel a job: a waiting one at once, a running one within about a second"));
    return List.copyOf(r);
  }

  private static Route query(
      String path, String summary, List<Param> params, Class<?> result, Route.Answer answer) {
    return new Route(
        "GET", BASE + path, Route.Kind.QUERY, summary, params, result, answer, null, false);
  }

  private static Route scenario(
      String name, List<Param> params, Class<?> result, Route.Answer answer) {
    return new Route(
        "POST",
        BASE + "/scenario/" + name,
        Route.Kind.SCENARIO,
        "As GET " + BASE + "/" + name + ", under the scenario in the request body",
        params,
        result,
        answer,
        null,
        true);
  }

  /** The parameters of an analysis's uncertain inputs and run, as the command line's options. */
  private static List<Param> analysisParams(boolean sensitivity) {
    List<Param> p =
        new ArrayList<>(
            List.of(
                MODEL,
                AGGRESSOR,
                YEAR,
                Param.string(
                    "candidates", "Analyse these targets (ISO3 codes, comma-separated).", null),
                Param.integer("seed", "Seed of the random draws (echoed in the result).", "42"),
                Param.integer("threads", "Worker threads (default: the machine's cores).", null),
                Param.number("noise-weights", "Uniform noise of ±X (e.g. 0.25) on the weights."),
                Param.string(
                    "noise-levels",
                    "The tree levels whose weights vary, comma-separated (with noise-weights).",
                    null),
                Param.integer(
                    "weight-sets",
                    "Draw the weights from this many noisy sets made once (with noise-weights).",
                    null),
                Param.string(
                    "normalisation",
                    "Normalisations to choose from, e.g. min-max:1:100,rank.",
                    null),
                Param.string(
                    "aggregation", "Aggregations to choose from, e.g. arithmetic,geometric.", null),
                Param.string("winmax", "A winsorisation limit range, e.g. 1-5.", null),
                Param.string("imputation", "Imputations to choose from, e.g. none,mean.", null),
                Param.string(
                    "models", "Models to choose from, e.g. essay,extended (shipped only).", null),
                Param.flag(
                    "warm-up",
                    "Run a small untimed analysis first, so elapsedMs shows the warm JVM."),
                Param.integer("runs", "Replications (sensitivity: the base sample N).", "1000")));
    if (sensitivity) {
      p.add(Param.integer("bootstrap", "Bootstrap samples of the intervals.", "100"));
      p.add(
          Param.string(
              "target", "Explain this target's rank (default: the mean rank shift).", null));
    }
    return p;
  }

  /** What a request analyses: the engine's model for the aggressor, year and candidates. */
  private static Analysed.Model analysed(Query q, ScenarioInput s) {
    return new Analysed.Model(
        q.string("aggressor"), q.integer("year"), q.string("model"), q.list("candidates"), s);
  }

  /** The uncertain inputs a request gives by its parameters (never a spec file). */
  private static AnalysisInputs inputs(Query q) {
    String models = q.string("models");
    if (models != null) {
      for (String m : models.split(",", -1)) {
        BorderlandServer.requireShippedModel(m.strip(), "models");
      }
    }
    return AnalysisInputs.of(
        null,
        null,
        new AnalysisInputs.Flags(
            q.number("noise-weights"),
            q.string("noise-levels"),
            q.integer("weight-sets"),
            q.string("normalisation"),
            q.string("aggregation"),
            q.string("winmax"),
            q.string("imputation"),
            models));
  }

  private static void analyses(List<Route> r, Borderland app, Limits limits) {
    UncertaintyService uncertainty = new UncertaintyService(app);
    SensitivityService sensitivity = new SensitivityService(app);
    r.add(
        job(
            "uncertainty",
            analysisParams(false),
            UncertaintyResult.class,
            true,
            (q, s) -> {
              UncertaintyRequest req =
                  new UncertaintyRequest(
                      analysed(q, s),
                      inputs(q),
                      q.integer("seed"),
                      q.integer("runs", 1, limits.maxRuns()),
                      q.integer("threads", 1, limits.maxThreads()),
                      q.flag("warm-up"));
              uncertainty.check(req);
              return new Route.Work("uncertainty", p -> uncertainty.analyse(req, p));
            }));
    r.add(
        job(
            "sensitivity",
            analysisParams(true),
            SensitivityResult.class,
            true,
            (q, s) -> {
              int runs = q.integer("runs", 2, limits.maxRuns());
              SensitivityRequest req =
                  new SensitivityRequest(
                      analysed(q, s),
                      inputs(q),
                      q.integer("seed"),
                      runs,
                      q.integer("bootstrap", 0, limits.maxBootstrap()),
                      q.string("target"),
                      q.integer("threads", 1, limits.maxThreads()),
                      q.flag("warm-up"));
              long modelRuns = sensitivity.check(req).replications();
              if (modelRuns > limits.maxModelRuns()) {
                long most = limits.maxModelRuns() * runs / modelRuns;
                throw new TooLarge(
                    "runs",
                    String.valueOf(runs),
                    "2-" + most,
                    String.format(
                        Locale.ROOT,
                        "runs: this sensitivity analysis would make %,d model runs (N·(d+2)); the"
                            + " limit is %,d, so give runs between 2 and %,d for its inputs",
                        modelRuns,
                        limits.maxModelRuns(),
                        most));
              }
              return new Route.Work("sensitivity", p -> sensitivity.analyse(req, p));
            }));
  }

  private static Route job(
      String name,
      List<Param> params,
      Class<?> result,
      boolean takesScenario,
      Route.JobStart start) {
    return new Route(
        "POST",
        BASE + "/jobs/" + name,
        Route.Kind.JOB_START,
        "Start " + name + " as a job; poll GET " + BASE + "/jobs/{id}",
        params,
        result,
        null,
        start,
        takesScenario);
  }

  private static void data(List<Route> r, Borderland app) {
    DataService data = new DataService(app);
    r.add(
        query(
            "/countries",
            "The country registry",
            List.of(
                Param.integer(
                    "year", "Only entities that existed in Y, with the codes valid in Y.", null)),
            CountriesResult.class,
            (q, s) -> data.countries(new CountriesRequest(q.integer("year")))));
    r.add(
        query(
            "/panel",
            "Panel figures, each with its source",
            List.of(
                Param.string("country", "Country code or name, e.g. KAZ.", null),
                Param.string("indicator", "Indicator id, e.g. ethnic_share.", null),
                Param.string(
                    "key", "Group, language, neighbour ISO3 or organisation, e.g. Russian.", null),
                Param.integer("year", "Knowledge year: the value as known in Y.", null)),
            ShowResult.class,
            (q, s) ->
                data.show(
                    new ShowRequest(
                        q.string("country"),
                        q.string("indicator"),
                        q.string("key"),
                        q.integer("year")))));
    r.add(
        query(
            "/facts",
            "Curated facts and counts",
            List.of(
                AGGRESSOR,
                Param.string("target", "Target country.", null),
                Param.integer("year", "Count facts known by the end of Y (default: all).", null)),
            FactsResult.class,
            (q, s) ->
                data.facts(
                    new FactsRequest(
                        q.string("aggressor"), q.string("target"), q.integer("year")))));
  }

  private static void geography(List<Route> r, Borderland app) {
    ShieldService shield = new ShieldService(app);
    List<Param> shieldParams =
        List.of(
            MODEL,
            AGGRESSOR,
            YEAR,
            Param.flag(
                "sea", "Count sea links: the Caspian, and COW water contiguity up to 150 miles."),
            Param.string(
                "allow",
                "Let paths pass through these states despite noTransit or a rival alliance.",
                null));
    Route.Answer shieldAnswer =
        (q, s) ->
            shield.shield(
                new ShieldRequest(
                    q.string("aggressor"),
                    q.integer("year"),
                    q.string("model"),
                    new Transit(null, q.flag("sea"), q.list("allow")),
                    s));
    r.add(
        query(
            "/shield",
            "Which states shield others from the aggressor, and the gateways",
            shieldParams,
            ShieldResult.class,
            shieldAnswer));
    r.add(scenario("shield", shieldParams, ShieldResult.class, shieldAnswer));
    CascadeService cascade = new CascadeService(app);
    List<Param> cascadeParams =
        List.of(
            MODEL,
            AGGRESSOR,
            YEAR,
            Param.integer("steps", "How many states to absorb at most.", "5"));
    Route.Answer cascadeAnswer =
        (q, s) ->
            cascade.cascade(
                new CascadeRequest(
                    q.string("aggressor"),
                    q.integer("year"),
                    q.string("model"),
                    q.integer("steps"),
                    s));
    r.add(
        query(
            "/cascade",
            "The aggressor absorbs its top target, step by step",
            cascadeParams,
            CascadeResult.class,
            cascadeAnswer));
    r.add(scenario("cascade", cascadeParams, CascadeResult.class, cascadeAnswer));
    ScenarioService scenarios = new ScenarioService(app);
    r.add(
        new Route(
            "POST",
            BASE + "/scenario/diff",
            Route.Kind.SCENARIO,
            "Ranks before and after the scenario in the request body, and why they moved",
            List.of(MODEL, AGGRESSOR, YEAR),
            ScenarioDiffResult.class,
            (q, s) ->
                scenarios.diff(
                    new ScenarioDiffRequest(
                        q.string("aggressor"), q.integer("year"), q.string("model"), s)),
            null,
            true));
  }

  private static void validation(List<Route> r, Borderland app, Limits limits) {
    BacktestService backtest = new BacktestService(app);
    r.add(
        query(
            "/backtest",
            "The model's ranks of the aggressor's real targets, as known before each act",
            List.of(
                MODEL,
                AGGRESSOR,
                Param.flag(
                    "allow-revised",
                    "Also use datasets released once with revised history (COW, World Bank, SIPRI,"
                        + " UN), as the model file allows: hindsight, and the output says so.")),
            BacktestResult.class,
            (q, s) ->
                backtest.backtest(
                    new BacktestRequest(
                        q.string("aggressor"),
                        q.string("model"),
                        CasesInput.shipped(),
                        q.flag("allow-revised")))));
    ValidationService validation = new ValidationService(app);
    List<Param> params =
        List.of(
            MODEL,
            Param.string("outcome", "any, force or both.", "both"),
            Param.string("train", "Training years, as years the disputes began.", "1991-2005"),
            Param.string("test", "Test years, as years the disputes began.", "2006-2014"),
            Param.integer(
                "threads", "Worker threads for the features (default: the cores).", null));
    java.util.function.Function<Query, ValidationRequest> request =
        q ->
            new ValidationRequest(
                q.string("model"),
                q.string("outcome"),
                q.string("train"),
                q.string("test"),
                q.integer("threads", 1, limits.maxThreads()));
    r.add(
        new Route(
            "GET",
            BASE + "/validate",
            Route.Kind.HEAVY,
            "Dyadic validation of the model's factors against the disputes (about 25 s)",
            params,
            ValidationResult.class,
            (q, s) -> validation.validate(request.apply(q), Progress.NONE),
            null,
            false));
    r.add(
        job(
            "validate",
            params,
            ValidationResult.class,
            false,
            (q, s) -> {
              ValidationRequest req = request.apply(q);
              validation.check(req);
              return new Route.Work("validate", p -> validation.validate(req, p));
            }));
  }

  private static void explanation(List<Route> r, Borderland app) {
    ExplainService explain = new ExplainService(app);
    List<Param> explainParams =
        List.of(
            MODEL,
            AGGRESSOR,
            YEAR,
            Param.string("target", "The target to explain, by ISO3 code or name.", null),
            Param.string(
                "versus", "Compare with this target: which factors make the difference.", null));
    Route.Answer explainAnswer =
        (q, s) ->
            explain.explain(
                new ExplainRequest(
                    q.string("aggressor"),
                    q.integer("year"),
                    q.string("model"),
                    q.string("target"),
                    q.string("versus"),
                    s));
    r.add(
        query(
            "/explain",
            "Why a target ranks where it does: each factor's score, weight and contribution",
            explainParams,
            ExplainResult.class,
            explainAnswer));
    r.add(scenario("explain", explainParams, ExplainResult.class, explainAnswer));
    HistoryService history = new HistoryService(app);
    r.add(
        query(
            "/history",
            "A target's index and rank in every knowledge year, and what moved them",
            List.of(
                MODEL,
                AGGRESSOR,
                Param.integer("year", "The last knowledge year (default: the latest).", null),
                Param.string("target", "The target, by ISO3 code or name.", null)),
            HistoryResult.class,
            (q, s) ->
                history.history(
                    new HistoryRequest(
                        q.string("aggressor"),
                        q.integer("year"),
                        q.string("model"),
                        q.string("target")))));
  }
}
