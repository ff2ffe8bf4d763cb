package org.borderland.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.store.PanelStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API on the committed panel: every route, its JSON, and bad input. */
class ApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static Javalin app;
  private static String base;
  private static Path panel;
  private static Path scenarios;

  @BeforeAll
  static void start() {
    Path root = PanelLocation.projectRoot().orElseThrow();
    panel = root.resolve("panel");
    scenarios = root.resolve("scenarios");
    app =
        BorderlandServer.create(new BorderlandServer.Settings(panel, root.resolve("curated"), null))
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, byte[] body) throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (body.length > 0) {
      r.header("Content-Type", "application/yaml");
    }
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode ok(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return TestServer.ok(r);
  }

  /** A 4xx in the one error shape, naming the parameter; never a stack trace. */
  private static JsonNode error(HttpResponse<String> r, int status, String parameter)
      throws Exception {
    return TestServer.error(r, status, parameter);
  }

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
    JsonNode doc = ok(get("/api/v1/openapi.json"));
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    Set<String> documented = new HashSet<>();
    Iterator<String> paths = doc.get("paths").fieldNames();
    while (paths.hasNext()) {
      String p = paths.next();
      doc.get("paths")
          .get(p)
          .fieldNames()
          .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p));
    }
    Set<String> registered = new HashSet<>();
    app.unsafe
        .internalRouter
        .allHttpHandlers()
        .forEach(
            h -> {
              String path = h.endpoint.path;
              if (path.startsWith("/api/")) {
                registered.add(h.endpoint.method.name() + " " + path);
              }
            });
    assertThat(registered).isNotEmpty().isEqualTo(documented);
    assertThat(documented)
        .contains(
            "GET /api/v1/rank",
            "GET /api/v1/explain",
            "GET /api/v1/history",
            "GET /api/v1/shield",
            "GET /api/v1/cascade",
            "GET /api/v1/countries",
            "GET /api/v1/panel",
            "POST /api/v1/scenario/rank",
            "POST /api/v1/scenario/cascade",
            "POST /api/v1/jobs/uncertainty",
            "GET /api/v1/jobs/{id}");
    JsonNode rankParams = doc.get("paths").get("/api/v1/rank").get("get").get("parameters");
    Set<String> names = new HashSet<>();
    rankParams.forEach(p -> names.add(p.get("name").asText()));
    assertThat(names)
        .contains("aggressor", "year", "model", "reach")
        .doesNotContain("format", "panel");
  }

  @Test
  void everyCommandRouteAnswers() throws Exception {
    assertThat(ok(get("/api/v1/countries?year=2022")).isArray()).isTrue();
    assertThat(ok(get("/api/v1/panel?country=KAZ&indicator=ethnic_share&key=Russian")).isArray())
        .isTrue();
    assertThat(ok(get("/api/v1/facts?target=KAZ")).has("facts")).isTrue();
    JsonNode e = ok(get("/api/v1/explain?aggressor=RUS&year=2022&target=KAZ"));
    assertThat(e.get("target").asText()).isEqualTo("KAZ");
    assertThat(ok(get("/api/v1/history?aggressor=RUS&target=KAZ")).get("years").size())
        .isGreaterThan(10);
    JsonNode s = ok(get("/api/v1/shield?aggressor=RUS&year=2025"));
    assertThat(s.get("gateways").get("KAZ").toString()).contains("UZB");
    JsonNode sea = ok(get("/api/v1/shield?aggressor=RUS&year=2025&sea=true"));
    assertThat(sea.get("rules").get("sea").asBoolean()).isTrue();
    JsonNode c = ok(get("/api/v1/cascade?aggressor=RUS&year=2022&steps=2"));
    assertThat(c.get("steps").size()).isEqualTo(2);
  }

  @Test
  void theReachIsAParameterAndEveryRankingSaysWhichWasUsed() throws Exception {
    JsonNode land = ok(get("/api/v1/rank?aggressor=PAK&year=2020"));
    assertThat(land.get("reach").asText()).isEqualTo("land");
    JsonNode sea = ok(get("/api/v1/rank?aggressor=PAK&year=2020&reach=sea"));
    assertThat(sea.get("reach").asText()).isEqualTo("sea");
    assertThat(sea.get("results").toString()).contains("\"OMN\"");
    assertThat(land.get("results").toString()).doesNotContain("\"OMN\"");
    JsonNode given = ok(get("/api/v1/rank?candidates=KAZ,UKR&year=2022"));
    assertThat(given.get("reach").asText()).isEqualTo("given");
  }

  @Test
  void scenariosArePostedAsTheBody() throws Exception {
    byte[] ukraine = Files.readAllBytes(scenarios.resolve("ukraine-fell-2022.yaml"));
    JsonNode r = ok(post("/api/v1/scenario/rank", ukraine));
    assertThat(r.get("scenario").get("absorbed").get(0).asText()).isEqualTo("UKR");
    assertThat(r.get("scenario").get("file").asText()).isEqualTo("request body");
    JsonNode d = ok(post("/api/v1/scenario/diff?year=2022", ukraine));
    assertThat(d.get("targets").size()).isGreaterThan(20);
    JsonNode c = ok(post("/api/v1/scenario/cascade?steps=2", ukraine));
    assertThat(c.get("steps").get(0).get("absorbed").asText()).isNotEqualTo("UKR");
    String json = "{\"scenario\": {\"name\": \"J\"}, \"absorb\": [\"BLR\"]}";
    JsonNode j = ok(post("/api/v1/scenario/rank?year=2022", json.getBytes(StandardCharsets.UTF_8)));
    assertThat(j.get("scenario").get("absorbed").get(0).asText()).isEqualTo("BLR");
  }

  @Test
  void badInputAnswersTheErrorShapeAndChangesNothing() throws Exception {
    String manifest = Files.readString(panel.resolve(PanelStore.MANIFEST));
    JsonNode unknown = error(get("/api/v1/rank?aggressor=XYZ"), 400, "aggressor");
    assertThat(unknown.get("details").get("value").asText()).isEqualTo("XYZ");
    assertThat(unknown.get("title").asText()).contains("XYZ");
    JsonNode year = error(get("/api/v1/rank?year=1850"), 400, "year");
    assertThat(year.get("details").get("value").asText()).isEqualTo("1850");
    error(get("/api/v1/rank?year=abc"), 400, "year");
    JsonNode typo = error(get("/api/v1/rank?agressor=RUS"), 400, "agressor");
    assertThat(typo.get("title").asText()).contains("did you mean aggressor?");
    error(get("/api/v1/rank?format=csv"), 400, "format");
    error(get("/api/v1/rank?panel=/etc"), 400, "panel");
    error(get("/api/v1/explain?aggressor=RUS"), 400, "target");
    error(get("/api/v1/shield?sea=maybe"), 400, "sea");
    JsonNode reach = error(get("/api/v1/rank?reach=air"), 400, "reach");
    assertThat(reach.get("title").asText()).contains("land, sea, global");
    error(get("/api/v1/rank?reach=sea&candidates=KAZ"), 400, "reach");
    error(get("/api/v1/nothing"), 404, null);
    JsonNode bad =
        error(
            post(
                "/api/v1/scenario/rank",
                "scenario: {name: X}\nabsorb: [RUS]\n".getBytes(StandardCharsets.UTF_8)),
            400,
            "body");
    assertThat(bad.get("title").asText()).contains("request body line 2").doesNotContain("/tmp");
    JsonNode malformed =
        error(
            post("/api/v1/scenario/rank", "scenario: [unclosed\n".getBytes(StandardCharsets.UTF_8)),
            400,
            null);
    assertThat(malformed.get("title").asText()).contains("request body");
    error(post("/api/v1/scenario/rank", new byte[0]), 400, "body");
    byte[] big = new byte[(int) BorderlandServer.MAX_BODY_BYTES + 1024];
    java.util.Arrays.fill(big, (byte) '#');
    JsonNode tooBig = error(post("/api/v1/scenario/rank", big), 413, null);
    assertThat(tooBig.get("title").asText()).contains("64 KiB");
    // Nothing else was affected: the panel is as it was and a good request still answers.
    assertThat(Files.readString(panel.resolve(PanelStore.MANIFEST))).isEqualTo(manifest);
    ok(get("/api/v1/rank?aggressor=RUS&year=2021"));
  }

  @Test
  void uncertaintyRunsAsAJobWithProgressAndResult() throws Exception {
    HttpResponse<String> start =
        post("/api/v1/jobs/uncertainty?aggressor=RUS&year=2022&runs=3000&seed=7", new byte[0]);
    assertThat(start.statusCode()).as(start.body()).isEqualTo(202);
    JsonNode job = JSON.readTree(start.body());
    String url = job.get("url").asText();
    assertThat(url).startsWith("/api/v1/jobs/");
    JsonNode state = job;
    for (int i = 0; i < 600 && !state.get("state").asText().matches("done|failed"); i++) {
      Thread.sleep(100);
      state = ok(get(url));
    }
    assertThat(state.get("state").asText()).isEqualTo("done");
    assertThat(state.get("progress").get("total").asLong()).isEqualTo(3000);
    assertThat(state.get("progress").get("fraction").asDouble()).isEqualTo(1.0);
    assertThat(state.get("result").get("seed").asLong()).isEqualTo(7);
    assertThat(state.get("result").get("targets").size()).isGreaterThan(10);
    error(post("/api/v1/jobs/uncertainty?runz=5", new byte[0]), 400, "runz");
    error(get("/api/v1/jobs/999999"), 404, null);
    // A bad value is refused when the job is submitted, not when it runs.
    JsonNode zero = error(post("/api/v1/jobs/uncertainty?runs=0", new byte[0]), 400, "runs");
    assertThat(zero.get("details").get("allowed").asText()).isEqualTo("1-100000");
  }

  @Test
  void corsIsOffUnlessAskedAndServeBindsToLoopbackByDefault() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/openapi.json"))
                .header("Origin", "http://example.org")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.headers().firstValue("access-control-allow-origin")).isEmpty();
    Javalin withCors =
        BorderlandServer.create(new BorderlandServer.Settings(panel, null, "http://example.org"))
            .start("127.0.0.1", 0);
    try {
      HttpResponse<String> c =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + withCors.port() + "/api/v1/openapi.json"))
                  .header("Origin", "http://example.org")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(c.headers().firstValue("access-control-allow-origin"))
          .contains("http://example.org");
    } finally {
      withCors.stop();
    }
  }

  @Test
  void theDashboardIsServedWithItsScriptsFromTheJar() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Borderland");
    HttpResponse<String> echarts = get("/webjars/echarts/5.3.1/dist/echarts.min.js");
    assertThat(echarts.statusCode()).isEqualTo(200);
    assertThat(List.of(echarts.body().length())).allMatch(n -> n > 100_000);
  }

  @Test
  void aRepeatedRequestIsAnsweredFromTheCacheAndOtherArgumentsAreNot() throws Exception {
    HttpResponse<String> first = get("/api/v1/rank?aggressor=RUS&year=2019");
    HttpResponse<String> again = get("/api/v1/rank?aggressor=RUS&year=2019");
    HttpResponse<String> other = get("/api/v1/rank?aggressor=RUS&year=2018");
    assertThat(first.headers().firstValue("X-Borderland-Cache")).contains("miss");
    assertThat(again.headers().firstValue("X-Borderland-Cache")).contains("hit");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(other.headers().firstValue("X-Borderland-Cache")).contains("miss");
    assertThat(JSON.readTree(other.body()).get("year").asInt()).isEqualTo(2018);
    Javalin uncached =
        BorderlandServer.create(new BorderlandServer.Settings(panel, null, null, false))
            .start("127.0.0.1", 0);
    try {
      for (int i = 0; i < 2; i++) {
        HttpResponse<String> r =
            HTTP.send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:" + uncached.port() + "/api/v1/rank?year=2019"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("X-Borderland-Cache")).contains("miss");
      }
    } finally {
      uncached.stop();
    }
  }

  /** Each GET command route, with a request that names an unknown country and the parameter. */
  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> unknownCodes() {
    return java.util.stream.Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("/api/v1/rank?aggressor=XYZ", "aggressor"),
        org.junit.jupiter.params.provider.Arguments.of("/api/v1/explain?target=XYZ", "target"),
        org.junit.jupiter.params.provider.Arguments.of(
            "/api/v1/history?target=KAZ&aggressor=XYZ", "aggressor"),
        org.junit.jupiter.params.provider.Arguments.of("/api/v1/shield?aggressor=XYZ", "aggressor"),
        org.junit.jupiter.params.provider.Arguments.of(
            "/api/v1/cascade?aggressor=XYZ", "aggressor"),
        org.junit.jupiter.params.provider.Arguments.of("/api/v1/panel?country=XYZ", "country"),
        org.junit.jupiter.params.provider.Arguments.of("/api/v1/facts?target=XYZ", "target"),
        org.junit.jupiter.params.provider.Arguments.of(
            "/api/v1/backtest?aggressor=XYZ", "aggressor"));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("unknownCodes")
  void everyRouteAnswersAnUnknownCodeInTheErrorShape(String path, String parameter)
      throws Exception {
    JsonNode e = error(get(path), 400, parameter);
    assertThat(e.get("title").asText()).contains("XYZ");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "/api/v1/rank?year=1850",
        "/api/v1/explain?target=KAZ&year=1850",
        "/api/v1/shield?year=1850",
        "/api/v1/cascade?year=1850",
        "/api/v1/rank?year=abc",
        "/api/v1/cascade?steps=abc"
      })
  void everyRouteAnswersABadYearOrNumberInTheErrorShape(String path) throws Exception {
    String parameter =
        path.substring(
            path.lastIndexOf('&') >= 0 ? path.lastIndexOf('&') + 1 : path.indexOf('?') + 1,
            path.lastIndexOf('='));
    error(get(path), 400, parameter);
  }

  @Test
  void aJobRunsUnderTheScenarioInItsBody() throws Exception {
    byte[] ukraine = Files.readAllBytes(scenarios.resolve("ukraine-fell-2022.yaml"));
    HttpResponse<String> start = post("/api/v1/jobs/uncertainty?runs=500&seed=3", ukraine);
    assertThat(start.statusCode()).as(start.body()).isEqualTo(202);
    JsonNode state = JSON.readTree(start.body());
    for (int i = 0; i < 600 && !state.get("state").asText().matches("done|failed"); i++) {
      Thread.sleep(100);
      state = ok(get(state.get("url").asText()));
    }
    assertThat(state.get("state").asText()).as(state.toString()).isEqualTo("done");
    JsonNode result = state.get("result");
    assertThat(result.get("scenario").get("absorbed").get(0).asText()).isEqualTo("UKR");
    assertThat(result.get("scenario").get("file").asText()).isEqualTo("request body");
    List<String> targets = new java.util.ArrayList<>();
    result.get("targets").forEach(t -> targets.add(t.get("target").asText()));
    assertThat(targets).doesNotContain("UKR").contains("MDA", "SVK");
    error(post("/api/v1/jobs/validate", ukraine), 400, "body");
  }

  @Test
  void aRequestCannotMakeTheServerReadAFileOfItsChoosing() throws Exception {
    error(get("/api/v1/shield?transit=/etc/hosts"), 400, "transit");
    error(get("/api/v1/backtest?cases=/etc/hosts"), 400, "cases");
    error(post("/api/v1/jobs/uncertainty?spec=/etc/hosts", new byte[0]), 400, "spec");
    JsonNode model = error(get("/api/v1/rank?model=/etc/hosts"), 400, "model");
    assertThat(model.get("title").asText()).contains("not a shipped model").contains("essay");
    ok(get("/api/v1/rank?model=extended&year=2021"));
    byte[] body =
        "scenario: {name: M}\nmodel: /etc/hosts\nweights: {border: 2}\n"
            .getBytes(StandardCharsets.UTF_8);
    error(post("/api/v1/scenario/rank", body), 400, "body");
    error(post("/api/v1/jobs/uncertainty", body), 400, "body");
  }
}
