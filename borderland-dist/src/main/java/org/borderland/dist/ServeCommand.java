package org.borderland.dist;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.borderland.server.BorderlandServer;
import org.borderland.server.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code borderland serve}: the dashboard and the HTTP API on the embedded defaults. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the dashboard and the JSON API (/api/v1, documented at /api/v1/openapi.json).",
      "Binds to the loopback address by default; stop with Ctrl-C. See docs/security.md before"
          + " exposing it."
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Option(
      names = "--cors",
      paramLabel = "ORIGIN",
      description = "Allow browsers on this origin to call the API (default: no CORS).")
  String cors;

  @Option(
      names = "--no-cache",
      description =
          "Compute every answer (by default a GET answer is reused for 60 s: the same arguments"
              + " give the same JSON).")
  boolean noCache;

  @Option(
      names = "--allowed-hosts",
      split = ",",
      paramLabel = "HOST,…",
      description =
          "More host names the server answers to (e.g. its name behind a reverse proxy); by"
              + " default only the --bind address (and localhost for a loopback address).")
  List<String> allowedHosts = new ArrayList<>();

  @Option(
      names = "--jobs-running",
      defaultValue = "1",
      paramLabel = "N",
      description = "Jobs that run at once (default: ${DEFAULT-VALUE}).")
  int jobsRunning;

  @Option(
      names = "--jobs-waiting",
      defaultValue = "16",
      paramLabel = "N",
      description =
          "Jobs that may wait; beyond running + waiting a submission gets 429 (default:"
              + " ${DEFAULT-VALUE}).")
  int jobsWaiting;

  @Option(
      names = "--job-ttl",
      defaultValue = "60",
      paramLabel = "MINUTES",
      description = "How long a finished job is kept (default: ${DEFAULT-VALUE} minutes).")
  int jobTtlMinutes;

  @Option(names = "--panel", paramLabel = "DIR", description = "Panel directory.")
  Path panel;

  @Option(names = "--curated", paramLabel = "DIR", description = "Curated facts directory.")
  Path curated;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port " + port + " is out of range; give 0 to 65535");
    }
    if (jobTtlMinutes < 1) {
      throw new IllegalArgumentException(
          "--job-ttl " + jobTtlMinutes + " must be at least 1 (minutes)");
    }
    Limits limits =
        Limits.defaults()
            .withJobs(jobsRunning, jobsWaiting)
            .withJobTtl(Duration.ofMinutes(jobTtlMinutes));
    Javalin app =
        BorderlandServer.create(
            new BorderlandServer.Settings(
                panel, curated, cors, !noCache, bind, allowedHosts, limits));
    app.start(bind, port);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Borderland is serving on http://%s:%d/ (API: /api/v1/openapi.json)%n", bind, app.port());
    out.flush();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  stop.countDown();
                }));
    stop.await();
    return 0;
  }
}
