package org.borderland.data.curated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;

/** A hand-built registry and tiny curated files that tests write into a temporary directory. */
final class Fixtures {
  /** The day the tests treat as today. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  /** One valid fact; tests replace parts of it to make it invalid. */
  static final String FACT =
      """
        - id: kaz-test-statement
          date: "2014-08-29"
          aggressor: RUS
          target: KAZ
          factor: territorial_claims
          kind: statement
          description: "A Russian official questioned Kazakh statehood."
          citation:
            outlet: Test Outlet
            title: "Test title"
            date: "2014-09"
            url: https://example.org/a
          verified: true
          verifiedBy: "search corpus: https://example.org/a"
      """;

  /** One valid census entry. */
  static final String CENSUS =
      """
        - id: kaz-test-census
          date: "2021"
          aggressor: RUS
          target: KAZ
          factor: kin_population
          kind: census
          description: "The census counted ethnic Russians at 15.5%."
          value: 15.5
          unit: "%"
          indicator: ethnic_share
          key: Russian
          refYear: 2021
          published: "2022-07"
          citation:
            document: Statistics office
            title: "[brief census results]"
            date: "2022-07"
          verified: false
      """;

  /** Research records for RUS→KAZ territorial claims and border. */
  static final String RESEARCHED =
      """
      researched:
        - aggressor: RUS
          target: KAZ
          researchedOn: 2026-11-27
          researchedBy: tester
          factors:
            territorial_claims: {from: 1991, to: 2026, scope: "statements by officials"}
            border: {from: 1991, to: 2026, scope: "border treaties"}
      """;

  private Fixtures() {}

  static CountryRegistry registry() {
    List<Country> countries =
        List.of(
            state("RUS", "Russia"),
            state("KAZ", "Kazakhstan"),
            state("UKR", "Ukraine"),
            state("GEO", "Georgia"),
            state("MDA", "Moldova"),
            state("BLR", "Belarus"),
            state("EST", "Estonia"),
            state("LVA", "Latvia"),
            state("LTU", "Lithuania"),
            state("KGZ", "Kyrgyzstan"),
            state("TJK", "Tajikistan"),
            state("UZB", "Uzbekistan"),
            state("TKM", "Turkmenistan"),
            state("CHN", "China"));
    return new CountryRegistry(countries, List.of());
  }

  private static Country state(String iso3, String name) {
    return new Country(iso3, name, name, Country.Kind.STATE, 1991, null, List.of(), "");
  }

  /** Writes {@code facts:} followed by the entries, and the research file, into {@code dir}. */
  static Path[] write(Path dir, String researched, String... entries) throws IOException {
    Path facts = dir.resolve("facts.yaml");
    Files.writeString(facts, "facts:\n" + String.join("", entries));
    Path res = dir.resolve("researched.yaml");
    Files.writeString(res, researched);
    return new Path[] {facts, res};
  }

  /** Loads the files {@link #write} wrote. */
  static CuratedFacts load(Path[] files) throws CuratedFactsException {
    return CuratedFacts.load(files[0], files[1], registry(), TODAY);
  }

  /** The 1-based line of the first line of {@code text} containing {@code needle}. */
  static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError("'" + needle + "' not in text");
  }

  /** The 1-based line of the last line of {@code text} containing {@code needle}. */
  static int lastLineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = lines.length - 1; i >= 0; i--) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError("'" + needle + "' not in text");
  }
}
