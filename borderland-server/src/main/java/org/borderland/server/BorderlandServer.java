package org.borderland.server;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderland.app.problem.Problem;
import org.borderland.cli.Main;
import org.borderland.cli.ScenarioOption;
import org.borderland.core.scenario.Scenario;
import org.borderland.data.coinr.PipelineFileException;
import org.borderland.data.engine.Engine;
import org.borderland.data.model.ModelFiles;
import org.borderland.data.scenario.ScenarioFileException;
import org.borderland.data.scenario.ScenarioReader;
import org.borderland.data.yaml.YamlFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The Javalin application: the JSON API under {@code /api/v1} and the dashboard at {@code /}.
 *
 * <p>Every failure answers {@link ApiError} (the title says what was wrong and what to do; details
 * name the parameter and value); no stack trace reaches a client (it goes to the server log).
 * Request bodies are limited to 64 KiB. CORS is off unless an origin is given.
 */
public final class BorderlandServer {
  private static final Logger LOG = LoggerFactory.getLogger(BorderlandServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API = "/api/v1";

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
  private final Commands commands;
  private final List<Route> routes;
  private final Jobs jobs;
  private final RequestGuard guard;
  private final String openApi;

  /** Expensive GET requests being computed, by their arguments (one computation of each). */
  private final Map<List<String>, CompletableFuture<Main.Outcome>> computing =
      new ConcurrentHashMap<>();

  private final Semaphore heavy;

  private BorderlandServer(Settings settings) {
    this.settings = settings;
    this.commands = new Commands(settings.panelDir(), settings.curatedDir());
    this.caching = settings.cache();
    this.cache = new ResponseCache(settings.limits().cacheTtl(), settings.limits().cacheBytes());
    this.jobs = new Jobs(settings.limits());
    this.heavy = new Semaphore(settings.limits().heavyRequests());
    this.guard = new RequestGuard(settings.bind(), settings.allowedHosts(), settings.corsOrigin());
    this.routes = routes(commands);
    try {
      this.openApi =
          JSON.writerWithDefaultPrettyPrinter()
              .writeValueAsString(OpenApi.document(routes, commands, Engine.VERSION));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The routes of the API: each command route only when the command line has the command. */
  static List<Route> routes(Commands commands) {
    List<Route> r = new ArrayList<>();
    r.add(new Route("GET", API + "/openapi.json", List.of(), Route.Kind.OPENAPI, "This document"));
    command(r, commands, "countries", List.of("data", "countries"), "The country registry");
    command(r, commands, "panel", List.of("data", "show"), "Panel figures, each with its source");
    command(r, commands, "facts", List.of("data", "facts"), "Curated facts and counts");
    for (String c :
        List.of("rank", "explain", "history", "shield", "cascade", "backtest", "validate")) {
      command(r, commands, c, List.of(c), "As `borderland " + c + " --format json`");
    }
    for (String c : List.of("rank", "explain", "shield", "cascade")) {
      if (commands.has(List.of(c))) {
        r.add(
            new Route(
                "POST",
                API + "/scenario/" + c,
                List.of(c),
                Route.Kind.SCENARIO,
                "`borderland " + c + "` under the scenario in the request body"));
      }
    }
    r.add(
        new Route(
            "POST",
            API + "/scenario/diff",
            List.of("scenario", "diff"),
            Route.Kind.SCENARIO,
            "Ranks before and after the scenario in the request body, and why they moved"));
    for (String c : List.of("uncertainty", "sensitivity", "validate")) {
      if (commands.has(List.of(c))) {
        r.add(
            new Route(
                "POST",
                API + "/jobs/" + c,
                List.of(c),
                Route.Kind.JOB_START,
                "Start `borderland " + c + "` as a job; poll GET /api/v1/jobs/{id}"));
      }
    }
    r.add(
        new Route(
            "GET",
            API + "/jobs/{id}",
            List.of(),
            Route.Kind.JOB_STATUS,
            "A job's state, progress and, when done, its result"));
    r.add(
        new Route(
            "DELETE",
            API + "/jobs/{id}",
            List.of(),
            Route.Kind.JOB_CANCEL,
            "Cancel a job: a waiting one at once, a running one within about a second"));
    return List.copyOf(r);
  }

  private static void command(
      List<Route> r, Commands commands, String name, List<String> command, String summary) {
    if (commands.has(command)) {
      r.add(new Route("GET", API + "/" + name, command, Route.Kind.COMMAND, summary));
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
              config.events.serverStopping(s.jobs::close);
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
      case COMMAND -> runCommand(r, ctx);
      case SCENARIO -> runScenario(r, ctx);
      case JOB_START -> startJob(r, ctx);
      case JOB_STATUS -> jobStatus(ctx);
      case JOB_CANCEL -> cancelJob(ctx);
    }
  }

  private Map<String, List<String>> query(Context ctx) {
    return new LinkedHashMap<>(ctx.queryParamMap());
  }

  private void runCommand(Route r, Context ctx) {
    checkLimits(r, ctx);
    List<String> args = commands.args(r.command(), query(ctx), List.of());
    if (caching) {
      String hit = cache.get(args);
      if (hit != null) {
        ctx.header("X-Borderland-Cache", "hit").contentType("application/json").result(hit);
        return;
      }
    }
    Main.Outcome o =
        HEAVY.contains(r.command().get(0)) ? once(args, r) : commands.run(r.command(), args);
    if (o.exitCode() == 0) {
      if (caching) {
        cache.put(args, o.out());
      }
      ctx.header("X-Borderland-Cache", "miss").contentType("application/json").result(o.out());
    } else {
      answer(ctx, error(o, ctx));
    }
  }

  /** Commands whose GET route is expensive: computed once at a time per request, and bounded. */
  private static final Set<String> HEAVY = Set.of("validate");

  /**
   * Runs an expensive request once: a request equal to one being computed waits for its answer;
   * another, while {@link Limits#heavyRequests()} are being computed, is refused with {@code 429}.
   */
  private Main.Outcome once(List<String> args, Route r) {
    CompletableFuture<Main.Outcome> mine = new CompletableFuture<>();
    CompletableFuture<Main.Outcome> running = computing.putIfAbsent(args, mine);
    if (running != null) {
      return running.join();
    }
    if (!heavy.tryAcquire()) {
      computing.remove(args, mine);
      mine.cancel(false);
      throw new ApiException(
          new ApiError(
              "Another "
                  + r.command().get(0)
                  + " is being computed (it takes about half a minute); try again shortly, or"
                  + " repeat the same request to wait for its answer",
              429,
              "busy",
              Map.of("retryAfterSeconds", 30)));
    }
    try {
      Main.Outcome o = commands.run(r.command(), args);
      mine.complete(o);
      return o;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      heavy.release();
      computing.remove(args, mine);
    }
  }

  /**
   * The request body as a scenario, read in memory (never written to a file): its model, if it
   * names one, must be shipped; null for an empty body.
   */
  private static String scenarioBody(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      return null;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    try {
      Scenario s = ScenarioReader.read(text, ScenarioOption.BODY_NAME);
      if (s.model() != null) {
        Commands.requireShippedModel(s.model().nameOrPath(), "body");
      }
    } catch (ScenarioFileException e) {
      throw new ApiException(
          ApiError.badRequest(ApiErrors.clean(e.getMessage()), Map.of("parameter", "body")));
    }
    return text;
  }

  private void runScenario(Route r, Context ctx) {
    String body = scenarioBody(ctx);
    if (body == null) {
      throw new ApiException(
          ApiError.badRequest(
              "The request body is empty; send a scenario file (YAML or JSON, see"
                  + " docs/scenarios.md)",
              Map.of("parameter", "body")));
    }
    checkLimits(r, ctx);
    List<String> args = commands.args(r.command(), query(ctx), List.of("--scenario-body=" + body));
    Main.Outcome o = commands.run(r.command(), args);
    if (o.exitCode() == 0) {
      ctx.contentType("application/json").result(o.out());
    } else {
      answer(ctx, error(o, ctx));
    }
  }

  /**
   * Starts a job after checking everything it will read (the parameters, the scenario in a
   * non-empty body, the model, the run's size against the limits), so that a bad request is a
   * {@code 400} at once and not a failed job.
   */
  private void startJob(Route r, Context ctx) throws IOException {
    boolean takesScenario = commands.spec(r.command()).optionsMap().containsKey("--scenario");
    if (!takesScenario && ctx.bodyAsBytes().length > 0) {
      throw new ApiException(
          ApiError.badRequest(
              String.join(" ", r.command()) + " takes no scenario; send an empty body",
              Map.of("parameter", "body")));
    }
    String body = takesScenario ? scenarioBody(ctx) : null;
    checkLimits(r, ctx);
    List<String> args =
        commands.args(
            r.command(), query(ctx), body == null ? List.of() : List.of("--scenario-body=" + body));
    List<String> check = new ArrayList<>(args);
    check.add("--check");
    Main.Outcome o = commands.run(r.command(), check);
    if (o.exitCode() != 0) {
      answer(ctx, error(o, ctx));
      return;
    }
    long replications = JSON.readTree(o.out()).get("replications").asLong();
    Limits l = settings.limits();
    if (r.command().get(0).equals("sensitivity") && replications > l.maxModelRuns()) {
      throw new ApiException(
          ApiError.badRequest(
              String.format(
                  java.util.Locale.ROOT,
                  "runs: this sensitivity analysis would make %,d model runs (N·(d+2)); the"
                      + " limit is %,d, so give runs between 2 and %,d for its inputs",
                  replications,
                  l.maxModelRuns(),
                  l.maxModelRuns() * ctxRuns(ctx) / replications),
              Map.of(
                  "parameter",
                  "runs",
                  "value",
                  String.valueOf(ctxRuns(ctx)),
                  "allowed",
                  "2-" + l.maxModelRuns() * ctxRuns(ctx) / replications)));
    }
    Jobs.Job job = jobs.submit(r.command().get(0), args, x -> error(x, null));
    ctx.status(202).json(job.json(API + "/jobs"));
  }

  /** The {@code runs} a request gives, or the command's default. */
  private static long ctxRuns(Context ctx) {
    String v = ctx.queryParam("runs");
    return v == null ? 1000 : Long.parseLong(v.strip());
  }

  /**
   * Checks the numbers a request may give against the limits before any work: {@code threads} (1 to
   * {@link Limits#maxThreads()}), {@code runs} ({@link Limits#maxRuns()}) and {@code bootstrap}
   * ({@link Limits#maxBootstrap()}).
   *
   * @throws ApiException naming the parameter, its value and the allowed range
   */
  private void checkLimits(Route r, Context ctx) {
    Limits l = settings.limits();
    bounded(ctx, "threads", 1, l.maxThreads());
    if (r.command().equals(List.of("uncertainty"))) {
      bounded(ctx, "runs", 1, l.maxRuns());
    } else if (r.command().equals(List.of("sensitivity"))) {
      bounded(ctx, "runs", 2, l.maxRuns());
      bounded(ctx, "bootstrap", 0, l.maxBootstrap());
    }
  }

  private static void bounded(Context ctx, String name, long min, long max) {
    List<String> values = ctx.queryParams(name);
    if (values.size() != 1) {
      return; // absent (the default is in range), or repeated (refused with its own message)
    }
    String v = values.get(0).strip();
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      n = Long.MIN_VALUE;
    }
    if (n < min || n > max) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("parameter", name);
      d.put("value", values.get(0));
      d.put("allowed", min + "-" + max);
      throw new ApiException(
          ApiError.badRequest(
              String.format(
                  java.util.Locale.ROOT,
                  "%s '%s' is not allowed here; give a whole number from %,d to %,d",
                  name,
                  values.get(0).length() > 40
                      ? values.get(0).substring(0, 40) + "…"
                      : values.get(0),
                  min,
                  max),
              d));
    }
  }

  private Jobs.Job job(Context ctx) {
    Jobs.Job job = jobs.get(ctx.pathParam("id"));
    if (job == null) {
      String id = ctx.pathParam("id");
      throw new ApiException(
          ApiError.notFound(
              "No job '"
                  + (id.length() > 40 ? id.substring(0, 40) + "…" : id)
                  + "' (a finished job is kept for "
                  + (jobs.ttl().toMinutes() > 0
                      ? jobs.ttl().toMinutes() + " minutes"
                      : jobs.ttl().toSeconds() + " seconds")
                  + "; start it again)"));
    }
    return job;
  }

  private void jobStatus(Context ctx) throws IOException {
    Jobs.Job job = job(ctx);
    Map<String, Object> m = job.json(API + "/jobs");
    String result = job.result;
    if (result != null) {
      m.put("result", JSON.readTree(result));
    }
    ctx.json(m);
  }

  private void cancelJob(Context ctx) {
    Jobs.Job job = jobs.cancel(job(ctx).id);
    ctx.status(job.state().finished() ? 200 : 202).json(job.json(API + "/jobs"));
  }

  /**
   * A failed run as an API error: a bad option or value (picocli's or the command's own message) is
   * a 400 naming the parameter and the value given; anything else a 500 without details. Server
   * paths and class names are taken out of the message.
   */
  private ApiError error(Main.Outcome o, Context ctx) {
    Throwable t = o.failure();
    String message = t == null || t.getMessage() == null ? o.err().strip() : t.getMessage();
    message = ApiErrors.clean(message.replaceFirst("^error: ", ""));
    if (t instanceof Problem p) {
      return new ApiError(
          ApiErrors.clean(p.getMessage()),
          400,
          "bad-request",
          p.details().isEmpty() ? Map.of() : new LinkedHashMap<>(p.details()));
    }
    boolean userError =
        t == null
            || t instanceof CommandLine.ParameterException
            || t instanceof IllegalArgumentException
            || t instanceof YamlFileException
            || t instanceof PipelineFileException;
    if (!userError) {
      return internal("command " + o.err().lines().findFirst().orElse(""), t);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    if (t instanceof CommandLine.ParameterException pe
        && pe.getArgSpec() instanceof CommandLine.Model.OptionSpec os) {
      details.put("parameter", os.longestName().replaceFirst("^-+", ""));
      if (pe.getValue() != null) {
        details.put("value", pe.getValue());
      }
    } else {
      Matcher m = OPTION.matcher(message);
      if (m.find()) {
        String name = m.group(1);
        details.put("parameter", name);
        if (ctx != null && ctx.queryParam(name) != null) {
          details.put("value", ctx.queryParam(name));
        }
      }
    }
    if (message.contains(ScenarioOption.BODY_NAME)) {
      details.putIfAbsent("parameter", "body");
    }
    return ApiError.badRequest(message, details);
  }

  private static final Pattern OPTION = Pattern.compile("--([a-z][a-z-]*)");

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
