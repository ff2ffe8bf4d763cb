package org.borderland.data.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderland.core.model.Definition;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.MissingFactors;
import org.borderland.core.model.Model;
import org.borderland.core.model.ModelStep;
import org.borderland.core.model.Transform;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.NormalisationSpec;
import org.borderland.data.registry.RegistryTables;
import org.borderland.data.yaml.YamlProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelReaderTest {
  private static final String GOOD =
      String.join(
          "\n",
          "model:",
          "  id: tiny",
          "  name: Tiny",
          "index:",
          "  aggregation: geometric",
          "pipeline:",
          "  - step: normalise",
          "    method: min_max",
          "    low: 0",
          "aggressors:",
          "  RUS:",
          "    kinGroups: [Russian]",
          "    blocs: {CSTO: [CSTO], EAEU: [EAEU, EAEC]}",
          "    noTransit: [CHN, IRN]",
          "sources:",
          "  factbook: {tiers: [[factbook-archive, factbook-json]]}",
          "factors:",
          "  - id: kin",
          "    name: Kin",
          "    weight: 2",
          "    rationale: Because.",
          "indicators:",
          "  - id: kin_share",
          "    name: Kin share",
          "    factor: kin",
          "    definition: {kind: kin_share}",
          "    direction: 1",
          "    transform: {type: inverted_u, peak: 25}",
          "    unit: '%'",
          "    weight: 1",
          "    sources: factbook",
          "  - id: gdp_ratio",
          "    name: GDP ratio",
          "    factor: kin",
          "    definition: {kind: ratio, quantity: gdp}",
          "    direction: -1",
          "    transform: log",
          "    unit: ratio",
          "    weight: 1",
          "    maxAge: 5",
          "    addition: true",
          "    sources: {tiers: [[factbook-archive], wdi-gdp], allowRevised: true}",
          "");

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
  void readsEveryPartOfAModel() throws ModelFileException {
    Model m = read(GOOD);
    assertThat(m.id()).isEqualTo("tiny");
    assertThat(m.indexAggregation()).isEqualTo(Aggregation.GEOMETRIC_MEAN);
    assertThat(m.pipeline())
        .containsExactly(new ModelStep.Normalise(NormalisationSpec.minMax(0, 100)));
    assertThat(m.profile("RUS").blocs()).containsKeys("CSTO", "EAEU");
    assertThat(m.profile("RUS").noTransit()).containsExactly("CHN", "IRN");
    assertThat(m.factors()).singleElement().satisfies(f -> assertThat(f.weight()).isEqualTo(2));
    IndicatorSpec kin = m.indicator("kin_share").orElseThrow();
    assertThat(kin.transform()).isEqualTo(new Transform.InvertedU(25, 1));
    assertThat(kin.sources().tiers())
        .containsExactly(java.util.List.of("factbook-archive", "factbook-json"));
    assertThat(kin.addition()).isFalse();
    IndicatorSpec gdp = m.indicator("gdp_ratio").orElseThrow();
    assertThat(gdp.definition()).isEqualTo(new Definition.Ratio(Definition.Quantity.GDP));
    assertThat(gdp.direction()).isEqualTo(-1);
    assertThat(gdp.transform()).isEqualTo(new Transform.Log(0));
    assertThat(gdp.maxAge()).isEqualTo(5);
    assertThat(gdp.addition()).isTrue();
    assertThat(gdp.sources().allowRevised()).isTrue();
    assertThat(gdp.sources().tiers()).hasSize(2);
  }

  @Test
  void theIndexSaysWhatItDoesWithMissingFactorsAndReweightsWhenItSaysNothing()
      throws ModelFileException {
    assertThat(read(GOOD).missingFactors()).isEqualTo(MissingFactors.REWEIGHT);
    Model m =
        read(
            GOOD.replace(
                "  aggregation: geometric",
                "  aggregation: geometric\n  missingFactors: neutral\n  minCoverage: 1"));
    assertThat(m.missingFactors()).isEqualTo(new MissingFactors(MissingFactors.Policy.NEUTRAL, 1));
  }

  @Test
  void anUnknownMissingFactorPolicyOrTooHighACoverageNamesTheFieldAndWhatIsAllowed() {
    assertThat(
            error(
                    GOOD.replace(
                        "  aggregation: geometric",
                        "  aggregation: geometric\n  missingFactors: zero"))
                .getMessage())
        .contains("index.missingFactors")
        .contains("'zero'")
        .contains("reweight, neutral");
    assertThat(
            error(
                    GOOD.replace(
                        "  aggregation: geometric", "  aggregation: geometric\n  minCoverage: 2"))
                .getMessage())
        .contains("minCoverage 2 but only 1 factors; give at most 1");
  }

  @Test
  void aTypoInAKindNamesTheFileLineFieldAndTheAllowedKinds() {
    ModelFileException e = error(GOOD.replace("{kind: kin_share}", "{kind: kin_shar}"));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.getMessage())
        .startsWith("models/test.yaml line 26")
        .contains("field indicators[0] (kin_share).definition.kind")
        .contains("Unknown kind 'kin_shar'")
        .contains("allowed: kin_share, kin_absolute")
        .contains("did you mean kin_share?");
  }

  @Test
  void aTypoInAFactorIdNamesTheAllowedFactors() {
    ModelFileException e =
        error(
            GOOD.replace(
                "    factor: kin\n    definition: {kind: ratio",
                "    factor: knn\n    definition: {kind: ratio"));
    assertThat(e.getMessage())
        .contains("line 34, column 13")
        .contains("indicators[1] (gdp_ratio).factor")
        .contains("Unknown factor 'knn'; allowed: kin");
  }

  @Test
  void unknownFieldsValuesAndDatasetsAreReportedTogether() {
    String bad =
        GOOD.replace("    weight: 2", "    wieght: 2")
            .replace("quantity: gdp", "quantity: gpd")
            .replace("direction: -1", "direction: 2")
            .replace("[[factbook-archive, factbook-json]]", "[[factbook-archiv, factbook-json]]")
            .replace("transform: log", "transform: logg");
    ModelFileException e = error(bad);
    assertThat(e.getMessage()).startsWith("The model file has");
    assertThat(e.problems())
        .extracting(YamlProblem::message)
        .anySatisfy(
            m -> assertThat(m).contains("Unknown field 'wieght'").contains("did you mean weight?"))
        .anySatisfy(m -> assertThat(m).contains("Missing field 'weight'"))
        .anySatisfy(
            m -> assertThat(m).contains("Unknown quantity 'gpd'").contains("population, gdp"))
        .anySatisfy(m -> assertThat(m).contains("Invalid direction '2'"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("Unknown dataset 'factbook-archiv'")
                    .contains("did you mean factbook-archive?"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("Unknown transform 'logg'")
                    .contains("none, log, cap, inverted_u"));
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
  }

  @Test
  void aRevisedDatasetNeedsAllowRevised() {
    ModelFileException e = error(GOOD.replace(", allowRevised: true}", "}"));
    assertThat(e.getMessage())
        .contains("Dataset 'wdi-gdp' has revised history")
        .contains("allowRevised: true");
  }

  @Test
  void countryCodesAndCuratedFactorsAreChecked() {
    ModelFileException e =
        error(
            GOOD.replace("  RUS:", "  RUSS:")
                .replace("noTransit: [CHN, IRN]", "noTransit: [CHN, IRQQ]")
                .replace("{kind: kin_share}", "{kind: curated_count, factor: territorial_claim}"));
    assertThat(e.problems())
        .extracting(YamlProblem::message)
        .anySatisfy(
            m -> assertThat(m).contains("Unknown country code 'RUSS'").contains("RUS (Russia)"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("Unknown curated factor 'territorial_claim'")
                    .contains("did you mean territorial_claims?"));
  }

  @Test
  void anUnknownParameterOfAKindListsTheKindsParameters() {
    ModelFileException e = error(GOOD.replace("{kind: kin_share}", "{kind: kin_trend, year: 10}"));
    assertThat(e.problems())
        .extracting(YamlProblem::message)
        .anySatisfy(m -> assertThat(m).contains("Unknown field 'year'").contains("kind, years"))
        .anySatisfy(m -> assertThat(m).contains("Missing field 'years'"));
  }

  @Test
  void aGatewayCountsStatesUnlessItsMeasureSaysPopulation() throws ModelFileException {
    assertThat(
            read(GOOD.replace("{kind: kin_share}", "{kind: gateway_count}"))
                .indicator("kin_share")
                .orElseThrow()
                .definition())
        .isEqualTo(new Definition.GatewayCount(Definition.GatewayCount.Measure.STATES));
    assertThat(
            read(GOOD.replace("{kind: kin_share}", "{kind: gateway_count, measure: population}"))
                .indicator("kin_share")
                .orElseThrow()
                .definition())
        .isEqualTo(new Definition.GatewayCount(Definition.GatewayCount.Measure.POPULATION));
    ModelFileException e =
        error(GOOD.replace("{kind: kin_share}", "{kind: gateway_count, measure: populaton}"));
    assertThat(e.getMessage())
        .contains("field indicators[0] (kin_share).definition.measure")
        .contains("Unknown measure 'populaton'; allowed: states, population")
        .contains("did you mean population?");
  }

  @Test
  void aYamlSyntaxErrorAndARepeatedKeyGiveTheirPosition() {
    ModelFileException syntax = error(GOOD.replace("  name: Tiny", "  name: [Tiny"));
    assertThat(syntax.getMessage()).contains("YAML syntax error").matches("(?s).*line \\d+.*");
    ModelFileException twice = error(GOOD.replace("  name: Tiny", "  name: Tiny\n  name: Tinier"));
    assertThat(twice.getMessage()).contains("line 4").contains("appears twice");
  }

  @Test
  void aMissingFileSaysSoAndAFileIsReadByPath(@TempDir Path dir) throws Exception {
    ModelReader r = new ModelReader(RegistryTables.standard());
    assertThatThrownBy(() -> r.read(dir.resolve("nope.yaml")))
        .isInstanceOf(ModelFileException.class)
        .hasMessageContaining("nope.yaml")
        .hasMessageContaining("File not found");
    Path f = dir.resolve("tiny.yaml");
    Files.writeString(f, GOOD);
    assertThat(r.read(f).id()).isEqualTo("tiny");
    assertThat(ModelFiles.locate("tiny", dir)).isEqualTo(dir.resolve("tiny.yaml"));
    assertThat(ModelFiles.locate(f.toString(), Path.of("elsewhere"))).isEqualTo(f);
    assertThat(ModelFiles.shipped(dir)).containsExactly("tiny");
  }
}
