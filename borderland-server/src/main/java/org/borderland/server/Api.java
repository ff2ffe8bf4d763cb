package org.borderland.server;

import java.util.ArrayList;
import java.util.List;
import org.borderland.app.Borderland;
import org.borderland.app.rank.RankRequest;
import org.borderland.app.rank.RankResult;
import org.borderland.app.rank.RankService;

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
    RankService rank = new RankService(app);
    List<Param> rankParams =
        List.of(
            MODEL,
            AGGRESSOR,
            YEAR,
            Param.string("candidates", "Score these targets (ISO3 codes, comma-separated).", null),
            Param.flag(
                "calibrated",
                "Add each target's fitted probability of a dispute within a year (slow)."));
    Route.Answer rankAnswer =
        (q, s) ->
            rank.rank(
                new RankRequest(
                    q.string("aggressor"),
                    q.integer("year"),
                    q.string("model"),
                    q.list("candidates"),
                    q.flag("calibrated"),
                    s));
    r.add(
        query(
            "/rank",
            "The aggressor's candidate targets ranked by the model's index",
            rankParams,
            RankResult.class,
            rankAnswer));
    r.add(scenario("rank", rankParams, RankResult.class, rankAnswer));
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
    return new Route("GET", BASE + path, Route.Kind.QUERY, summary, params, result, answer, null);
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
        null);
  }
}
