package org.borderland.data.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.borderland.core.model.Definition;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.Transform;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.registry.RegistryTables;
import org.junit.jupiter.api.Test;

/** The models shipped in {@code models/} load and say what they should. */
class ShippedModelsTest {
  private static final List<String> ESSAY_FACTORS =
      List.of(
          "kin_population",
          "language_media",
          "territorial_claims",
          "border",
          "interethnic_tension",
          "relative_weakness",
          "hedging",
          "leader_relations");

  static Path models() {
    return PanelLocation.projectRoot().orElseThrow().resolve("models");
  }

  static Model load(String name) throws ModelFileException {
    return new ModelReader(RegistryTables.standard()).read(models().resolve(name + ".yaml"));
  }

  @Test
  void theEssayModelHasExactlyTheEssaysEightFactorsWithEqualWeights() throws Exception {
    Model m = load("essay");
    assertThat(m.id()).isEqualTo("essay");
    assertThat(m.factors()).extracting(FactorGroup::id).containsExactlyElementsOf(ESSAY_FACTORS);
    assertThat(m.factors()).extracting(FactorGroup::weight).containsOnly(1.0);
    assertThat(m.factors()).allSatisfy(f -> assertThat(f.rationale()).hasSizeGreaterThan(80));
    assertThat(m.factors()).noneMatch(FactorGroup::addition);
    assertThat(m.indicators()).noneMatch(IndicatorSpec::addition);
    for (String f : ESSAY_FACTORS) {
      assertThat(m.indicatorsOf(f)).as(f).isNotEmpty();
    }
    // Kin groups and languages are read from each aggressor's own entry, not listed by hand.
    for (String a : List.of("RUS", "CHN", "TUR")) {
      assertThat(m.profile(a).kinGroups()).as(a).isEmpty();
      assertThat(m.profile(a).languages()).as(a).isEmpty();
    }
  }

  @Test
  void theEssayModelUsesRevisedHistoriesOnlyWhereItSaysSo() throws Exception {
    Model m = load("essay");
    for (IndicatorSpec i : m.indicators()) {
      for (String d : i.sources().datasets()) {
        if (ModelReader.REVISED_DATASETS.contains(d)) {
          assertThat(i.sources().allowRevised()).as(i.id() + " reads " + d).isTrue();
        }
      }
      if (i.definition() instanceof Definition.KinShare) {
        assertThat(i.sources().allowRevised()).isFalse();
        assertThat(i.sources().tiers().get(0)).startsWith("factbook-archive", "factbook-json");
      }
    }
  }

  @Test
  void theExtendedModelAddsTheLabelledDeterrenceGroupAndTheCurvilinearKinEffect() throws Exception {
    Model essay = load("essay");
    Model m = load("extended");
    assertThat(m.factors()).hasSize(9);
    FactorGroup deterrence = m.factor("deterrence").orElseThrow();
    assertThat(deterrence.addition()).isTrue();
    assertThat(deterrence.name()).contains("addition");
    assertThat(m.indicatorsOf("deterrence"))
        .allMatch(IndicatorSpec::addition)
        .allMatch(i -> i.direction() == -1)
        .extracting(i -> i.definition().kind())
        .containsExactly(
            Definition.Kind.BLOC_MEMBERSHIP,
            Definition.Kind.DEFENCE_PACT,
            Definition.Kind.MAJOR_POWER);
    IndicatorSpec hump = m.indicator("kin_share_curvilinear").orElseThrow();
    assertThat(hump.addition()).isTrue();
    assertThat(hump.transform()).isInstanceOf(Transform.InvertedU.class);
    // Everything else is the essay model's.
    for (IndicatorSpec i : essay.indicators()) {
      if (!i.id().equals("kin_share")) {
        assertThat(m.indicator(i.id())).as(i.id()).contains(i);
      }
    }
  }

  @Test
  void aShippedModelIsFoundByName() throws Exception {
    assertThat(ModelFiles.shipped(models())).contains("essay", "extended");
    assertThat(ModelFiles.load("essay", RegistryTables.standard()).id()).isEqualTo("essay");
    assertThat(ModelFiles.locate(null, models())).isEqualTo(models().resolve("essay.yaml"));
    try {
      ModelFiles.load("essy", RegistryTables.standard());
      throw new AssertionError("expected an error");
    } catch (ModelFileException e) {
      assertThat(e.getMessage()).contains("essy.yaml").contains("essay, extended");
    }
  }
}
