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
import java.nio.file.Path;
import java.time.Duration;
import org.borderland.data.build.PanelLocation;

/** A server on the committed panel for tests, on a free loopback port, and requests to it. */
public final class TestServer implements AutoCloseable {
  public static final ObjectMapper JSON = new ObjectMapper();
  public static final Path ROOT = PanelLocation.projectRoot().orElseThrow();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final Javalin app;
  private final String base;

  /** Starts a server with {@code settings}. */
  public TestServer(BorderlandServer.Settings settings) {
    this.app = BorderlandServer.create(settings).start("127.0.0.1", 0);
    this.base = "http://127.0.0.1:" + app.port();
  }

  /** Starts a server on the committed panel and curated facts with {@code limits}. */
  public static TestServer withLimits(Limits limits) {
    return new TestServer(defaults().withLimits(limits));
  }

  /** The committed panel and curated facts, loopback, cache on, default limits. */
  public static BorderlandServer.Settings defaults() {
    return new BorderlandServer.Settings(ROOT.resolve("panel"), ROOT.resolve("curated"), null);
  }

  public Javalin app() {
    return app;
  }

  public String base() {
    return base;
  }

  public int port() {
    return app.port();
  }

  /** A request to {@code path} with a 60 s time-out. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
  }

  public HttpResponse<String> send(HttpRequest.Builder r) throws Exception {
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> get(String path) throws Exception {
    return send(request(path));
  }

  public HttpResponse<String> delete(String path) throws Exception {
    return send(request(path).DELETE());
  }

  /** A POST of {@code body} as YAML (no Content-Type when the body is empty). */
  public HttpResponse<String> post(String path, String body) throws Exception {
    return post(path, body.getBytes(StandardCharsets.UTF_8), "application/yaml");
  }

  /** A POST of {@code body} with {@code contentType} (null: none). */
  public HttpResponse<String> post(String path, byte[] body, String contentType) throws Exception {
    HttpRequest.Builder r = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null && body.length > 0) {
      r.header("Content-Type", contentType);
    }
    return send(r);
  }

  /** The JSON of a 2xx answer. */
  public static JsonNode ok(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
    return JSON.readTree(r.body());
  }

  /**
   * An answer with {@code status} in the one error shape, naming {@code parameter} (unless null),
   * with no stack trace, class name or server path.
   */
  public static JsonNode error(HttpResponse<String> r, int status, String parameter)
      throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
    JsonNode e = JSON.readTree(r.body());
    assertThat(e.get("title").asText()).isNotBlank();
    assertThat(e.get("status").asInt()).isEqualTo(status);
    assertThat(e.get("type").asText()).isNotBlank();
    assertThat(e.has("details")).isTrue();
    if (parameter != null) {
      assertThat(e.get("details").get("parameter").asText()).isEqualTo(parameter);
    }
    assertThat(r.body())
        .doesNotContain("\tat ")
        .doesNotContain("at org.")
        .doesNotContain("Exception")
        .doesNotContain(ROOT.toString())
        .doesNotContain(System.getProperty("java.io.tmpdir") + "/");
    return e;
  }

  /** Waits (up to {@code seconds}) for the job at {@code url} to finish; its last state. */
  public JsonNode await(String url, double seconds) throws Exception {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    JsonNode state = ok(get(url));
    while (!state.get("state").asText().matches("done|failed|cancelled")
        && System.nanoTime() < end) {
      Thread.sleep(50);
      state = ok(get(url));
    }
    return state;
  }

  @Override
  public void close() {
    app.stop();
  }
}
