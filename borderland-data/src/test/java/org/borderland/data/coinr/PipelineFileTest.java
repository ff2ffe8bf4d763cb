package org.borderland.data.coinr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderland.core.pipeline.Aggregate;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Denominate;
import org.borderland.core.pipeline.Impute;
import org.borderland.core.pipeline.Node;
import org.borderland.core.pipeline.NormalisationSpec;
import org.borderland.core.pipeline.Normalise;
import org.borderland.core.pipeline.Pipeline;
import org.borderland.core.pipeline.Screen;
import org.borderland.core.pipeline.Treat;
import org.borderland.core.pipeline.Tree;
import org.borderland.data.build.PanelLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pipeline files: the shipped example, every field, and messages for mistakes. */
class PipelineFileTest {
  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path p = dir.resolve("pipeline.yaml");
    Files.writeString(p, text);
    return p;
  }

  private static Tree tree() {
    return Tree.of(
        List.of(
            Node.indicator("LPI", "P", 1, 1),
            Node.indicator("Gas", "P", 1, 1),
            Node.aggregate("P", 2, null, 1)));
  }

  @Test
  void theShippedExampleIsCoinrsBuildExampleCoin() throws Exception {
    Path file =
        PanelLocation.projectRoot().orElseThrow().resolve("examples/coinr-asem-example.yaml");
    assertThat(PipelineFile.read(file))
        .isEqualTo(
            Pipeline.of(
                Denominate.byTree(),
                Impute.groupMean("EurAsia_group"),
                Screen.byMissing(0.9),
                Treat.winsorise(5),
                Normalise.all(NormalisationSpec.minMax(0, 100)),
                Aggregate.all(Aggregation.ARITHMETIC_MEAN)));
  }

  @Test
  void readsEveryFieldAndDefaults() throws Exception {
    Pipeline p =
        PipelineFile.read(
            write(
                """
                steps:
                  - denominate: {by: {LPI: pop}, scale: {LPI: 1000}}
                  - impute: {method: carry-forward, maxTime: 2}
                  - select: {time: 2021}
                  - screen: {by: missing-or-zeros, threshold: 0.5, nonZeroThreshold: 0.1, include: [AUT], exclude: [BEL]}
                  - treat: {winmax: null, skew: 2.25, fallback: none, skip: [Gas]}
                  - normalise:
                      method: z-score
                      mean: 10
                      sd: 2
                      indicators:
                        LPI: {method: goalposts, lower: 1, upper: 5, scale: 100, truncate: false}
                  - aggregate: {method: geometric-mean, nodes: {P: harmonic-mean}, minAvailability: 0.5}
                  - treat:
                """),
            tree());
    assertThat(p.log().stream().map(r -> r.toString()).toList())
        .containsExactly(
            "denominate(by={LPI=pop}, scale={LPI=1000.0})",
            "impute(method=carry-forward, maxTime=2)",
            "select(time=2021)",
            "screen(by=missing-or-zeros, threshold=0.5, nonZeroThreshold=0.1, include=[AUT], exclude=[BEL])",
            "treat(skew=2.25, kurtosis=3.5, fallback=none, skip=[Gas])",
            "normalise(method=z-score, parameters=[10.0, 2.0], indicators={LPI={method=goalposts, parameters=[1.0, 5.0, 100.0, 0.0]}})",
            "aggregate(method=geometric-mean, nodes={P=harmonic-mean}, minAvailability=0.5)",
            "treat(winmax=5, skew=2.0, kurtosis=3.5, fallback=log-ct, skip=[])");
    assertThat(p.steps().get(3))
        .isEqualTo(
            new Screen(
                org.borderland.core.pipeline.UnitScreen.MISSING_OR_ZEROS,
                0.5,
                0.1,
                Set.of("AUT"),
                Set.of("BEL")));
    assertThat(p.steps().get(0))
        .isEqualTo(new Denominate(Map.of("LPI", "pop"), Map.of("LPI", 1000.0)));
  }

  @Test
  void anUnknownMethodNamesLineFieldAndAllowedValues() throws Exception {
    Path f = write("steps:\n  - normalise:\n      method: minmax\n");
    assertThatThrownBy(() -> PipelineFile.read(f))
        .isInstanceOf(PipelineFileException.class)
        .hasMessageContaining(
            "pipeline.yaml line 3, column 15: step 'normalise' field 'method': 'minmax' is not allowed; did you mean 'min-max'?")
        .hasMessageContaining(
            "allowed: min-max, z-score, rank, percentile-rank, goalposts, distance-to-target, none");
  }

  @Test
  void anUnknownFieldOrStepIsNamedWithASuggestion() throws Exception {
    assertThatThrownBy(() -> PipelineFile.read(write("steps:\n  - treat: {winmx: 3}\n")))
        .hasMessageContaining(
            "line 2, column 13: step 'treat' has no field 'winmx'; did you mean 'winmax'?; allowed fields: winmax, skew, kurtosis, fallback, skip");
    assertThatThrownBy(() -> PipelineFile.read(write("steps:\n  - normalize: {}\n")))
        .hasMessageContaining(
            "line 2, column 5: unknown step 'normalize'; did you mean 'normalise'?");
    assertThatThrownBy(
            () -> PipelineFile.read(write("steps:\n  - normalise: {method: min-max, sd: 2}\n")))
        .hasMessageContaining(
            "step 'normalise' (method min-max) has no field 'sd'; allowed fields: method, lower, upper, indicators");
    assertThatThrownBy(() -> PipelineFile.read(write("stages: []\n")))
        .hasMessageContaining("the file has no field 'stages'; allowed fields: description, steps");
  }

  @Test
  void badValuesAreReportedAtTheirPosition() throws Exception {
    assertThatThrownBy(() -> PipelineFile.read(write("steps:\n  - screen: {threshold: high}\n")))
        .hasMessageContaining(
            "line 2, column 25: step 'screen' field 'threshold' should be a number but is 'high'");
    assertThatThrownBy(() -> PipelineFile.read(write("steps:\n  - screen: {threshold: 1.5}\n")))
        .hasMessageContaining(
            "line 2, column 5: step 'screen': Screen threshold 1.5 is not in [0, 1]");
    assertThatThrownBy(
            () ->
                PipelineFile.read(
                    write("steps:\n  - normalise: {method: min-max, lower: 5, upper: 1}\n")))
        .hasMessageContaining("lower (5.0) must be less than upper (1.0)");
    assertThatThrownBy(
            () ->
                PipelineFile.read(write("steps:\n  - normalise: {method: goalposts, lower: 1}\n")))
        .hasMessageContaining("step 'normalise' (method goalposts) needs field 'upper'");
    assertThatThrownBy(() -> PipelineFile.read(write("steps:\n  - impute: {method: group-mean}\n")))
        .hasMessageContaining("group-mean needs a group column");
  }

  @Test
  void codesAreCheckedAgainstTheTree() throws Exception {
    Path f = write("steps:\n  - normalise:\n      indicators:\n        LPX: {method: rank}\n");
    assertThatThrownBy(() -> PipelineFile.read(f, tree()))
        .hasMessageContaining(
            "line 4, column 9: step 'normalise' field 'indicators': 'LPX' is not an indicator of iMeta; did you mean 'LPI'?");
    assertThatThrownBy(
            () ->
                PipelineFile.read(
                    write("steps:\n  - aggregate: {nodes: {LPI: geometric-mean}}\n"), tree()))
        .hasMessageContaining("'LPI' is not an aggregate of iMeta; the aggregates are [P]");
    assertThatThrownBy(() -> PipelineFile.read(write("steps:\n  - treat: {skip: [Gaz]}\n"), tree()))
        .hasMessageContaining(
            "line 2, column 20: step 'treat' field 'skip': 'Gaz' is not an indicator of iMeta; did you mean 'Gas'?");
  }

  @Test
  void yamlSyntaxErrorsAndEmptyFilesAreReported() throws Exception {
    assertThatThrownBy(() -> PipelineFile.read(write("steps:\n  - treat: {winmax: 3\n")))
        .hasMessageContaining("YAML syntax error");
    assertThatThrownBy(() -> PipelineFile.read(write("")))
        .hasMessageContaining("the file is empty");
    assertThatThrownBy(() -> PipelineFile.read(dir.resolve("absent.yaml")))
        .hasMessageContaining("absent.yaml: file not found");
  }
}
