package org.borderland.data.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.uncertainty.Input;
import org.borderland.data.cases.CasesReader;
import org.borderland.data.coinr.PipelineFile;
import org.borderland.data.curated.CensusFigure;
import org.borderland.data.curated.CuratedFacts;
import org.borderland.data.model.ModelReader;
import org.borderland.data.registry.RegistryTables;
import org.borderland.data.scenario.ScenarioReader;
import org.borderland.data.uncertainty.SpecFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader of numbers in YAML, for every literal that is not a finite number in the field's
 * range: the reader's own exception (never a {@link NumberFormatException}), naming the file, line,
 * column, field, the value as written and the allowed range. And the literals YAML reads as numbers
 * ({@code 0x7E6}, {@code 1_0}) read as YAML defines them.
 */
class NumbersInEveryReaderTest {
  private static final CountryRegistry REGISTRY = RegistryTables.standard();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final int THIS_YEAR = Year.now().getValue();

  /** Refused wherever a whole number is expected. */
  private static final List<String> NOT_WHOLE =
      List.of(".nan", ".inf", "-.inf", "1e400", "99999999999", "-99999999999", "010", "2022.5");

  /** Read as 16 and 10: refused where a year is expected. */
  private static final List<String> SMALL = List.of("0x10", "1_0");

  /** Refused wherever a finite number is expected. */
  private static final List<String> NOT_FINITE = List.of(".nan", ".NaN", ".inf", "-.Inf", "1e400");

  @TempDir Path dir;

  /** How one reader reads one file in {@code dir}, returning what it read. */
  interface ReadFile {
    Object read(Path dir, Path file) throws Exception;
  }

  /**
   * A number field of one reader.
   *
   * @param reader for the test's name
   * @param template the file, with {@code %s} where the value goes
   * @param file the file's name
   * @param field how the message names the field
   * @param range how the message names the allowed values
   * @param read reads the file
   */
  record Site(
      String reader, String template, String file, String field, String range, ReadFile read) {
    @Override
    public String toString() {
      return reader + " " + field;
    }

    /** The 1-based line and column of the value: {@code line 3, column 9}. */
    String position() {
      int at = template.indexOf("%s");
      String before = template.substring(0, at);
      int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
      int column = at - before.lastIndexOf('\n');
      return "line " + line + ", column " + column;
    }

    Path write(Path dir, String value) throws Exception {
      Path f = dir.resolve(file);
      Files.writeString(f, template.replace("%s", value));
      return f;
    }
  }

  // ---- the files ---------------------------------------------------------------------------

  private static final String SCENARIO_YEAR =
      """
      scenario:
        name: Numbers
        year: %s
      absorb: [UKR]
      """;

  private static final String SCENARIO_WEIGHT =
      """
      scenario:
        name: Numbers
      weights:
        kin_population: %s
      """;

  private static final String MODEL =
      """
      model:
        id: tiny
        name: Tiny
      aggressors:
        RUS:
          kinGroups: [Russian]
      sources:
        factbook: {tiers: [[factbook-archive, factbook-json]]}
      factors:
        - id: kin
          name: Kin
          weight: WEIGHT
          rationale: Because.
      indicators:
        - id: kin_share
          name: Kin share
          factor: kin
          definition: {kind: kin_share}
          direction: 1
          unit: '%'
          weight: 1
          maxAge: MAX_AGE
          sources: factbook
      """;

  private static final String SPEC =
      """
      inputs:
        - winmax: {min: MIN, max: 5}
        - weights: {noise: NOISE}
      """;

  private static final String CASES =
      """
      cases:
        - id: georgia-2008
          date: "2008-08-08"
          aggressor: RUS
          target: GEO
          knowledgeYear: %s
          description: "A war."
          citation:
            title: A report
            publisher: Someone
      """;

  private static final String PIPELINE =
      """
      steps:
        - treat: {winmax: WINMAX, skew: SKEW}
      """;

