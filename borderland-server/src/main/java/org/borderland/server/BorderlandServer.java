package org.borderland.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderland.cli.Main;
import org.borderland.core.scenario.Scenario;
import org.borderland.data.coinr.PipelineFileException;
import org.borderland.data.engine.Engine;
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
   */
  public record Settings(Path panelDir, Path curatedDir, String corsOrigin, boolean cache) {
    /** Settings with the response cache on. */
    public Settings(Path panelDir, Path curatedDir, String corsOrigin) {
      this(panelDir, curatedDir, corsOrigin, true);
    }
  }

  /**
   * Answers of GET command routes, by their arguments: the same arguments give the same JSON while
   * the panel, curated facts and model files are unchanged, so an answer is kept for {@link
   * #CACHE_SECONDS} seconds (the last 512). Scenario and job routes are never cached. The header
   * {@code X-Borderland-Cache} says {@code hit} or {@code miss}.
   */
  private final Map<List<String>, Cached> cache =
      java.util.Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<List<String>, Cached> e) {
              return size() > 512;
            }
          });

  /** How long an answer is reused. */
  public static final int CACHE_SECONDS = 60;

  private record Cached(String json, long until) {}

  private final boolean caching;

  private final Commands commands;
  private final List<Route> routes;
  private final Jobs jobs = new Jobs();
  private final String openApi;

  private BorderlandServer(Settings settings) {
    this.commands = new Commands(settings.panelDir(), settings.curatedDir());
    this.caching = settings.cache();
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
    BorderlandServer s = new BorderlandServer(settings);
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.http.maxRequestSize = MAX_BODY_BYTES;
          config.staticFiles.add("/public", Location.CLASSPATH);
          config.staticFiles.enableWebjars();
          if (settings.corsOrigin() != null) {
            config.bundledPlugins.enableCors(
                cors -> cors.addRule(rule -> rule.allowHost(settings.corsOrigin())));
          }
          for (Route r : s.routes) {
            if (r.method().equals("GET")) {
              config.routes.get(r.path(), ctx -> s.handle(r, ctx));
            } else {
              config.routes.post(r.path(), ctx -> s.handle(r, ctx));
            }
          }
          config.routes.exception(
              HttpResponseException.class,
              (e, ctx) ->
                  s.answer(
                      ctx,
                      new ApiError(
                          e.getStatus() == 413
                              ? "The request body is larger than "
                                  + MAX_BODY_BYTES / 1024
                                  + " KiB; send a smaller scenario"
                              : e.getMessage(),
                          e.getStatus(),
                          e.getStatus() == 413 ? "too-large" : "http",
                          Map.of())));
          config.routes.exception(
              Exception.class,
              (e, ctx) -> {
                LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
                s.answer(
                    ctx,
                    new ApiError(
                        "Internal error (" + e.getClass().getSimpleName() + "); see the server log",
                        500,
                        "internal",
                        Map.of()));
              });
          config.routes.error(
              404,
              ctx -> {
                if (ctx.path().startsWith(API)) {
                  s.answer(
                      ctx,
                      ApiError.notFound(
                          "No route "
                              + ctx.method()
                              + " "
                              + ctx.path()
                              + "; see "
                              + API
                              + "/openapi.json"));
                }
              });
        });
  }

  private void handle(Route r, Context ctx) throws IOException {
    switch (r.kind()) {
      case OPENAPI -> ctx.contentType("application/json").result(openApi);
      case COMMAND -> runCommand(r, ctx, List.of());
      case SCENARIO -> runScenario(r, ctx);
      case JOB_START -> startJob(r, ctx);
      case JOB_STATUS -> jobStatus(ctx);
      default -> throw new IllegalStateException("Unhandled route kind " + r.kind());
    }
  }

  private Map<String, List<String>> query(Context ctx) {
    return new LinkedHashMap<>(ctx.queryParamMap());
  }

  private void runCommand(Route r, Context ctx, List<String> extra) {
    List<String> args;
    try {
      args = commands.args(r.command(), query(ctx), extra);
    } catch (Commands.BadParameter e) {
      answer(ctx, e.error());
      return;
    }
    long now = System.currentTimeMillis();
    if (caching) {
      Cached c = cache.get(args);
      if (c != null && c.until() > now) {
        ctx.header("X-Borderland-Cache", "hit").contentType("application/json").result(c.json());
        return;
      }
    }
    Main.Outcome o = commands.run(r.command(), args);
    if (o.exitCode() == 0) {
      if (caching) {
        cache.put(args, new Cached(o.out(), now + CACHE_SECONDS * 1000L));
      }
      ctx.header("X-Borderland-Cache", "miss").contentType("application/json").result(o.out());
    } else {
      answer(ctx, error(o, ctx, null));
    }
  }

  private void runScenario(Route r, Context ctx) throws IOException {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      answer(
          ctx,
          ApiError.badRequest(
              "The request body is empty; send a scenario file (YAML or JSON, see"
                  + " docs/scenarios.md)",
              Map.of("parameter", "body")));
      return;
    }
    Path dir = Files.createTempDirectory("borderland-scenario");
    Path file = dir.resolve("request-body.yaml");
    try {
      Files.write(file, body);
      List<String> args;
      try {
        requireShippedScenarioModel(file);
        args = commands.args(r.command(), query(ctx), List.of("--scenario=" + file));
      } catch (Commands.BadParameter e) {
        answer(ctx, e.error());
        return;
      }
      Main.Outcome o = commands.run(r.command(), args);
      if (o.exitCode() == 0) {
        ctx.contentType("application/json")
            .result(o.out().replace(file.toString(), "request body"));
      } else {
        answer(ctx, error(o, ctx, file));
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  /**
   * Starts a job; a non-empty body is a scenario the analysis runs under (kept in a temporary file
   * until the job ends), for the commands that take {@code --scenario}.
   */
  private void startJob(Route r, Context ctx) throws IOException {
    byte[] body = ctx.bodyAsBytes();
    boolean scenario = body.length > 0;
    if (scenario && !commands.spec(r.command()).optionsMap().containsKey("--scenario")) {
      answer(
          ctx,
          ApiError.badRequest(
              String.join(" ", r.command()) + " takes no scenario; send an empty body",
              Map.of("parameter", "body")));
      return;
    }
    Path dir = scenario ? Files.createTempDirectory("borderland-job") : null;
    Path file = scenario ? dir.resolve("request-body.yaml") : null;
    Runnable cleanup =
        () -> {
          try {
            if (file != null) {
              Files.deleteIfExists(file);
              Files.deleteIfExists(dir);
            }
          } catch (IOException e) {
            LOG.warn("Could not remove {}", dir, e);
          }
        };
    List<String> args;
    try {
      if (scenario) {
        Files.write(file, body);
        requireShippedScenarioModel(file);
      }
      args =
          commands.args(
              r.command(), query(ctx), scenario ? List.of("--scenario=" + file) : List.of());
    } catch (Commands.BadParameter e) {
      cleanup.run();
      answer(ctx, e.error());
      return;
    }
    Jobs.Job job =
        jobs.submit(
            r.command().get(0),
            args,
            o -> error(o, null, file),
            file == null ? null : file.toString(),
            cleanup);
    ctx.status(202).json(job.json(API + "/jobs"));
  }

  private void jobStatus(Context ctx) throws IOException {
    Jobs.Job job = jobs.get(ctx.pathParam("id"));
    if (job == null) {
      answer(
          ctx,
          ApiError.notFound(
              "No job '" + ctx.pathParam("id") + "' (jobs are kept until 100 newer ones finish)"));
      return;
    }
    Map<String, Object> m = job.json(API + "/jobs");
    if (job.result != null) {
      m.put("result", JSON.readTree(job.result));
    }
    ctx.json(m);
  }

  /**
   * A scenario body may switch models only to a shipped one (a file it names would be read on the
   * server). A body that does not read is left to the command, which reports its problems.
   */
  private static void requireShippedScenarioModel(Path file) {
    try {
      Scenario s = ScenarioReader.read(file);
      if (s.model() != null) {
        Commands.requireShippedModel(s.model().nameOrPath(), "body");
      }
    } catch (ScenarioFileException e) {
      // reported by the command with the body's lines
    }
  }

  private static final Pattern OPTION = Pattern.compile("--([a-z][a-z-]*)");

  /**
   * A failed run as an API error: a bad option or value (picocli's or the command's own message) is
   * a 400 naming the parameter and the value given; anything else a 500 without details.
   */
  private ApiError error(Main.Outcome o, Context ctx, Path scenarioFile) {
    Throwable t = o.failure();
    String message = t == null || t.getMessage() == null ? o.err().strip() : t.getMessage();
    if (scenarioFile != null) {
      message = message.replace(scenarioFile.toString(), "request body");
    }
    boolean userError =
        t == null
            || t instanceof CommandLine.ParameterException
            || t instanceof IllegalArgumentException
            || t instanceof YamlFileException
            || t instanceof PipelineFileException;
    if (!userError) {
      LOG.error("Command {} failed", o, t);
      return new ApiError(
          "Internal error (" + t.getClass().getSimpleName() + "); see the server log",
          500,
          "internal",
          Map.of());
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
    if (scenarioFile != null && message.contains("request body")) {
      details.putIfAbsent("parameter", "body");
    }
    return ApiError.badRequest(message, details);
  }

  private void answer(Context ctx, ApiError e) {
    ctx.status(e.status()).json(e);
  }

  /** Reads a classpath resource as text (for tests). */
  static String resource(String name) throws IOException {
    try (var in = BorderlandServer.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
