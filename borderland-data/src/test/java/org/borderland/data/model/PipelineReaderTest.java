package org.borderland.data.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderland.core.model.Model;
import org.borderland.core.model.ModelStep;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Imputation;
import org.borderland.core.pipeline.NormalisationSpec;
import org.borderland.data.registry.RegistryTables;
import org.borderland.data.yaml.YamlProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model file's {@code pipeline:} is read into typed steps; each bad step names its line. */
class PipelineReaderTest {
  /** A model whose pipeline starts on line 5. */
  private static String model(String... pipeline) {
    return String.join(
        "\n",
        "model:",
        "  id: tiny",
        "  name: Tiny",
        "pipeline:",
        String.join("\n", pipeline),
        "factors:",
        "  - {id: kin, name: Kin, weight: 1, rationale: Because.}",
        "indicators:",
        "  - {id: kin_share, name: Kin share, factor: kin, definition: {kind: kin_share},",
        "     direction: 1, unit: '%', weight: 1,",
        "     sources: {tiers: [[factbook-archive]]}}",
        "");
  }

  private static Model read(String yaml) throws ModelFileException {
    return new ModelReader(RegistryTables.standard())
        .read(new StringReader(yaml), Path.of("models/test.yaml"));
  }

  private static ModelFileException error(String yaml) {
    try {
      read(yaml);
    } catch (ModelFileException e) {
      return e;
    }
    throw new AssertionError("expected a ModelFileException");
  }

  @Test
  void everyStepIsReadWithItsParametersAndMethodNamesIgnoreCase() throws ModelFileException {
    Model m =
        read(
            model(
                "  - {step: impute, method: Mean}",
                "  - {step: treat, winmax: 3, skew: 1.5, kurtosis: 4}",
                "  - {step: normalise, method: z_score, mean: 10, sd: 0x2}",
                "  - {step: aggregate, method: geometric-mean}"));
    assertThat(m.pipeline())
        .containsExactly(
            new ModelStep.Impute(Imputation.MEAN),
            new ModelStep.Treat(3, 1.5, 4),
            new ModelStep.Normalise(NormalisationSpec.zScore(10, 2)),
            new ModelStep.Aggregate(Aggregation.GEOMETRIC_MEAN));
  }

  @Test
  void aParameterLeftOutTakesItsDefault() throws ModelFileException {
    Model m =
        read(
            model(
                "  - step: impute",
                "  - step: treat",
                "  - {step: normalise, high: 10}",
                "  - step: aggregate"));
    assertThat(m.pipeline())
        .containsExactly(
            new ModelStep.Impute(Imputation.NONE),
            new ModelStep.Treat(5, 2, 3.5),
            new ModelStep.Normalise(NormalisationSpec.minMax(0, 10)),
            new ModelStep.Aggregate(Aggregation.ARITHMETIC_MEAN));
  }

  @Test
  void anUnknownStepNamesTheFileLineFieldAndTheAllowedSteps(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, model("  - step: impute", "  - step: normalize"));
    assertThatThrownBy(() -> new ModelReader(RegistryTables.standard()).read(file))
        .isInstanceOf(ModelFileException.class)
        .hasMessageStartingWith(file + " line 6")
        .hasMessageContaining("field pipeline[1].step")
        .hasMessageContaining(
            "Unknown pipeline step 'normalize'; allowed: impute, treat, normalise, aggregate")
        .hasMessageContaining("did you mean normalise?");
  }

  @Test
  void aCompositeOnlyStepSaysWhereItRuns() {
    ModelFileException e = error(model("  - {step: screen, threshold: 0.5}"));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(5);
              assertThat(p.field()).isEqualTo("pipeline[0].step");
              assertThat(p.message())
                  .contains("'screen' runs only in a composite's pipeline file")
                  .contains("allowed: impute, treat, normalise, aggregate");
            });
  }

  @Test
  void aBadParameterValueNamesTheFieldAndWhatIsAllowed() {
    ModelFileException e =
        error(
            model(
                "  - step: impute",
                "    method: avg",
                "  - step: treat",
                "    winmax: five",
                "    skew: -1",
                "  - {step: normalise, method: z_score, sd: 0}",
                "  - {step: aggregate, method: mean}"));
    assertThat(e.problems())
        .extracting(p -> p.line() + " " + p.field() + ": " + p.message())
        .containsExactly(
            "6 pipeline[0].method: Unknown impute method 'avg'; allowed: none, mean, median",
            "8 pipeline[1].winmax: Expected a whole number ≥ 0 (default 5), not 'five'",
            "9 pipeline[1].skew: Expected a number > 0 (default 2), not '-1'",
            "10 pipeline[2].sd: Expected a number > 0 (default 1), not '0'",
            "11 pipeline[3].method: Unknown aggregate method 'mean'; allowed: arithmetic,"
                + " geometric, harmonic");
  }

  @Test
  void minMaxBoundsMustBeOrdered() {
    ModelFileException e = error(model("  - {step: normalise, low: 100, high: 0}"));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("pipeline[0].high");
              assertThat(p.message()).isEqualTo("low (100.0) must be less than high (0.0)");
            });
  }

  @Test
  void aMissingStepOrParameterValueIsReported() {
    ModelFileException e =
        error(model("  - {method: mean}", "  - step: normalise", "    low:", "    high: 10"));
    assertThat(e.problems())
        .extracting(p -> p.line() + " " + p.field() + ": " + p.message())
        .containsExactly(
            "5 pipeline[0].step: Missing field 'step': say which step this is, one of impute,"
                + " treat, normalise, aggregate",
            "7 pipeline[1].low: Missing value for 'low': give a number or a word, or leave the"
                + " line out for the default");
  }

  @Test
  void anUnknownOrMisplacedParameterIsReported() {
    ModelFileException e =
        error(
            model(
                "  - {step: treat, winmx: 3}",
                "  - {step: normalise, method: rank, low: 1}",
                "  - {step: normalise, mean: 1}"));
    assertThat(e.problems())
        .extracting(YamlProblem::message)
        .containsExactly(
            "Unknown field 'winmx'; allowed here: step, winmax, skew, kurtosis; did you mean"
                + " winmax?",
            "Parameter 'low' belongs to normalise method min_max, not rank; remove it, or set"
                + " method: min_max",
            "Parameter 'mean' belongs to normalise method z_score, not min_max; remove it, or set"
                + " method: z_score");
  }

  @Test
  void aNumberYamlCannotHoldIsRefused() {
    ModelFileException e = error(model("  - {step: treat, kurtosis: .inf}"));
    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("pipeline[0].kurtosis"));
  }
}
