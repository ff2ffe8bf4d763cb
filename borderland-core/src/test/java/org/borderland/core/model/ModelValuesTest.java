package org.borderland.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Imputation;
import org.borderland.core.pipeline.NormalisationSpec;
import org.junit.jupiter.api.Test;

/** The model's value types check themselves. */
class ModelValuesTest {
  private static FactorGroup factor(String id) {
    return new FactorGroup(id, id, "why", 1, Aggregation.ARITHMETIC_MEAN, false);
  }

  private static IndicatorSpec indicator(String id, String factor) {
    return new IndicatorSpec(
        id,
        id,
        factor,
        new Definition.KinShare(),
        1,
        null,
        1,
        "%",
        false,
        ModelFixtures.FACTBOOK,
        null,
        null);
  }

  @Test
  void aModelRejectsAnUnknownFactorRepeatsAndEmptyFactors() {
    assertThatThrownBy(
            () ->
                new Model(
                    "m",
                    "M",
                    "",
                    Map.of(),
                    List.of(factor("kin")),
                    List.of(indicator("a", "kni")),
                    Aggregation.ARITHMETIC_MEAN,
                    List.of()))
        .hasMessageContaining("names factor 'kni'")
        .hasMessageContaining("factors: kin");
    assertThatThrownBy(
            () ->
                new Model(
                    "m",
                    "M",
                    "",
                    Map.of(),
                    List.of(factor("kin")),
                    List.of(indicator("a", "kin"), indicator("a", "kin")),
                    Aggregation.ARITHMETIC_MEAN,
                    List.of()))
        .hasMessageContaining("indicator 'a' twice");
    assertThatThrownBy(
            () ->
                new Model(
                    "m",
                    "M",
                    "",
                    Map.of(),
                    List.of(factor("kin"), factor("border")),
                    List.of(indicator("a", "kin")),
                    Aggregation.ARITHMETIC_MEAN,
                    List.of()))
        .hasMessageContaining("'border'")
        .hasMessageContaining("no indicators");
    assertThatThrownBy(() -> indicator("Bad-Id", "kin")).hasMessageContaining("lower_snake_case");
  }

  @Test
  void aModelGivesAnEmptyProfileForAnAggressorItDoesNotName() {
    Model m = ModelFixtures.model(indicator("a", "f"));
    assertThat(m.hasProfile("RUS")).isTrue();
    assertThat(m.profile("TUR").kinGroups()).isEmpty();
    assertThat(m.indicatorsOf("f")).hasSize(1);
    assertThat(m.indicatorIds()).containsExactly("a");
  }

  @Test
  void weightsDirectionsAndPipelineStepsAreChecked() {
    assertThatThrownBy(() -> new FactorGroup("f", "F", "", -1, Aggregation.ARITHMETIC_MEAN, false))
        .hasMessageContaining("weight");
    assertThatThrownBy(
            () ->
                new IndicatorSpec(
                    "a",
                    "a",
                    "f",
                    new Definition.KinShare(),
                    0,
                    null,
                    1,
                    "%",
                    false,
                    ModelFixtures.FACTBOOK,
                    null,
                    null))
        .hasMessageContaining("direction 0");
    assertThatThrownBy(() -> new ModelStep.Treat(-1, 2, 3.5)).hasMessageContaining("winmax -1");
    assertThatThrownBy(() -> new ModelStep.Treat(5, 0, 3.5)).hasMessageContaining("skew > 0");
    assertThatThrownBy(() -> new ModelStep.Impute(Imputation.CARRY_FORWARD))
        .hasMessageContaining("none, mean, median");
    assertThatThrownBy(() -> new ModelStep.Normalise(NormalisationSpec.goalposts(0, 1, 100)))
        .hasMessageContaining("min_max, z_score, rank");
    assertThat(ModelStep.Treat.winsorise(5)).isEqualTo(new ModelStep.Treat(5, 2, 3.5));
  }

  @Test
  void rawValuesAreFilledWithAFiniteValueOrMissingWithAReason() {
    assertThatThrownBy(() -> new RawValue(null, "%", List.of(), "", RawValue.Status.FILLED))
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> new RawValue(1.0, "%", List.of(), "x", RawValue.Status.MISSING))
        .hasMessageContaining("missing raw value has value");
    assertThatThrownBy(() -> RawValue.missing("%", " ")).hasMessageContaining("why");
    RawValue v = RawValue.missing("%", "not researched");
    assertThat(Double.isNaN(v.valueOrNaN())).isTrue();
    assertThat(v.primary()).isNull();
  }

  @Test
  void transformsDoWhatTheySay() {
    assertThat(new Transform.Log(1).apply(0)).isZero();
    assertThat(Double.isNaN(new Transform.Log(0).apply(0))).isTrue();
    assertThat(new Transform.Cap(0, 10).apply(12)).isEqualTo(10);
    assertThat(new Transform.Cap(0, 10).apply(-1)).isZero();
    Transform.InvertedU hump = new Transform.InvertedU(25, 1);
    assertThat(hump.apply(0)).isZero();
    assertThat(hump.apply(25)).isCloseTo(1, within(1e-12));
    assertThat(hump.apply(50)).isCloseTo(2 / Math.E, within(1e-12));
    assertThat(hump.apply(10)).isLessThan(hump.apply(20));
    assertThat(hump.apply(40)).isGreaterThan(hump.apply(80)).isLessThan(1);
    assertThatThrownBy(() -> new Transform.InvertedU(0, 1)).hasMessageContaining("peak");
    assertThatThrownBy(() -> new Transform.Cap(5, 5)).hasMessageContaining("min < max");
  }

  @Test
  void sourcingKeepsTiersAndRejectsRepeats() {
    Sourcing s =
        new Sourcing(
            List.of(List.of("factbook-archive", "factbook-json"), List.of("wdi-gdp")), true);
    assertThat(s.datasets()).containsExactly("factbook-archive", "factbook-json", "wdi-gdp");
    assertThat(s.policy().datasets())
        .containsExactly("factbook-archive", "factbook-json", "wdi-gdp");
    assertThat(s.policy().allowRevised()).isTrue();
    assertThat(s.describe())
        .isEqualTo("factbook-archive|factbook-json > wdi-gdp (revised allowed)");
    assertThatThrownBy(() -> new Sourcing(List.of(List.of("a"), List.of("a")), false))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> new Sourcing(List.of(), false)).hasMessageContaining("at least one");
  }

  @Test
  void everyKindHasAnIdAndTheIdsAreDistinct() {
    assertThat(Definition.Kind.values()).extracting(Definition.Kind::id).doesNotHaveDuplicates();
    assertThat(Definition.Kind.fromId("kin_share")).contains(Definition.Kind.KIN_SHARE);
    assertThat(Definition.Kind.fromId("kin_shar")).isEmpty();
    assertThat(Definition.Kind.validIds()).contains("ratio").contains("curated_count");
  }
}
