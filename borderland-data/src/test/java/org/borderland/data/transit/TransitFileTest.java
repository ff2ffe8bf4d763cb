package org.borderland.data.transit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.geography.TransitRules;
import org.borderland.core.model.AggressorProfile;
import org.borderland.core.model.Definition;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.Sourcing;
import org.borderland.core.model.Transform;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.registry.RegistryTables;
import org.borderland.data.yaml.YamlProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transit-rule files: what they change, and what their errors say. */
class TransitFileTest {
  @TempDir Path dir;

  private static final CountryRegistry REGISTRY = RegistryTables.standard();

  private static final Model MODEL =
      new Model(
          "t",
          "T",
          "",
          Map.of(
              "RUS",
              new AggressorProfile(
                  "RUS",
                  List.of(),
                  List.of(),
                  Map.of("CSTO", List.of("CSTO")),
                  Map.of("NATO", List.of("NATO"), "EU", List.of("EU", "EU (new member)")),
                  List.of(),
                  List.of("CHN", "IRN"))),
          List.of(new FactorGroup("f", "F", "", 1, Aggregation.ARITHMETIC_MEAN, false)),
          List.of(
              new IndicatorSpec(
                  "g",
                  "g",
                  "f",
                  new Definition.GatewayCount(),
                  1,
                  new Transform.Identity(),
                  1,
                  "states",
                  false,
                  Sourcing.of("factbook-archive"),
                  null,
                  "")),
          Aggregation.ARITHMETIC_MEAN,
          List.of());

  private static final TransitRules DEFAULTS = TransitRules.defaults(MODEL, "RUS");

  private Path write(String... lines) throws IOException {
    Path f = dir.resolve("transit.yaml");
    Files.writeString(f, String.join("\n", lines) + "\n");
    return f;
  }

  private static TransitRules read(Path f) throws TransitFileException {
    return TransitFile.read(f, DEFAULTS, MODEL, "RUS", REGISTRY);
  }

  private TransitFileException error(String... lines) throws IOException {
    Path f = write(lines);
    try {
      read(f);
    } catch (TransitFileException e) {
      return e;
    }
    throw new AssertionError("expected a TransitFileException");
  }

  @Test
  void keysGivenReplaceTheDefaultsAndTheRestStay() throws Exception {
    TransitRules r =
        read(write("allies: [blr]", "allow: [CHN]", "rivalAlliances: [NATO, EU]", "sea: true"));
    assertThat(r.allies()).containsExactly("BLR");
    assertThat(r.allow()).containsExactly("CHN");
    assertThat(r.noTransit()).as("kept").containsExactly("CHN", "IRN");
    assertThat(r.rivalAlliances()).containsExactly("NATO", "EU");
    assertThat(r.allianceKeys()).containsEntry("EU", List.of("EU", "EU (new member)"));
    assertThat(r.sea()).isTrue();
    TransitRules open = read(write("noTransit: []"));
    assertThat(open.noTransit()).isEmpty();
    assertThat(open.rivalAlliances()).containsExactly("NATO");
  }

  @Test
  void theShippedSampleOpensChina() throws Exception {
    Path sample =
        PanelLocation.projectRoot().orElseThrow().resolve("scenarios/transit-china-open.yaml");
    assertThat(read(sample)).isEqualTo(DEFAULTS.withAllowed(List.of("CHN")));
  }

  @Test
  void anUnknownCodeNamesTheLineAndTheClosestCodes() throws IOException {
    TransitFileException e = error("# open China", "allow: [CHX]");
    assertThat(e.getMessage())
        .startsWith(dir.resolve("transit.yaml") + " line 2, column 9, field allow[0]")
        .contains("Unknown country code 'CHX'")
        .contains("did you mean")
        .contains("CHN (China)");
  }

  @Test
  void everyProblemIsReportedWithItsFieldAndWhatIsAllowed() throws IOException {
    TransitFileException e =
        error(
            "alies: [BLR]",
            "sea: maybe",
            "rivalAlliances: [NAT0]",
            "noTransit: [GIB]",
            "allow: CHN");
    assertThat(e.problems())
        .extracting(YamlProblem::field, YamlProblem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("alies", 1),
            org.assertj.core.groups.Tuple.tuple("noTransit[0]", 4),
            org.assertj.core.groups.Tuple.tuple("allow", 5),
            org.assertj.core.groups.Tuple.tuple("rivalAlliances[0]", 3),
            org.assertj.core.groups.Tuple.tuple("sea", 2));
    assertThat(e.getMessage())
        .startsWith("The transit file has 5 problems")
        .contains("Unknown field 'alies'; allowed here: allies, noTransit, allow")
        .contains("did you mean allies?")
        .contains("Expected true or false, not 'maybe'")
        .contains("Unknown alliance 'NAT0'; allowed: CSTO, EU, NATO; did you mean NATO?")
        .contains("GIB (Gibraltar) is a dependent territory")
        .contains("Expected a list");
  }

  @Test
  void anAllyTheAggressorWouldNotCrossIsAContradiction() throws IOException {
    assertThat(error("allies: [CHN]").getMessage())
        .contains("field allies")
        .contains("CHN is both an ally (it joins the region) and in noTransit (by default)");
  }

  @Test
  void missingEmptyAndMalformedFilesSaySo() throws IOException {
    assertThatThrownBy(() -> read(dir.resolve("nope.yaml")))
        .isInstanceOf(TransitFileException.class)
        .hasMessageContaining("No transit file at");
    assertThat(error("").getMessage()).contains("The transit file is empty");
    assertThat(error("allow: [CHN").getMessage()).contains("line 1").contains("YAML syntax error");
    assertThat(error("- CHN").getMessage()).contains("Expected a mapping");
  }
}
