package org.borderland.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.borderland.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One error shape everywhere: Jetty's own errors, wrong methods, bad numbers in bodies, bad
 * encodings, out-of-range years; no class name, no server path, no temporary file left behind.
 */
class ErrorShapeTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(TestServer.defaults());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Sends raw bytes (what an HTTP client would not let us send) and reads the whole answer. */
  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void jsonError(String answer, int status) throws IOException {
    assertThat(answer).startsWith("HTTP/1.1 " + status);
    assertThat(answer.toLowerCase(java.util.Locale.ROOT))
        .contains("content-type: application/json");
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    if (body.matches("(?s)^[0-9a-fA-F]+\r\n.*")) { // chunked
      body = body.substring(body.indexOf("\r\n") + 2);
      body = body.substring(0, body.lastIndexOf('}') + 1);
    }
    JsonNode e = TestServer.JSON.readTree(body);
    assertThat(e.get("status").asInt()).isEqualTo(status);
    assertThat(e.get("title").asText())
        .isNotBlank()
        .doesNotContain("<html")
        .doesNotContain("Exception");
    assertThat(body).doesNotContain("<html");
  }

  @Test
  void jettysOwnErrorsAreInTheErrorShape() throws Exception {
    String longQuery = "/api/v1/rank?x=" + "a".repeat(9000);
    jsonError(
        raw("GET " + longQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 414);
    String bigHeader = "X-Big: " + "a".repeat(21_000) + "\r\n";
    jsonError(
        raw(
            "GET /api/v1/rank HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + bigHeader
                + "Connection: close\r\n\r\n"),
        431);
    for (String path :
        List.of("/../etc/passwd", "/api/v1/%2e%2e/%2e%2e/etc/passwd", "/api/v1/..%2Fx")) {
      String answer =
          raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      int status = Integer.parseInt(answer.substring(9, 12));
      assertThat(status).as(path + ": " + answer).isBetween(400, 404);
      jsonError(answer, status);
      assertThat(answer).doesNotContain("root:");
    }
  }

  @Test
  void aWrongMethodIs405WithAllow() throws Exception {
    HttpResponse<String> put =
        server.send(
            server.request("/api/v1/rank").PUT(java.net.http.HttpRequest.BodyPublishers.noBody()));
    JsonNode e = TestServer.error(put, 405, null);
    assertThat(put.headers().firstValue("Allow")).contains("GET");
    assertThat(e.get("details").get("allowed").get(0).asText()).isEqualTo("GET");
    HttpResponse<String> get = server.get("/api/v1/scenario/rank");
    TestServer.error(get, 405, null);
    assertThat(get.headers().firstValue("Allow")).contains("POST");
    HttpResponse<String> jobs =
        server.send(
            server
                .request("/api/v1/jobs/1")
                .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()));
    TestServer.error(jobs, 405, null);
    assertThat(jobs.headers().firstValue("Allow").orElse("")).contains("GET").contains("DELETE");
  }

  @ParameterizedTest
  @ValueSource(strings = {".nan", ".inf", "-.inf", "1e400", "99999999999", "0x10", "1_0", "0o17"})
  void aNumberThatIsNotAFiniteYearInRangeIs400NamingTheBodyLine(String value) throws Exception {
    String body = "scenario:\n  name: N\n  year: " + value + "\nabsorb: [BLR]\n";
    HttpResponse<String> r = server.post("/api/v1/scenario/rank", body);
    JsonNode e = TestServer.error(r, 400, "body");
    assertThat(e.get("title").asText())
        .contains("request body line 3")
        .contains("scenario.year")
        .contains("Expected")
        .contains(value)
        .doesNotContain("Unknown field");
    HttpResponse<String> weights =
        server.post(
            "/api/v1/scenario/rank?year=2022",
            "scenario: {name: W}\nweights: {border: " + value + "}\n");
    assertThat(weights.statusCode()).as(weights.body()).isIn(200, 400);
    if (weights.statusCode() == 400) {
      assertThat(TestServer.error(weights, 400, null).get("title").asText()).contains("line 2");
    }
  }

  @Test
  void aHexYearReadsAsYamlDefinesIt() throws Exception {
    JsonNode r =
        TestServer.ok(
            server.post(
                "/api/v1/scenario/rank", "scenario: {name: H, year: 0x7E6}\nabsorb: [BLR]\n"));
    assertThat(r.get("year").asInt()).isEqualTo(2022);
  }

  @Test
  void aMalformedEscapeSaysWhatWasWrong() throws Exception {
    String answer =
        raw(
            "GET /api/v1/rank?aggressor=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    jsonError(answer, 400);
    assertThat(answer)
        .contains("aggressor=%zz")
        .contains("percent-encoded")
        .doesNotContain("java.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/countries?year=99999",
        "/api/v1/countries?year=1200",
        "/api/v1/facts?target=KAZ&year=1800",
        "/api/v1/facts?target=KAZ&year=3000"
      })
  void yearsOutOfRangeAreRefused(String path) throws Exception {
    JsonNode e = TestServer.error(server.get(path), 400, "year");
    assertThat(e.get("title").asText()).contains("give a year in that range");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/rank?aggressor=RUS&candidates=RUS",
        "/api/v1/rank?aggressor=RUS&year=2000&candidates=SSD",
        "/api/v1/rank?aggressor=RUS&candidates=GRL",
        "/api/v1/explain?aggressor=RUS",
        "/api/v1/history?aggressor=RUS",
        "/api/v1/panel?indicator=ethnic_share",
        "/api/v1/facts?aggressor=RUS",
        "/api/v1/cascade?steps=0",
        "/api/v1/rank?year=abc"
      })
  void whatAUserGetsWrongIsA400NamingTheParameterNeverA500(String path) throws Exception {
    JsonNode e = TestServer.error(server.get(path), 400, null);
    assertThat(e.get("details").get("parameter").asText()).isNotBlank();
    assertThat(e.get("title").asText()).doesNotContain("--");
  }

  @Test
  void aJobThatTakesNoScenarioRefusesABodyBeforeItIsQueued() throws Exception {
    JsonNode e =
        TestServer.error(
            server.post("/api/v1/jobs/validate", "scenario: {name: X}\nabsorb: [BLR]\n"),
            400,
            "body");
    assertThat(e.get("title").asText()).isEqualTo("validate takes no scenario; send an empty body");
  }

  @Test
  void anErrorNamesNoServerPath() throws Exception {
    JsonNode e = TestServer.error(server.get("/api/v1/backtest?aggressor=FRA"), 400, null);
    assertThat(e.get("title").asText()).contains("cases/france.yaml");
  }

  @Test
  void requestBodiesAreReadInMemoryAndLeaveNoFile() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = listing(tmp);
    server.post("/api/v1/scenario/rank", "scenario: {name: X}\nabsorb: [RUS]\n");
    server.post("/api/v1/jobs/uncertainty?runs=0", "scenario: {name: X}\nabsorb: [BLR]\n");
    server.post("/api/v1/jobs/uncertainty?aggressor=XYZ", "scenario: {name: X}\nabsorb: [BLR]\n");
    server.post("/api/v1/jobs/uncertainty?runs=10", "scenario: {name: X, year: .nan}\n");
    JsonNode job =
        TestServer.ok(
            server.post(
                "/api/v1/jobs/uncertainty?runs=10", "scenario: {name: X}\nabsorb: [BLR]\n"));
    assertThat(server.await(job.get("url").asText(), 60).get("state").asText()).isEqualTo("done");
    assertThat(listing(tmp)).isEqualTo(before);
  }

  private static List<Path> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("borderland")).sorted().toList();
    }
  }

  @Test
  void anInternalErrorCarriesAnIdAndNothingElse() {
    var e =
        org.borderland.server.BorderlandServerAccess.internal(
            "GET /x", new IllegalStateException("secret detail /work/main/x"));
    assertThat(e.status()).isEqualTo(500);
    assertThat(e.title()).contains(e.details().get("id").toString()).doesNotContain("secret");
    assertThat(e.details()).containsOnlyKeys("id");
  }
}
