package org.borderland.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.borderland.server.BorderlandServer;
import org.borderland.server.Limits;
import org.borderland.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DNS rebinding and cross-origin writes: the server answers only the hosts it is bound to (and
 * {@code --allowed-hosts}), refuses a foreign browser origin before any work, and takes a body only
 * with a documented content type.
 */
class HostOriginAndContentTypeTest {
  private static final String SCENARIO = "scenario: {name: X}\nabsorb: [BLR]\n";
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(TestServer.defaults());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"evil.example", "evil.example:7070", "127.0.0.1.nip.io", "10.0.0.1"})
  void aRequestForAnotherHostIsMisdirected(String host) throws Exception {
    HttpResponse<String> r = server.send(server.request("/api/v1/rank").header("Host", host));
    JsonNode e = TestServer.error(r, 421, "Host");
    assertThat(e.get("title").asText()).contains("--allowed-hosts");
    assertThat(r.body()).doesNotContain("\"results\"");
  }

  @Test
  void theLoopbackNamesAndTheAllowedHostsAreAnswered() throws Exception {
    for (String host : List.of("127.0.0.1:" + server.port(), "localhost:" + server.port())) {
      TestServer.ok(
          server.send(server.request("/api/v1/countries?year=2022").header("Host", host)));
    }
    BorderlandServer.Settings d = TestServer.defaults();
    try (TestServer named =
        new TestServer(
            new BorderlandServer.Settings(
                d.panelDir(),
                d.curatedDir(),
                null,
                true,
                "127.0.0.1",
                List.of("borderland.example.org"),
                Limits.defaults()))) {
      TestServer.ok(
          named.send(
              named
                  .request("/api/v1/countries?year=2022")
                  .header("Host", "Borderland.example.org:443")));
      TestServer.error(
          named.send(named.request("/api/v1/countries").header("Host", "other.example.org")),
          421,
          "Host");
    }
  }

  @Test
  void aForeignOriginIsRefusedAndTheServersOwnIsNot() throws Exception {
    HttpResponse<String> foreign =
        server.send(server.request("/api/v1/rank").header("Origin", "http://evil.example"));
    TestServer.error(foreign, 403, "Origin");
    HttpResponse<String> post =
        server.send(
            server
                .request("/api/v1/scenario/rank")
                .header("Origin", "http://evil.example")
                .header("Content-Type", "application/yaml")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(SCENARIO)));
    TestServer.error(post, 403, "Origin");
    HttpResponse<String> own =
        server.send(
            server
                .request("/api/v1/scenario/rank")
                .header("Origin", "http://127.0.0.1:" + server.port())
                .header("Content-Type", "application/yaml")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(SCENARIO)));
    TestServer.ok(own);
  }

  @Test
  void withCorsOnlyTheAllowedOriginGetsThrough() throws Exception {
    BorderlandServer.Settings d = TestServer.defaults();
    try (TestServer cors =
        new TestServer(
            new BorderlandServer.Settings(
                d.panelDir(), d.curatedDir(), "http://allowed.example"))) {
      HttpResponse<String> allowed =
          cors.send(
              cors.request("/api/v1/countries?year=2022")
                  .header("Origin", "http://allowed.example"));
      TestServer.ok(allowed);
      assertThat(allowed.headers().firstValue("access-control-allow-origin"))
          .contains("http://allowed.example");
      HttpResponse<String> other =
          cors.send(
              cors.request("/api/v1/rank?year=2022").header("Origin", "http://other.example"));
      JsonNode e = TestServer.error(other, 403, "Origin");
      assertThat(e.get("title").asText()).contains("only http://allowed.example");
      assertThat(other.headers().firstValue("X-Borderland-Cache")).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"})
  void aBodyOfAnUndocumentedTypeIsRefused(String type) throws Exception {
    HttpResponse<String> r =
        server.post("/api/v1/scenario/rank", SCENARIO.getBytes(StandardCharsets.UTF_8), type);
    JsonNode e = TestServer.error(r, 415, "Content-Type");
    assertThat(e.get("title").asText()).contains("application/yaml").contains(type);
    HttpResponse<String> job =
        server.post(
            "/api/v1/jobs/uncertainty?runs=10", SCENARIO.getBytes(StandardCharsets.UTF_8), type);
    TestServer.error(job, 415, "Content-Type");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/yaml",
        "application/x-yaml",
        "text/yaml",
        "application/yaml; charset=utf-8"
      })
  void aBodyOfADocumentedTypeIsTaken(String type) throws Exception {
    JsonNode r =
        TestServer.ok(
            server.post(
                "/api/v1/scenario/rank?year=2022",
                SCENARIO.getBytes(StandardCharsets.UTF_8),
                type));
    assertThat(r.get("scenario").get("absorbed").get(0).asText()).isEqualTo("BLR");
    String json = "{\"scenario\": {\"name\": \"J\"}, \"absorb\": [\"BLR\"]}";
    TestServer.ok(
        server.post(
            "/api/v1/scenario/rank?year=2022",
            json.getBytes(StandardCharsets.UTF_8),
            "application/json"));
  }

  @Test
  void aPostWithAnEmptyBodyNeedsNoContentType() throws Exception {
    HttpResponse<String> r = server.post("/api/v1/jobs/uncertainty?runs=10", new byte[0], null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    HttpResponse<String> plain =
        server.send(
            server
                .request("/api/v1/jobs/uncertainty?runs=10")
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
    assertThat(plain.statusCode()).as(plain.body()).isEqualTo(202);
  }
}
