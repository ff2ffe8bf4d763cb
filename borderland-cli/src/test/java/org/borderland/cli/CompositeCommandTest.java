package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderland.data.build.PanelLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code borderland composite}: the two COINr references end to end, and bad input. */
class CompositeCommandTest {
  @TempDir Path dir;

  private static Path oracle() {
    String prop = System.getProperty("borderland.shared");
    Path o = Path.of(prop == null ? "../../shared" : prop, "oracles", "coinr-asem");
    assumeTrue(
        Files.isRegularFile(o.resolve("ASEM_iData.csv")), "no COINr oracle at " + o + "; skipping");
    return o;
  }

  @Test
  void withoutAPipelineWritesCoinrsSimpleBuild() throws Exception {
    Path o = oracle();
    Path out = dir.resolve("results.csv");
    CliRunner r =
        CliRunner.run(
            "composite",
            "--data",
            o.resolve("ASEM_iData.csv").toString(),
            "--meta",
            o.resolve("ASEM_iMeta.csv").toString(),
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .contains("Wrote 51 units × 11 aggregates to " + out)
        .contains("simple build");
    List<String> got = Files.readAllLines(out);
    List<String> want = Files.readAllLines(o.resolve("expected_simple_build.csv"));
    assertThat(got).hasSameSizeAs(want);
    assertThat(got.get(0)).isEqualTo(want.get(0));
    for (int i = 1; i < want.size(); i++) {
      String[] g = got.get(i).split(",");
      String[] w = want.get(i).split(",");
      assertThat(g[0]).isEqualTo(w[0]);
      for (int c = 1; c < w.length; c++) {
        if (c <= 11) {
          assertThat(Double.parseDouble(g[c]))
              .as("%s col %d", w[0], c)
              .isCloseTo(Double.parseDouble(w[c]), within(1e-9));
        } else {
          assertThat(g[c]).as("%s rank col %d", w[0], c).isEqualTo(w[c]);
        }
      }
    }
  }

  @Test
  void theShippedExamplePipelineReproducesCoinrsFullExample() {
    Path o = oracle();
    Path example =
        PanelLocation.projectRoot().orElseThrow().resolve("examples/coinr-asem-example.yaml");
    CliRunner r =
        CliRunner.run(
            "composite",
            "--data",
            o.resolve("ASEM_iData.csv").toString(),
            "--meta",
            o.resolve("ASEM_iMeta.csv").toString(),
            "--pipeline",
            example.toString(),
            "--out",
            "-");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    String[] lines = r.out().split("\n");
    // vignette("results"): CHE 68.38 62.79 73.98 …, NLD 64.82 …
    assertThat(lines[1]).startsWith("\"CHE\",68.383").contains(",62.787").contains(",73.979");
    assertThat(lines[2]).startsWith("\"NLD\",64.819");
    assertThat(lines).hasSize(52);
  }

  @Test
  void aNonNumericCellFailsWithFileLineColumnAndNoStackTrace() throws Exception {
    Path meta = dir.resolve("iMeta.csv");
    Files.writeString(
        meta,
        "\"Level\",\"iCode\",\"Direction\",\"Weight\",\"Parent\",\"Type\"\n"
            + "1,\"a\",1,1,\"I\",\"Indicator\"\n"
            + "2,\"I\",1,1,,\"Aggregate\"\n");
    Path data = dir.resolve("iData.csv");
    Files.writeString(data, "\"uCode\",\"a\"\n\"X\",1\n\"Y\",n/a\n");
    CliRunner r =
        CliRunner.run(
            "composite",
            "--data",
            data.toString(),
            "--meta",
            meta.toString(),
            "--out",
            dir.resolve("o.csv").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err())
        .contains("iData.csv:3: column 'a' value 'n/a' is not a number")
        .doesNotContain("\tat ");
    assertThat(dir.resolve("o.csv")).doesNotExist();
  }

  @Test
  void aPipelineFileWithATypoFailsWithItsLineAndTheAllowedValues() throws Exception {
    Path o = oracle();
    Path p = dir.resolve("p.yaml");
    Files.writeString(p, "steps:\n  - aggregate: {method: geometric}\n");
    CliRunner r =
        CliRunner.run(
            "composite",
            "--data",
            o.resolve("ASEM_iData.csv").toString(),
            "--meta",
            o.resolve("ASEM_iMeta.csv").toString(),
            "--pipeline",
            p.toString(),
            "--out",
            "-");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err())
        .contains(
            "p.yaml line 2, column 25: step 'aggregate' field 'method': 'geometric' is not allowed")
        .contains("allowed: arithmetic-mean, geometric-mean, harmonic-mean");
  }

  @Test
  void aStepTheDataCannotTakeFailsWithTheStepNamed() throws Exception {
    Path o = oracle();
    Path p = dir.resolve("p.yaml");
    // min-max onto [0, 100] gives zeros, which the geometric mean cannot take.
    Files.writeString(p, "steps:\n  - normalise: {}\n  - aggregate: {method: geometric-mean}\n");
    CliRunner r =
        CliRunner.run(
            "composite",
            "--data",
            o.resolve("ASEM_iData.csv").toString(),
            "--meta",
            o.resolve("ASEM_iMeta.csv").toString(),
            "--pipeline",
            p.toString(),
            "--out",
            "-");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err())
        .contains("Step 'aggregate': aggregate '")
        .contains("(geometric-mean) for unit '");
  }

  @Test
  void aMissingOptionIsAUsageError() {
    CliRunner r = CliRunner.run("composite", "--data", "x.csv");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("Missing required options").contains("--meta");
  }
}