  private static final String CENSUS =
      """
      facts:
        - id: kaz-test-census
          date: "2021"
          aggressor: RUS
          target: KAZ
          factor: kin_population
          kind: census
          description: "The census counted ethnic Russians at 15.5%."
          value: VALUE
          unit: "%"
          indicator: ethnic_share
          key: Russian
          refYear: REF_YEAR
          published: "2022-07"
          citation:
            document: Statistics office
            title: "[brief census results]"
            date: "2022-07"
          verified: false
      """;

  private static final String RESEARCHED =
      """
      researched:
        - aggressor: RUS
          target: KAZ
          researchedOn: 2026-11-27
          researchedBy: tester
          factors:
            kin_population: {from: 1991, to: 2026, scope: "census results"}
      """;

  private static Object curated(Path dir, Path facts) throws Exception {
    Path researched = dir.resolve("researched.yaml");
    Files.writeString(researched, RESEARCHED);
    return CuratedFacts.load(facts, researched, REGISTRY, TODAY).facts().get(0).census();
  }

  private static final Site SCENARIO_YEAR_SITE =
      new Site(
          "scenario",
          SCENARIO_YEAR,
          "s.yaml",
          "field scenario.year",
          "a whole number between 1990 and " + THIS_YEAR,
          (d, f) -> ScenarioReader.read(f).year());
  private static final Site SCENARIO_WEIGHT_SITE =
      new Site(
          "scenario",
          SCENARIO_WEIGHT,
          "s.yaml",
          "field weights.kin_population",
          "a number ≥ 0",
          (d, f) -> ScenarioReader.read(f).weights().get(0).weight());
  private static final Site MODEL_MAX_AGE =
      new Site(
          "model",
          MODEL.replace("WEIGHT", "2").replace("MAX_AGE", "%s"),
          "m.yaml",
          "field indicators[0] (kin_share).maxAge",
          "a whole number between 0 and 100",
          (d, f) ->
              new ModelReader(REGISTRY).read(f).indicator("kin_share").orElseThrow().maxAge());
  private static final Site MODEL_WEIGHT =
      new Site(
          "model",
          MODEL.replace("WEIGHT", "%s").replace("MAX_AGE", "5"),
          "m.yaml",
          "field factors[0].weight",
          "a number ≥ 0",
          (d, f) -> new ModelReader(REGISTRY).read(f).factors().get(0).weight());
  private static final Site SPEC_WINMAX =
      new Site(
          "spec",
          SPEC.replace("MIN", "%s").replace("NOISE", "0.25"),
          "spec.yaml",
          "field inputs[0].winmax.min",
          "a whole number between 0 and 1000",
          (d, f) -> SpecFile.read(f).spec().inputs().get(0));
  private static final Site SPEC_NOISE =
      new Site(
          "spec",
          SPEC.replace("MIN", "1").replace("NOISE", "%s"),
          "spec.yaml",
          "field inputs[1].weights.noise",
          "a number between 0 and 1",
          (d, f) -> SpecFile.read(f).spec().inputs().get(1));
  private static final Site CASES_YEAR =
      new Site(
          "cases",
          CASES,
          "c.yaml",
          "field cases[0].knowledgeYear",
          "a whole number between 1900 and " + THIS_YEAR,
          (d, f) -> CasesReader.read(f, REGISTRY).get(0).knowledgeYear());
  private static final Site PIPELINE_WINMAX =
      new Site(
          "pipeline",
          PIPELINE.replace("WINMAX", "%s").replace("SKEW", "2"),
          "p.yaml",
          "step 'treat' field 'winmax'",
          "a whole number between 0 and 1000000",
          (d, f) -> PipelineFile.read(f).log().get(0).toString());
  private static final Site PIPELINE_SKEW =
      new Site(
          "pipeline",
          PIPELINE.replace("WINMAX", "5").replace("SKEW", "%s"),
          "p.yaml",
          "step 'treat' field 'skew'",
          "a number",
          (d, f) -> PipelineFile.read(f).log().get(0).toString());
  private static final Site CURATED_YEAR =
      new Site(
          "curated",
          CENSUS.replace("VALUE", "15.5").replace("REF_YEAR", "%s"),
          "facts.yaml",
          "'refYear'",
          "a whole number between 1900 and 2026",
          NumbersInEveryReaderTest::curated);
  private static final Site CURATED_VALUE =
      new Site(
          "curated",
          CENSUS.replace("VALUE", "%s").replace("REF_YEAR", "2021"),
          "facts.yaml",
          "'value'",
          "a number",
          NumbersInEveryReaderTest::curated);

