package org.borderland.data.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Imputation;
import org.borderland.core.pipeline.NormalisationSpec;
import org.borderland.core.uncertainty.Input;
import org.borderland.core.uncertainty.UncertaintySpec;
import org.borderland.data.build.PanelLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFileTest {
  @TempDir Path dir;

  private Path write(String text) throws Exception {
    Path f = dir.resolve("spec.yaml");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void readsTheShippedVignetteSpec() throws Exception {
    Path f =
        PanelLocation.projectRoot()
            .orElseThrow()
            .resolve("examples/coinr-sensitivity-vignette.yaml");
    SpecFile.Read r = SpecFile.read(f);
    UncertaintySpec s = r.spec();
    assertThat(r.description()).contains("sensitivity vignette");
    assertThat(s.names()).containsExactly("Winmax", "Normalisation", "Weights", "Aggregation");
    assertThat(s.inputs().get(0)).isEqualTo(new Input.Winmax("Winmax", 1, 5));
    assertThat(((Input.Normalisations) s.inputs().get(1)).alternatives())
        .containsExactly(NormalisationSpec.minMax(1, 100), NormalisationSpec.zScore(10, 2));
    assertThat(s.inputs().get(2))
        .isEqualTo(new Input.WeightNoise("Weights", 0.25, List.of(2, 3), 100));
    assertThat(((Input.Aggregations) s.inputs().get(3)).alternatives())
        .containsExactly(Aggregation.ARITHMETIC_MEAN, Aggregation.GEOMETRIC_MEAN);
  }

  @Test
  void readsEveryKind() throws Exception {
    SpecFile.Read r =
        SpecFile.read(
            write(
                """
                inputs:
                  - weights: {noise: 0.1}
                  - normalisation: [rank, {method: min_max, lower: 1}]
                  - aggregation: {methods: [arithmetic, geometric], levels: [2]}
                  - imputation: [none, mean, {method: group-mean, group: Region}]
                  - model: [essay, extended]
                  - data: {indicator: gdp_ratio, min: 0.9, max: 1.1, units: [KAZ]}
                  - name: Milex
                    sources:
                      indicator: military_spending_ratio
                      alternatives:
                        factbook: {tiers: [[factbook-archive, factbook-json]]}
                        sipri: {tiers: [[sipri-milex]], allowRevised: true}
                """));
    List<Input> in = r.spec().inputs();
    assertThat(in).hasSize(7);
    assertThat(in.get(0)).isEqualTo(new Input.WeightNoise("Weights", 0.1, List.of(), null));
    assertThat(((Input.Normalisations) in.get(1)).alternatives().get(1))
        .isEqualTo(NormalisationSpec.minMax(1, 100));
    assertThat(((Input.Aggregations) in.get(2)).levels()).containsExactly(2);
    assertThat(((Input.Imputations) in.get(3)).alternatives().get(2).method())
        .isEqualTo(Imputation.GROUP_MEAN);
    assertThat(in.get(5))
        .isEqualTo(new Input.DataRange(null, "gdp_ratio", 0.9, 1.1, List.of("KAZ")));
    Input.DataSources s = (Input.DataSources) in.get(6);
    assertThat(s.name()).isEqualTo("Milex");
    assertThat(s.labels()).containsExactly("factbook", "sipri");
    assertThat(s.alternatives().get("sipri").allowRevised()).isTrue();
  }

  @Test
  void aTypoGetsItsLineFieldAndTheNearestAllowedName() throws Exception {
    assertThatThrownBy(
            () ->
                SpecFile.read(
                    write(
                        """
                        inputs:
                          - normalization: [rank]
                        """)))
        .isInstanceOf(SpecFileException.class)
        .hasMessageContaining("spec.yaml line 2")
        .hasMessageContaining("Unknown field 'normalization'")
        .hasMessageContaining("did you mean normalisation?");
    assertThatThrownBy(
            () ->
                SpecFile.read(
                    write(
                        """
                        inputs:
                          - normalisation: [min-maxx, rank]
                          - aggregation: [arithmetc]
                        """)))
        .hasMessageContaining("2 problems")
        .hasMessageContaining("line 2")
        .hasMessageContaining("Unknown normalisation 'min-maxx'")
        .hasMessageContaining("did you mean min-max?")
        .hasMessageContaining("line 3")
        .hasMessageContaining("field inputs[1].aggregation[0]")
        .hasMessageContaining("did you mean arithmetic");
  }

  @Test
  void degenerateDistributionsAreRefusedWithTheirPlace() throws Exception {
    assertThatThrownBy(() -> SpecFile.read(write("inputs:\n  - winmax: {min: 5, max: 1}\n")))
        .hasMessageContaining("line 2")
        .hasMessageContaining("min 5 is greater than max 1");
    assertThatThrownBy(
            () -> SpecFile.read(write("inputs:\n  - data: {indicator: LPI, min: 1.2, max: 0.8}\n")))
        .hasMessageContaining("min 1.2 is greater than max 0.8");
    assertThatThrownBy(() -> SpecFile.read(write("inputs: []\n")))
        .hasMessageContaining("declare at least one input");
    assertThatThrownBy(
            () ->
                SpecFile.read(
                    write(
                        """
                        inputs:
                          - sources:
                              indicator: x
                              alternatives:
                                one: {tiers: [[sipri-milx]]}
                        """)))
        .hasMessageContaining("Unknown dataset 'sipri-milx'")
        .hasMessageContaining("did you mean sipri-milex?");
    assertThatThrownBy(
            () -> SpecFile.read(write("inputs:\n  - {winmax: {min: 1, max: 2}, model: [a]}\n")))
        .hasMessageContaining("has winmax and model");
    assertThatThrownBy(() -> SpecFile.read(dir.resolve("missing.yaml")))
        .hasMessageContaining("file not found");
  }

  @Test
  void commandLineFormsReadTheSameNames() {
    assertThat(Choices.normalisations("min-max:1:100, z-score:10:2,rank"))
        .containsExactly(
            NormalisationSpec.minMax(1, 100),
            NormalisationSpec.zScore(10, 2),
            NormalisationSpec.rank());
    assertThat(Choices.aggregations("arithmetic,geometric-mean"))
        .containsExactly(Aggregation.ARITHMETIC_MEAN, Aggregation.GEOMETRIC_MEAN);
    assertThat(Choices.winmax("1-5")).isEqualTo(new Input.Winmax(null, 1, 5));
    assertThat(Choices.imputations("none,group-mean:Region").get(1).group()).isEqualTo("Region");
    assertThatThrownBy(() -> Choices.winmax("5-1")).hasMessageContaining("greater than max");
    assertThatThrownBy(() -> Choices.winmax("a-b")).hasMessageContaining("MIN-MAX");
    assertThatThrownBy(() -> Choices.normalisations("zscore"))
        .hasMessageContaining("did you mean z-score?");
    assertThatThrownBy(() -> Choices.imputations("carry-forward"))
        .hasMessageContaining("Unknown imputation 'carry-forward'");
    assertThatThrownBy(() -> Choices.normalisations("min-max:2:1"))
        .hasMessageContaining("must be less than upper");
  }

  @Test
  void aSpecInMemoryIsReadUnderItsNameAndRefusedOverItsLimit() throws Exception {
    SpecFile.Read r =
        SpecFile.read(
            "inputs:\n  - winmax: {min: 0x1, max: 5}\n".getBytes(StandardCharsets.UTF_8),
            "request body");
    assertThat(r.spec().inputs()).containsExactly(new Input.Winmax(null, 1, 5));
    assertThatThrownBy(
            () ->
                SpecFile.read(
                    "inputs:\n  - weights: {noise: .nan}\n".getBytes(StandardCharsets.UTF_8),
                    "request body"))
        .isInstanceOf(SpecFileException.class)
        .hasMessage(
            "request body line 2, column 22, field inputs[0].weights.noise: Expected a number"
                + " between 0 and 1, not '.nan' (not a number)");
    byte[] big = new byte[(int) SpecFile.SIZE_LIMIT.bytes() + 10];
    java.util.Arrays.fill(big, (byte) '#');
    assertThatThrownBy(() -> SpecFile.read(big, "request body"))
        .isInstanceOf(SpecFileException.class)
        .hasMessageContaining(
            "request body is 1,048,586 bytes; the limit is 1,048,576 bytes (1 MiB)")
        .hasMessageContaining("for an uncertainty spec");
  }

  @Test
  void weightSetsAndLevelsAreBounded() throws Exception {
    assertThatThrownBy(
            () ->
                SpecFile.read(
                    write(
                        "inputs:\n  - weights: {noise: 0.1, sets: 9999999999, levels: [0x10000]}\n")))
        .hasMessageContaining(
            "field inputs[0].weights.sets: Expected a whole number between 1 and 100000, not"
                + " '9999999999'")
        .hasMessageContaining(
            "field inputs[0].weights.levels[0]: Expected a whole number between 1 and 100, not"
                + " '0x10000' (65536)");
  }
}
