package org.borderland.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.borderland.app.common.ScenarioInput;
import org.borderland.app.problem.BadParameter;
import org.borderland.app.problem.Conflict;
import org.borderland.app.problem.NotFound;
import org.borderland.app.problem.Problem;
import org.borderland.app.problem.TooLarge;
import org.borderland.data.engine.Engine;
import org.borderland.data.model.ModelFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin application: the JSON API under {@code /api/v1} and the dashboard at {@code /}.
 *
 * <p>Every failure answers {@link ApiError} (the title says what was wrong and what to do; details
 * name the parameter and value); no stack trace reaches a client (it goes to the server log).
 * Request bodies are limited to 64 KiB. CORS is off unless an origin is given.
 */
public final class BorderlandServer {
  private static final Logger LOG = LoggerFactory.getLogger(BorderlandServer.class);
  private static final String API = Api.BASE;

  /** Bodies above this are refused (413). */
  public static final long MAX_BODY_BYTES = 64 * 1024;

  /**
   * How to serve.
   *
   * @param panelDir the panel (null: the default)
   * @param curatedDir the curated facts (null: the default)
   * @param corsOrigin an origin allowed to call the API from a browser, or null for none
   * @param cache whether GET answers are reused
   * @param bind the address the server listens on (its {@code Host} check follows it)
   * @param allowedHosts more host names the server answers to (e.g. behind a reverse proxy)
   * @param limits what the server bounds
   */
  public record Settings(
      Path panelDir,
      Path curatedDir,
      String corsOrigin,
      boolean cache,
      String bind,
      List<String> allowedHosts,
      Limits limits) {
    /** Requires the address and the limits; copies the hosts. */
    public Settings {
      java.util.Objects.requireNonNull(bind, "bind");
      allowedHosts = List.copyOf(allowedHosts);
      java.util.Objects.requireNonNull(limits, "limits");
    }

    /** Settings on the loopback address with the default limits. */
    public Settings(Path panelDir, Path curatedDir, String corsOrigin, boolean cache) {
      this(panelDir, curatedDir, corsOrigin, cache, "127.0.0.1", List.of(), Limits.defaults());
    }

    /** Settings with the response cache on. */
    public Settings(Path panelDir, Path curatedDir, String corsOrigin) {
      this(panelDir, curatedDir, corsOrigin, true);
    }

    /** These settings with other limits. */
    public Settings withLimits(Limits l) {
      return new Settings(panelDir, curatedDir, corsOrigin, cache, bind, allowedHosts, l);
    }
  }

  /**
   * Answers of GET command routes, by their arguments: the same arguments give the same JSON while
   * the panel, curated facts and model files are unchanged, so an answer is kept for {@link
   * Limits#cacheTtl()} from when it was computed, within {@link Limits#cacheBytes()}. Scenario and
   * job routes are never cached. The header {@code X-Borderland-Cache} says {@code hit} or {@code
   * miss}.
   */
  private final ResponseCache cache;

  private final boolean caching;
  private final Settings settings;
  private final Borderland app;
  private final List<Route> routes;
  private final Jobs jobs;
  private final RequestGuard guard;
  private final String openApi;

  /** Expensive GET requests being computed, by their route and query (one computation of each). */
  private final Map<String, CompletableFuture<byte[]>> computing = new ConcurrentHashMap<>();

  private final Semaphore heavy;