  private static final List<Site> WHOLE =
      List.of(
          SCENARIO_YEAR_SITE,
          MODEL_MAX_AGE,
          SPEC_WINMAX,
          CASES_YEAR,
          PIPELINE_WINMAX,
          CURATED_YEAR);
  private static final List<Site> YEARS = List.of(SCENARIO_YEAR_SITE, CASES_YEAR, CURATED_YEAR);
  private static final List<Site> REAL =
      List.of(SCENARIO_WEIGHT_SITE, MODEL_WEIGHT, SPEC_NOISE, PIPELINE_SKEW, CURATED_VALUE);

  static Stream<Arguments> refused() {
    List<Arguments> out = new ArrayList<>();
    for (Site s : WHOLE) {
      NOT_WHOLE.forEach(v -> out.add(Arguments.of(s, v)));
    }
    for (Site s : YEARS) {
      SMALL.forEach(v -> out.add(Arguments.of(s, v)));
    }
    for (Site s : REAL) {
      NOT_FINITE.forEach(v -> out.add(Arguments.of(s, v)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("refused")
  void aValueThatIsNotAFiniteNumberInRangeIsRefusedNamingWhereWhatAndTheRange(
      Site site, String value) throws Exception {
    Path file = site.write(dir, value);
    Throwable t = catchThrowable(() -> site.read().read(dir, file));
    assertThat(t)
        .as("the reader's own exception, which the CLI prints and the server maps to a 400")
        .isNotNull()
        .isNotInstanceOf(RuntimeException.class);
    assertThat(t.getMessage())
        .contains(file + " " + site.position())
        .contains(site.field())
        .contains("Expected " + site.range() + ", not '" + value + "'")
        .doesNotContain("For input string")
        .doesNotContain("Exception");
    if (SMALL.contains(value)) {
      assertThat(t.getMessage())
          .contains("'" + value + "' (" + (value.equals("0x10") ? 16 : 10) + ")");
    }
  }

  static Stream<Arguments> read() {
    return Stream.of(
        Arguments.of(SCENARIO_YEAR_SITE, "0x7E6", 2022),
        Arguments.of(SCENARIO_WEIGHT_SITE, "1_0", 10.0),
        Arguments.of(SCENARIO_WEIGHT_SITE, "0x10", 16.0),
        Arguments.of(MODEL_MAX_AGE, "0x10", 16),
        Arguments.of(MODEL_MAX_AGE, "07", 7),
        Arguments.of(MODEL_WEIGHT, "1_0", 10.0),
        Arguments.of(SPEC_WINMAX, "0b11", new Input.Winmax(null, 3, 5)),
        Arguments.of(CASES_YEAR, "0x7D7", 2007),
        Arguments.of(
            PIPELINE_WINMAX,
            "0x10",
            "treat(winmax=16, skew=2.0, kurtosis=3.5, fallback=log-ct, skip=[])"),
        Arguments.of(
            PIPELINE_SKEW,
            "1_0.5",
            "treat(winmax=5, skew=10.5, kurtosis=3.5, fallback=log-ct, skip=[])"),
        Arguments.of(CURATED_YEAR, "0x7E5", 2021));
  }

  @ParameterizedTest(name = "{0}: {1} is {2}")
  @MethodSource("read")
  void aNumberIsReadAsYamlDefinesIt(Site site, String value, Object expected) throws Exception {
    Object got = site.read().read(dir, site.write(dir, value));
    if (site == CURATED_YEAR) {
      got = ((CensusFigure) got).refYear();
    }
    assertThat(got).isEqualTo(expected);
  }
}
