package org.borderland.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API's answers to a fixed set of requests, recorded before a refactoring and compared after,
 * so that a change of shape or value is seen (and, when deliberate, recorded again with {@code
 * -Dborderland.golden.record=true} and listed in the closing note). Volatile fields (timings) are
 * left out.
 */
class GoldenAnswersTest {
  private static final Path DIR =
      TestServer.ROOT.resolve("borderland-server/src/test/resources/golden");
  private static final boolean RECORD = Boolean.getBoolean("borderland.golden.record");
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(TestServer.defaults());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        get("countries-2022", "/api/v1/countries?year=2022"),
        get("countries-1991", "/api/v1/countries?year=1991"),
        get("panel-kaz-russian", "/api/v1/panel?country=KAZ&indicator=ethnic_share&key=Russian"),
        get("panel-kaz-border", "/api/v1/panel?country=KAZ&indicator=land_border_km&key=RUS"),
        get("panel-kaz-2013", "/api/v1/panel?country=KAZ&year=2013"),
        get("facts-kaz", "/api/v1/facts?target=KAZ"),
        get("facts-ukr-2013", "/api/v1/facts?target=UKR&year=2013"),
        get("rank-default", "/api/v1/rank"),
        get("rank-rus-2021", "/api/v1/rank?aggressor=RUS&year=2021"),
        get("rank-rus-2013", "/api/v1/rank?aggressor=RUS&year=2013"),
        get("rank-rus-2007", "/api/v1/rank?aggressor=RUS&year=2007"),
        get("rank-chn-2020", "/api/v1/rank?aggressor=CHN&year=2020"),
        get("rank-tur-2024", "/api/v1/rank?aggressor=TUR&year=2024"),
        get("rank-usa-2024", "/api/v1/rank?aggressor=USA&year=2024"),
        get("rank-extended-2025", "/api/v1/rank?model=extended&year=2025"),
        get("rank-candidates", "/api/v1/rank?candidates=KAZ,UKR,GEO&year=2022"),
        get("rank-pak-2020-sea", "/api/v1/rank?aggressor=PAK&year=2020&reach=sea"),
        get("explain-kaz-2021", "/api/v1/explain?target=KAZ&year=2021"),
        get("explain-kaz-versus-geo", "/api/v1/explain?target=KAZ&versus=GEO&year=2022"),
        get("explain-chn-vnm", "/api/v1/explain?aggressor=CHN&target=VNM&year=2020"),
        get("history-kaz", "/api/v1/history?target=KAZ"),
        get("history-ukr-extended", "/api/v1/history?target=UKR&model=extended"),
        get("shield-2025", "/api/v1/shield?year=2025"),
        get("shield-2025-sea", "/api/v1/shield?year=2025&sea=true"),
        get("shield-2025-allow-chn", "/api/v1/shield?year=2025&allow=CHN"),
        get("cascade-2022", "/api/v1/cascade?year=2022&steps=5"),
        get("cascade-chn-2020", "/api/v1/cascade?aggressor=CHN&year=2020&steps=3"),
        get("backtest-rus", "/api/v1/backtest?aggressor=RUS"),
        get("backtest-rus-extended", "/api/v1/backtest?aggressor=RUS&model=extended"),
        get("backtest-rus-revised", "/api/v1/backtest?aggressor=RUS&allow-revised=true"),
        get("error-unknown-aggressor", "/api/v1/rank?aggressor=XYZ"),
        get("error-year", "/api/v1/rank?year=1850"),
        post("scenario-rank-ukraine", "/api/v1/scenario/rank", "ukraine-fell-2022.yaml"),
        post("scenario-diff-ukraine", "/api/v1/scenario/diff?year=2022", "ukraine-fell-2022.yaml"),
        post(
            "scenario-diff-kazakhstan",
            "/api/v1/scenario/diff",
            "kazakhstan-leaves-csto-eaeu.yaml"),
        post(
            "scenario-explain-mda",
            "/api/v1/scenario/explain?target=MDA",
            "ukraine-fell-2022.yaml"),
        post("scenario-shield-china", "/api/v1/scenario/shield", "transit-china-open.yaml"),
        post(
            "scenario-cascade-ukraine",
            "/api/v1/scenario/cascade?steps=3",
            "ukraine-fell-2022.yaml"),
        job("job-uncertainty", "/api/v1/jobs/uncertainty?year=2022&runs=500&seed=42"),
        job(
            "job-sensitivity",
            "/api/v1/jobs/sensitivity?year=2022&runs=100&seed=1&target=KAZ&bootstrap=20"),
        job(
            "job-uncertainty-models",
            "/api/v1/jobs/uncertainty?year=2021&runs=200&models=essay,extended"));
  }

  private static Arguments get(String name, String path) {
    return Arguments.of(name, "GET", path, null);
  }

  private static Arguments post(String name, String path, String scenario) {
    return Arguments.of(name, "POST", path, scenario);
  }

  private static Arguments job(String name, String path) {
    return Arguments.of(name, "JOB", path, null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void theAnswerIsAsRecorded(String name, String method, String path, String scenario)
      throws Exception {
    JsonNode answer =
        switch (method) {
          case "GET" -> answer(server.get(path));
          case "POST" ->
              answer(
                  server.post(
                      path,
                      Files.readString(TestServer.ROOT.resolve("scenarios").resolve(scenario))));
          case "JOB" -> {
            HttpResponse<String> r = server.post(path, "");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            JsonNode done =
                server.await(TestServer.JSON.readTree(r.body()).get("url").asText(), 120);
            assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
            yield done.get("result");
          }
          default -> throw new IllegalStateException(method);
        };
    if (answer instanceof ObjectNode o) {
      o.remove("elapsedMs");
    }
    Path file = DIR.resolve(name + ".json");
    String text =
        TestServer.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer) + "\n";
    if (RECORD) {
      Files.createDirectories(DIR);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("no recorded answer; record with -Dborderland.golden.record=true").exists();
    JsonNode recorded = TestServer.JSON.readTree(Files.readString(file));
    assertThat(answer).as(name).isEqualTo(recorded);
  }

  /** The JSON of an answer, with its status for an error. */
  private static JsonNode answer(HttpResponse<String> r) throws Exception {
    JsonNode body = TestServer.JSON.readTree(r.body());
    if (r.statusCode() != 200) {
      assertThat(body.get("status").asInt()).isEqualTo(r.statusCode());
    }
    return body;
  }
}
