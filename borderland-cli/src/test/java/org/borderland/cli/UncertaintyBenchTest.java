package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code borderland bench uncertainty}: the figures the issue asks for, printed. */
class UncertaintyBenchTest {
  @Test
  void uncertaintyBenchPrintsTheEngineAndCoinrFigures() {
    String prop = System.getProperty("borderland.shared");
    Path oracle =
        (prop == null ? Path.of("..", "..", "shared") : Path.of(prop))
            .resolve("oracles")
            .resolve("coinr-asem");
    CliRunner r =
        CliRunner.run(
            "bench",
            "uncertainty",
            "--runs",
            "1",
            "--panel",
            SharedData.committedPanel().toString(),
            "--oracle",
            oracle.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("10,000 replications of RUS 2022, model essay")
        .containsPattern("first in this JVM \\d+ ms; warm: median [0-9.]+ ms")
        .contains("replications/s");
    if (oracle.resolve("ASEM_iData.csv").toFile().isFile()) {
      assertThat(r.out())
          .contains("COINr's ASEM simple build")
          .contains("the vignette's four assumptions")
          .contains("not measured here");
    }
  }
}