  private BorderlandServer(Settings settings) {
    this.settings = settings;
    this.app = new Borderland(new Borderland.Config(settings.panelDir(), settings.curatedDir()));
    this.caching = settings.cache();
    this.cache = new ResponseCache(settings.limits().cacheTtl(), settings.limits().cacheBytes());
    this.jobs = new Jobs(settings.limits());
    this.heavy = new Semaphore(settings.limits().heavyRequests());
    this.guard = new RequestGuard(settings.bind(), settings.allowedHosts(), settings.corsOrigin());
    this.routes = Api.routes(app, settings.limits());
    try {
      this.openApi =
          Json.mapper()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(OpenApi.document(routes, Engine.VERSION));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The routes this server answers. */
  public List<Route> routes() {
    return routes;
  }

  /** Creates the application (not started). */
  public static Javalin create(Settings settings) {
    ModelFiles.acceptShippedNamesOnly();
    BorderlandServer s = new BorderlandServer(settings);
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.http.maxRequestSize = MAX_BODY_BYTES;
              config.http.prefer405over404 = true;
              config.staticFiles.add("/public", Location.CLASSPATH);
              config.staticFiles.enableWebjars();
              config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
              config.jetty.modifyServletContextHandler(
                  h -> h.setErrorHandler(new JsonErrorHandler()));
              if (settings.corsOrigin() != null) {
                config.bundledPlugins.enableCors(
                    cors -> cors.addRule(rule -> rule.allowHost(settings.corsOrigin())));
              }
              config.events.serverStopping(
                  () -> {
                    s.jobs.close();
                    s.app.close();
                  });
              config.routes.before(s.guard::check);
              for (Route r : s.routes) {
                switch (r.method()) {
                  case "GET" -> config.routes.get(r.path(), ctx -> s.handle(r, ctx));
                  case "POST" -> config.routes.post(r.path(), ctx -> s.handle(r, ctx));
                  case "DELETE" -> config.routes.delete(r.path(), ctx -> s.handle(r, ctx));
                  default -> throw new IllegalStateException("Unhandled method " + r.method());
                }
              }
              config.routes.exception(ApiException.class, (e, ctx) -> s.answer(ctx, e.error()));
              config.routes.exception(
                  Problem.class,
                  (e, ctx) -> s.answer(ctx, error(e, ctx.method() + " " + ctx.path())));
              config.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> s.answer(ctx, JsonErrorHandler.error(e.getStatus(), e.getMessage())));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> s.answer(ctx, internal(ctx.method() + " " + ctx.path(), e)));
              config.routes.error(
                  404,
                  ctx -> {
                    if (ctx.result().isEmpty()) { // else a route's own 404 (e.g. no such job)
                      s.answer(
                          ctx,
                          ApiError.notFound(
                              "No route "
                                  + ctx.method()
                                  + " "
                                  + ApiErrors.clean(ctx.path())
                                  + "; see "
                                  + API
                                  + "/openapi.json"));
                    }
                  });
              config.routes.error(
                  405,
                  ctx -> {
                    List<String> allow = s.methodsOf(ctx.path());
                    ctx.header("Allow", String.join(", ", allow));
                    s.answer(
                        ctx,
                        new ApiError(
                            ctx.method()
                                + " is not allowed on "
                                + ApiErrors.clean(ctx.path())
                                + "; use "
                                + String.join(" or ", allow),
                            405,
                            "method-not-allowed",
                            Map.of("allowed", allow)));
                  });
            });
    return app;
  }

  /** The methods the routes matching {@code path} take. */
  private List<String> methodsOf(String path) {
    List<String> out = new ArrayList<>();
    for (Route r : routes) {
      if (path.matches(r.path().replace(".", "\\.").replace("{id}", "[^/]+"))
          && !out.contains(r.method())) {
        out.add(r.method());
      }
    }
    return out;
  }

  /**
   * An unexpected failure: logged once, as one line with an id and the stack trace, and answered as
   * a {@code 500} carrying the same id and nothing else about it.
   */
  static ApiError internal(String where, Throwable t) {
    String id = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
    LOG.error("Internal error {} in {}: {}", id, where, t.toString(), t);
    return new ApiError(
        "Internal error; the server log has the details under id "
            + id
            + " (quote it to report it)",
        500,
        "internal",
        Map.of("id", id));
  }

  private void handle(Route r, Context ctx) throws IOException {
    switch (r.kind()) {
      case OPENAPI -> ctx.contentType("application/json").result(openApi);
      case QUERY -> query(r, ctx);
      case HEAVY -> heavy(r, ctx);
      case SCENARIO -> scenario(r, ctx);
      case JOB_START -> startJob(r, ctx);
      case JOB_STATUS -> jobStatus(ctx);
      case JOB_CANCEL -> cancelJob(ctx);
    }
  }

  private void query(Route r, Context ctx) {
    Query q = new Query(ctx, r);
    String key = r.path() + "?" + q.canonical();
    if (caching) {
      byte[] hit = cache.get(List.of(key));
      if (hit != null) {
        ctx.header("X-Borderland-Cache", "hit").contentType("application/json").result(hit);
        return;
      }
    }
    byte[] json = Json.bytes(r.answer().answer(q, ScenarioInput.none()));
    if (caching) {
      cache.put(List.of(key), json);
    }
    ctx.header("X-Borderland-Cache", "miss").contentType("application/json").result(json);
  }

  /**
   * Answers an expensive GET once: a request equal to one being computed waits for its answer;
   * another, while {@link Limits#heavyRequests()} are being computed, is refused with {@code 429}.
   */
  private void heavy(Route r, Context ctx) {
    Query q = new Query(ctx, r);
    String key = r.path() + "?" + q.canonical();
    CompletableFuture<byte[]> mine = new CompletableFuture<>();
    CompletableFuture<byte[]> running = computing.putIfAbsent(key, mine);
    byte[] json;
    if (running != null) {
      json = running.join();
    } else if (!heavy.tryAcquire()) {
      computing.remove(key, mine);
      mine.cancel(false);
      throw new Conflict(
          r.path(),
          30,
          "Another "
              + r.path().substring(r.path().lastIndexOf('/') + 1)
              + " is being computed (it takes about half a minute); try again shortly, or"
              + " repeat the same request to wait for its answer");
    } else {
      try {
        json = Json.bytes(r.answer().answer(q, ScenarioInput.none()));
        mine.complete(json);
      } catch (RuntimeException | Error e) {
        mine.completeExceptionally(e);
        throw e;
      } finally {
        heavy.release();
        computing.remove(key, mine);
      }
    }
    ctx.contentType("application/json").result(json);
  }

  /**
   * The request body as a scenario, read in memory (never written to a file): its model, if it
   * names one, must be shipped; {@link ScenarioInput#none()} for an empty body.
   */
  private static ScenarioInput body(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      return ScenarioInput.none();
    }
    ScenarioInput s = ScenarioInput.ofBody(body);
    if (s.scenario().model() != null) {
      requireShippedModel(s.scenario().model().nameOrPath(), "body");
    }
    return s;
  }

  /**
   * Checks a model named by a request (a scenario body's {@code model:}): only a shipped model, by
   * name, never a file on the server.
   */
  static void requireShippedModel(String value, String parameter) {
    try {
      ModelFiles.requireShipped(value);
    } catch (IllegalArgumentException e) {
      throw new BadParameter(parameter, value, e.getMessage());
    }
  }

  private void scenario(Route r, Context ctx) {
    Query q = new Query(ctx, r);
    ScenarioInput s = body(ctx);
    if (!s.given()) {
      throw new BadParameter(
          "body",
          null,
          "The request body is empty; send a scenario file (YAML or JSON, see docs/scenarios.md)");
    }
    ctx.contentType("application/json").result(Json.bytes(r.answer().answer(q, s)));
  }

  /**
   * Starts a job after checking everything it will read (the parameters, the scenario in a
   * non-empty body, the model, the run's size against the limits), so that a bad request is a
   * {@code 400} at once and not a failed job.
   */
  private void startJob(Route r, Context ctx) {
    Query q = new Query(ctx, r);
    if (!r.takesScenario() && ctx.bodyAsBytes().length > 0) {
      throw new BadParameter(
          "body",
          null,
          r.path().substring(r.path().lastIndexOf('/') + 1)
              + " takes no scenario; send an empty body");
    }
    ScenarioInput s = body(ctx);
    Route.Work work = r.job().prepare(q, s);
    Jobs.Job job = jobs.submit(work.kind(), work.run(), e -> error(e, "job " + work.kind()));
    ctx.status(202).json(job.view(API + "/jobs", false));
  }

  private Jobs.Job job(Context ctx) {
    Jobs.Job job = jobs.get(ctx.pathParam("id"));
    if (job == null) {
      String id = ctx.pathParam("id");
      throw new NotFound(
          "job",
          List.of(),
          "No job '"
              + (id.length() > 40 ? id.substring(0, 40) + "…" : id)
              + "' (a finished job is kept for "
              + (jobs.ttl().toMinutes() > 0
                  ? jobs.ttl().toMinutes() + " minutes"
                  : jobs.ttl().toSeconds() + " seconds")
              + "; start it again)");
    }
    return job;
  }

  private void jobStatus(Context ctx) {
    ctx.contentType("application/json").result(Json.write(job(ctx).view(API + "/jobs", true)));
  }

  private void cancelJob(Context ctx) {
    Jobs.Job job = jobs.cancel(job(ctx).id);
    ctx.status(job.state().finished() ? 200 : 202)
        .contentType("application/json")
        .result(Json.write(job.view(API + "/jobs", false)));
  }

  /**
   * What ended a request or a job, as an API error: a problem is the user's (its status, its
   * message cleaned of server paths and class names, its details); anything else is a bug, a {@code
   * 500} with an id.
   */
  static ApiError error(Throwable t, String where) {
    if (t instanceof Problem p) {
      Map<String, Object> details = new LinkedHashMap<>(p.details());
      String title = ApiErrors.clean(p.getMessage());
      return switch (p) {
        case BadParameter b -> new ApiError(title, 400, "bad-request", details);
        case TooLarge l -> new ApiError(title, 400, "bad-request", details);
        case NotFound n -> new ApiError(title, 404, "not-found", details);
        case Conflict c ->
            new ApiError(title, c.retryAfterSeconds() == null ? 409 : 429, "busy", details);
      };
    }
    return internal(where, t);
  }

  private void answer(Context ctx, ApiError e) {
    if (e.status() == 429) {
      Object wait = e.details().getOrDefault("retryAfterSeconds", 10);
      ctx.header("Retry-After", String.valueOf(wait));
    }
    ctx.status(e.status()).json(e);
  }

  /** Reads a classpath resource as text (for tests). */
  static String resource(String name) throws IOException {
    try (var in = BorderlandServer.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
