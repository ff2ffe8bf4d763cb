package org.borderland.data.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderland.data.curated.Fixtures.CENSUS;
import static org.borderland.data.curated.Fixtures.FACT;
import static org.borderland.data.curated.Fixtures.RESEARCHED;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CuratedFactsValidationTest {
  @TempDir Path dir;

  private CuratedFactsException failure(String researched, String... entries) throws Exception {
    Path[] files = Fixtures.write(dir, researched, entries);
    try {
      Fixtures.load(files);
    } catch (CuratedFactsException e) {
      return e;
    }
    throw new AssertionError("expected the curated files to be rejected");
  }

  private String factsText() throws Exception {
    return Files.readString(dir.resolve("facts.yaml"));
  }

  @Test
  void validFixtureLoads() throws Exception {
    CuratedFacts facts = Fixtures.load(Fixtures.write(dir, RESEARCHED, FACT, CENSUS));
    assertThat(facts.facts())
        .extracting(CuratedFact::id)
        .containsExactly("kaz-test-statement", "kaz-test-census");
  }

  @Test
  void unknownCountryCodeNamesFileEntryLineAndClosestMatch() throws Exception {
    CuratedFactsException e = failure(RESEARCHED, FACT.replace("target: KAZ", "target: KAZZ"));
    int line = Fixtures.lineOf(factsText(), "target: KAZZ");
    assertThat(e.problems()).hasSize(1);
    CuratedFactsException.Problem p = e.problems().get(0);
    assertThat(p.line()).isEqualTo(line);
    assertThat(p.entryId()).isEqualTo("kaz-test-statement");
    assertThat(e.getMessage())
        .contains("facts.yaml line " + line)
        .contains("entry 'kaz-test-statement'")
        .contains("Unknown country code 'KAZZ'")
        .contains("did you mean KAZ (Kazakhstan)");
  }

  @Test
  void lowerCaseCountryCodeIsRejectedWithTheFix() throws Exception {
    CuratedFactsException e = failure(RESEARCHED, FACT.replace("aggressor: RUS", "aggressor: rus"));
    assertThat(e.getMessage()).contains("upper case: RUS");
  }

  @Test
  void unknownFactorListsTheValidOnes() throws Exception {
    CuratedFactsException e =
        failure(RESEARCHED, FACT.replace("factor: territorial_claims", "factor: territory"));
    assertThat(e.getMessage())
        .contains("Unknown factor 'territory'")
        .contains(
            "kin_population, language_media, territorial_claims, border, interethnic_tension,"
                + " relative_weakness, hedging, leader_relations");
    assertThat(e.problems().get(0).line())
        .isEqualTo(Fixtures.lineOf(factsText(), "factor: territory"));
  }

  @Test
  void unknownKindListsTheValidOnes() throws Exception {
    CuratedFactsException e = failure(RESEARCHED, FACT.replace("kind: statement", "kind: speech"));
    assertThat(e.getMessage()).contains("Unknown kind 'speech'").contains("statement, episode");
  }

  @Test
  void missingCitationIsAnError() throws Exception {
    String noCitation = FACT.replaceAll("(?s)    citation:\\n.*?url: https://example.org/a\\n", "");
    assertThat(noCitation).doesNotContain("citation");
    CuratedFactsException e = failure(RESEARCHED, noCitation);
    assertThat(e.getMessage()).contains("Missing citation").contains("kaz-test-statement");
  }

  @Test
  void citationWithoutOutletOrDocumentIsAnError() throws Exception {
    CuratedFactsException e = failure(RESEARCHED, FACT.replace("outlet: Test Outlet", "url2: x"));
    assertThat(e.getMessage()).contains("needs an outlet").contains("Unknown key 'url2'");
  }

  @Test
  void citationUrlMustBeHttp() throws Exception {
    CuratedFactsException e =
        failure(RESEARCHED, FACT.replace("url: https://example.org/a", "url: www.example.org"));
    assertThat(e.getMessage()).contains("must start with http:// or https://");
  }

  @Test
  void dateInTheFutureIsAnError() throws Exception {
    CuratedFactsException e =
        failure(RESEARCHED, FACT.replace("date: \"2014-08-29\"", "date: \"2027-01\""));
    assertThat(e.getMessage())
        .contains("'date' 2027-01 is in the future (today is 2026-11-27)")
        .contains("line " + Fixtures.lineOf(factsText(), "2027-01"));
  }

  @Test
  void aMonthThatHasBegunIsNotInTheFuture() throws Exception {
    CuratedFacts facts =
        Fixtures.load(
            Fixtures.write(
                dir, RESEARCHED, FACT.replace("date: \"2014-08-29\"", "date: \"2026-11\"")));
    assertThat(facts.facts()).hasSize(1);
  }

  @Test
  void dateBefore1900IsAnError() throws Exception {
    CuratedFactsException e =
        failure(RESEARCHED, FACT.replace("date: \"2014-08-29\"", "date: \"1899-12-31\""));
    assertThat(e.getMessage()).contains("1899-12-31 is before 1900");
  }

  @Test
  void malformedDateSaysWhichFormsAreAccepted() throws Exception {
    CuratedFactsException e =
        failure(RESEARCHED, FACT.replace("date: \"2014-08-29\"", "date: \"29 August 2014\""));
    assertThat(e.getMessage()).contains("write YYYY-MM-DD, YYYY-MM or YYYY");
  }

  @Test
  void duplicateIdsNameBothLines() throws Exception {
    String second = FACT.replace("date: \"2014-08-29\"", "date: \"2014-08-30\"");
    CuratedFactsException e = failure(RESEARCHED, FACT, second);
    String text = factsText();
    int first = Fixtures.lineOf(text, "- id: kaz-test-statement");
    int again = Fixtures.lastLineOf(text, "- id: kaz-test-statement");
    assertThat(again).isGreaterThan(first);
    assertThat(e.problems()).hasSize(1);
    assertThat(e.getMessage())
        .contains("Duplicate id 'kaz-test-statement' (first used at line " + first + ")");
    assertThat(e.problems().get(0).line()).isEqualTo(again);
  }

  @Test
  void verifiedWithoutVerifiedByIsAnError() throws Exception {
    CuratedFactsException e =
        failure(
            RESEARCHED, FACT.replace("verifiedBy: \"search corpus: https://example.org/a\"", ""));
    assertThat(e.getMessage()).contains("verified: true but has no verifiedBy");
  }

  @Test
  void verifiedByWithoutVerifiedIsAnError() throws Exception {
    CuratedFactsException e =
        failure(RESEARCHED, FACT.replace("verified: true", "verified: false"));
    assertThat(e.getMessage()).contains("verifiedBy is given but verified is false");
  }

  @Test
  void verifiedMustBeABoolean() throws Exception {
    CuratedFactsException e =
        failure(RESEARCHED, FACT.replace("verified: true", "verified: \"yes\""));
    assertThat(e.getMessage()).contains("'verified' must be true or false");
  }

  @Test
  void longQuotationsAreRejected() throws Exception {
    CuratedFactsException e =
        failure(
            RESEARCHED,
            FACT.replace(
                "\"A Russian official questioned Kazakh statehood.\"",
                "'He said “the Kazakhs never had any statehood at all before this man came”.'"));
    assertThat(e.getMessage()).contains("quotes 12 words").contains("at most 8");
  }

  @Test
  void unknownKeysAreReportedWithTheAllowedOnes() throws Exception {
    CuratedFactsException e = failure(RESEARCHED, FACT.replace("verified: true", "verfied: true"));
    assertThat(e.getMessage())
        .contains("Unknown key 'verfied'")
        .contains("allowed keys are:")
        .contains("Missing 'verified'");
  }

  @Test
  void censusFieldsOnANonCensusEntryAreRejected() throws Exception {
    CuratedFactsException e =
        failure(RESEARCHED, FACT.replace("kind: statement", "kind: statement\n    value: 3"));
    assertThat(e.getMessage()).contains("'value' belongs to census entries only");
  }

  @Test
  void censusShareAbove100IsRejected() throws Exception {
    CuratedFactsException e = failure(RESEARCHED, CENSUS.replace("value: 15.5", "value: 140"));
    assertThat(e.getMessage()).contains("A share of 140.0% is outside 0–100");
  }

  @Test
  void censusNeedsItsFigure() throws Exception {
    CuratedFactsException e = failure(RESEARCHED, CENSUS.replace("    refYear: 2021\n", ""));
    assertThat(e.getMessage()).contains("Missing 'refYear'");
  }

  @Test
  void censusCannotBePublishedBeforeItWasTaken() throws Exception {
    CuratedFactsException e =
        failure(RESEARCHED, CENSUS.replace("published: \"2022-07\"", "published: \"2020\""));
    assertThat(e.getMessage()).contains("cannot be published in 2020");
  }

  @Test
  void aCountedFactNeedsItsTripleResearched() throws Exception {
    CuratedFactsException e =
        failure(RESEARCHED, FACT.replace("factor: territorial_claims", "factor: hedging"));
    assertThat(e.getMessage())
        .contains("RUS→KAZ hedging is not listed in researched.yaml")
        .contains("entry 'kaz-test-statement'");
  }

  @Test
  void yamlSyntaxErrorsGiveLineAndColumn() throws Exception {
    String broken = FACT.replace("kind: statement", "kind: [statement");
    CuratedFactsException e = failure(RESEARCHED, broken);
    CuratedFactsException.Problem p = e.problems().get(0);
    assertThat(p.message()).startsWith("YAML syntax error");
    assertThat(p.line()).isPositive();
    assertThat(p.column()).isPositive();
    assertThat(e.getMessage()).contains("facts.yaml line " + p.line() + ", column " + p.column());
  }

  @Test
  void repeatedKeysInOneEntryAreAnError() throws Exception {
    CuratedFactsException e =
        failure(RESEARCHED, FACT.replace("kind: statement", "kind: statement\n    kind: policy"));
    assertThat(e.getMessage()).contains("Key 'kind' appears twice");
  }

  @Test
  void missingFileIsNamed() {
    Path nowhere = dir.resolve("nope.yaml");
    assertThatThrownBy(
            () -> CuratedFacts.load(nowhere, nowhere, Fixtures.registry(), Fixtures.TODAY))
        .isInstanceOf(CuratedFactsException.class)
        .hasMessageContaining("nope.yaml")
        .hasMessageContaining("File not found");
  }

  @Test
  void aResearchedFactorNeedsItsPeriodAndAFactMustLieInIt() throws Exception {
    CuratedFactsException noPeriod =
        failure(
            RESEARCHED.replace(
                "border: {from: 1991, to: 2026, scope: \"border treaties\"}",
                "border: \"border treaties\""),
            CENSUS);
    assertThat(noPeriod.getMessage())
        .contains("researched.yaml line " + Fixtures.lineOf(RESEARCHED, "border: {"))
        .contains("The research of border needs the years whose events were looked for")
        .contains("border: {from: 2005, to: 2022, scope:");
    CuratedFactsException backwards =
        failure(
            RESEARCHED.replace(
                "from: 1991, to: 2026, scope: \"border", "from: 2020, to: 2010, scope: \"border"),
            CENSUS);
    assertThat(backwards.getMessage()).contains("is 2020–2010; give from ≤ to");
    CuratedFactsException outside =
        failure(
            RESEARCHED.replace(
                "territorial_claims: {from: 1991, to: 2026",
                "territorial_claims: {from: 2020, to: 2026"),
            FACT);
    assertThat(outside.getMessage())
        .contains("outside the years researched for RUS→KAZ territorial_claims (2020–2026 in")
        .contains("widen the period if the research covered that year");
  }

  @Test
  void researchedFileIsCheckedToo() throws Exception {
    String bad =
        RESEARCHED.replace("target: KAZ", "target: KZK").replace("border: {", "borders: {");
    CuratedFactsException e = failure(bad, CENSUS);
    assertThat(e.getMessage())
        .contains("researched.yaml line " + Fixtures.lineOf(bad, "KZK"))
        .contains("Unknown country code 'KZK'");
    CuratedFactsException e2 = failure(RESEARCHED.replace("border: {", "borders: {"), CENSUS);
    assertThat(e2.getMessage()).contains("Unknown factor 'borders'");
  }

  @Test
  void aTripleListedTwiceInResearchedIsAnError() throws Exception {
    String twice =
        RESEARCHED
            + """
              - aggressor: RUS
                target: KAZ
                researchedOn: 2026-11-27
                researchedBy: someone else
                factors:
                  border: {from: 1991, to: 2026, scope: "again"}
            """;
    CuratedFactsException e = failure(twice, FACT);
    assertThat(e.getMessage()).contains("RUS→KAZ border is listed twice");
  }

  @Test
  void everyProblemIsReportedAtOnce() throws Exception {
    String bad =
        FACT.replace("target: KAZ", "target: KAZZ")
            .replace("factor: territorial_claims", "factor: x")
            .replace("verifiedBy: \"search corpus: https://example.org/a\"", "");
    CuratedFactsException e = failure(RESEARCHED, bad);
    assertThat(e.problems()).hasSize(3);
    assertThat(e.getMessage()).startsWith("The curated files have 3 problems");
  }
}
