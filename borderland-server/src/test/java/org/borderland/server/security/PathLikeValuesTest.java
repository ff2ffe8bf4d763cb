package org.borderland.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderland.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No request makes the server read a file the client names: every route and every parameter of the
 * OpenAPI document, and the model a body names, given path-like values, answer a 4xx in the error
 * shape without any file's content.
 */
class PathLikeValuesTest {
  /** Values that name files, each way a client might try. */
  static final List<String> PATHS =
      List.of(
          "/etc/passwd",
          "../../x",
          "file:/etc/passwd",
          "file:///etc/passwd",
          "../../../../../../etc/passwd",
          "/proc/self/environ",
          "essay,/etc/passwd",
          "models/../../../etc/passwd");

  private static TestServer server;
  private static String passwd;
  private static String scenario;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer(TestServer.defaults());
    passwd = Files.readString(Path.of("/etc/passwd")).lines().findFirst().orElseThrow();
    scenario =
        Files.readString(TestServer.ROOT.resolve("scenarios").resolve("ukraine-fell-2022.yaml"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The answer is a 4xx in the error shape and shows nothing of the files named. */
  private static void refused(HttpResponse<String> r, String what) throws Exception {
    assertThat(r.statusCode()).as(what + " → " + r.body()).isBetween(400, 499);
    JsonNode e = TestServer.error(r, r.statusCode(), null);
    assertThat(r.body())
        .as(what)
        .doesNotContain(passwd)
        .doesNotContain("root:")
        .doesNotContain("PATH=")
        .doesNotContain("HOME=");
    assertThat(e.get("title").asText()).as(what).isNotBlank();
  }

  @Test
  void everyParameterOfEveryRouteRefusesPathLikeValues() throws Exception {
    JsonNode doc = TestServer.ok(server.get("/api/v1/openapi.json"));
    int requests = 0;
    List<String> routes = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> p = paths.next();
      Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields();
      while (ops.hasNext()) {
        Map.Entry<String, JsonNode> op = ops.next();
        String method = op.getKey().toUpperCase(Locale.ROOT);
        boolean needsBody = op.getValue().path("requestBody").path("required").asBoolean(false);
        routes.add(method + " " + p.getKey());
        for (JsonNode param : op.getValue().get("parameters")) {
          String name = param.get("name").asText();
          for (String value : PATHS) {
            String enc = URLEncoder.encode(value, StandardCharsets.UTF_8);
            String path =
                param.get("in").asText().equals("path")
                    ? p.getKey().replace("{" + name + "}", enc)
                    : p.getKey() + "?" + name + "=" + enc;
            HttpResponse<String> r =
                switch (method) {
                  case "GET" -> server.get(path);
                  case "DELETE" -> server.delete(path);
                  case "POST" -> server.post(path, needsBody ? scenario : "");
                  default -> throw new IllegalStateException(method);
                };
            refused(r, method + " " + path);
            requests++;
          }
        }
      }
    }
    assertThat(routes).hasSizeGreaterThan(15).contains("DELETE /api/v1/jobs/{id}");
    assertThat(requests).isGreaterThan(500);
  }

  @Test
  void aModelNamedInABodyMustBeAShippedModel() throws Exception {
    JsonNode doc = TestServer.ok(server.get("/api/v1/openapi.json"));
    List<String> withBody = new ArrayList<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            p -> {
              JsonNode post = p.getValue().get("post");
              if (post != null && post.has("requestBody")) {
                withBody.add(p.getKey());
              }
            });
    assertThat(withBody).contains("/api/v1/scenario/rank", "/api/v1/jobs/uncertainty");
    for (String route : withBody) {
      for (String value : PATHS) {
        String body = "scenario: {name: M}\nmodel: '" + value + "'\nweights: {border: 2}\n";
        refused(server.post(route, body), route + " model: " + value);
        String json =
            "{\"scenario\": {\"name\": \"M\"}, \"model\": \""
                + value
                + "\", \"absorb\": [\"BLR\"]}";
        refused(
            server.post(route, json.getBytes(StandardCharsets.UTF_8), "application/json"),
            route + " JSON model: " + value);
      }
    }
  }

  @Test
  void theModelsListOfAJobTakesOnlyShippedNames() throws Exception {
    HttpResponse<String> r =
        server.post("/api/v1/jobs/uncertainty?runs=10&models=/etc/passwd,essay", "");
    JsonNode e = TestServer.error(r, 400, "models");
    assertThat(e.get("title").asText()).contains("not a shipped model").contains("essay, extended");
    assertThat(r.body()).doesNotContain(passwd);
    JsonNode ok =
        TestServer.ok(server.post("/api/v1/jobs/uncertainty?runs=10&models=essay,extended", ""));
    JsonNode done = server.await(ok.get("url").asText(), 60);
    assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
  }
}
