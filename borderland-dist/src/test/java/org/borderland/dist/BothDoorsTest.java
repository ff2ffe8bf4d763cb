package org.borderland.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.borderland.cli.Main;
import org.borderland.data.build.PanelLocation;
import org.borderland.server.BorderlandServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The two doors onto the same services: the CLI's JSON and the API's answer are the same text. */
class BothDoorsTest {
  private static final Path ROOT = PanelLocation.projectRoot().orElseThrow();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Javalin server;

  @BeforeAll
  static void start() {
    server =
        BorderlandServer.create(new BorderlandServer.Settings(ROOT.resolve("panel"), null, null))
            .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static String cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of("serve", new ServeCommand()));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String api(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  @Test
  void rankAnswersTheCommandLinesJsonCompactly() throws Exception {
    String fromApi = api("/api/v1/rank?aggressor=RUS&year=2022");
    String fromCli =
        cli(
            "rank",
            "--aggressor",
            "RUS",
            "--year",
            "2022",
            "--format",
            "json",
            "--panel",
            ROOT.resolve("panel").toString());
    // The same JSON, value for value and in the same order; the API without the CLI's indentation.
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(fromApi)).isEqualTo(json.readTree(fromCli));
    assertThat(json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(fromApi)))
        .isEqualTo(fromCli.strip());
    assertThat(fromApi).startsWith("{\"aggressor\":\"RUS\",").doesNotContain("\n");
    assertThat(fromCli).contains("\"aggressor\" : \"RUS\"");
  }

  @Test
  void serveListensOnTheLoopbackAddressByDefault() {
    CommandLine serve = new CommandLine(new ServeCommand());
    assertThat(serve.getCommandSpec().findOption("--bind").defaultValue()).isEqualTo("127.0.0.1");
    assertThat(serve.getCommandSpec().findOption("--port").defaultValue()).isEqualTo("7070");
  }

  @Test
  void theJarsCommandLineHasServeBesideTheCommands() {
    String help = cli("--help");
    assertThat(help).contains("rank").contains("explain");
    assertThat(cli("serve", "--help")).contains("--allowed-hosts").contains("--no-cache");
  }
}
