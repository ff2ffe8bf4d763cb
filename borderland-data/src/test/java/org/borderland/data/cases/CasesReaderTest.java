package org.borderland.data.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.validation.Case;
import org.borderland.data.registry.RegistryTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading cases files: the shipped file, and every mistake reported with its line and field. */
class CasesReaderTest {
  private static final CountryRegistry REGISTRY = RegistryTables.standard();

  @TempDir Path tmp;

  private Path write(String text) throws IOException {
    Path f = tmp.resolve("c.yaml");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void theShippedFileHoldsTheFourActsWithSourcesAndPinnedKnowledgeYears() throws Exception {
    List<Case> cases = CasesReader.read(CasesReader.defaultFile("Russia"), REGISTRY);
    assertThat(cases)
        .extracting(Case::id)
        .containsExactly("moldova-1992", "georgia-2008", "ukraine-2014", "ukraine-2022");
    assertThat(cases).extracting(Case::target).containsExactly("MDA", "GEO", "UKR", "UKR");
    assertThat(cases).extracting(Case::knowledgeYear).containsExactly(1992, 2007, 2013, 2021);
    assertThat(cases).allSatisfy(c -> assertThat(c.aggressor()).isEqualTo("RUS"));
    assertThat(cases)
        .allSatisfy(
            c -> {
              assertThat(c.description()).isNotBlank();
              assertThat(c.citation().title()).isNotBlank();
              assertThat(c.citation().publisher()).isNotBlank();
            });
    assertThat(cases.get(0).knownAfterTheAct()).as("no edition before 1992").isTrue();
    assertThat(cases.get(0).caveat()).contains("published during the conflict");
    assertThat(cases.subList(1, 4)).noneMatch(Case::knownAfterTheAct);
    assertThat(cases.get(1).date()).isEqualTo(LocalDate.of(2008, 8, 8));
  }

  @Test
  void readsACaseWithEveryField() throws Exception {
    List<Case> cases =
        CasesReader.read(
            write(
                """
                cases:
                  - id: georgia-2008
                    date: "2008-08-08"
                    aggressor: rus
                    target: GEO
                    knowledgeYear: 2007
                    description: "A war."
                    citation:
                      title: A report
                      publisher: Someone
                      date: "2009-09"
                      url: http://example.org/report
                """),
            REGISTRY);
    Case c = cases.get(0);
    assertThat(c.aggressor()).isEqualTo("RUS");
    assertThat(c.citation().text())
        .isEqualTo("Someone, \"A report\" (2009-09), http://example.org/report");
    assertThat(c.caveat()).isEmpty();
  }

  @Test
  void reportsEveryMistakeWithItsLineAndField() throws Exception {
    Path f =
        write(
            """
            cases:
              - id: Georgia 2008
                date: "2008-13-40"
                aggressor: RUS
                target: GOE
                knowledgeYear: 2007
                description: "A war."
                citation:
                  title: A report
                  publisher: Someone
              - id: ukraine
                date: "2014-02-27"
                aggressor: RUS
                target: UKR
                knowledgeYear: 2015
                description: "Crimea."
                citation:
                  title: A resolution
                  url: not a link
                note: stray
              - id: ukraine
                date: "2022-02-24"
                aggressor: RUS
                target: RUS
                knowledgeYear: 2021
                description: "Invasion."
            """);
    assertThatThrownBy(() -> CasesReader.read(f, REGISTRY))
        .isInstanceOf(CasesFileException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("cases[0].id: A case id is lower-case words joined by '-'")
        .hasMessageContaining("line 3")
        .hasMessageContaining("cases[0].date: Expected a date \"YYYY-MM-DD\"")
        .hasMessageContaining("cases[0].target: Unknown country code 'GOE'; did you mean")
        .hasMessageContaining("cases[1].knowledgeYear: The knowledge year 2015 is after the act")
        .hasMessageContaining("cases[1].citation.publisher: Missing field 'publisher'")
        .hasMessageContaining("cases[1].citation.url: Expected an http(s) address")
        .hasMessageContaining("cases[1].note: Unknown field 'note'")
        .hasMessageContaining("cases[2].id: Case id 'ukraine' is used twice")
        .hasMessageContaining("cases[2].target: The target is the aggressor")
        .hasMessageContaining("cases[2].citation: Missing field 'citation'");
  }

  @Test
  void aTargetThatDidNotExistAtTheDateIsRefused() throws Exception {
    Path f =
        write(
            """
            cases:
              - id: early
                date: "1985-01-01"
                aggressor: SUN
                target: UKR
                knowledgeYear: 1984
                description: "Not a state yet."
                citation: {title: T, publisher: P}
            """);
    assertThatThrownBy(() -> CasesReader.read(f, REGISTRY))
        .hasMessageContaining("cases[0].target: UKR (Ukraine) did not exist in 1985");
  }

  @Test
  void anEmptyOrMissingFileSaysWhatToDo() throws Exception {
    assertThatThrownBy(() -> CasesReader.read(write(""), REGISTRY))
        .hasMessageContaining("needs a `cases:` list");
    assertThatThrownBy(() -> CasesReader.read(tmp.resolve("none.yaml"), REGISTRY))
        .hasMessageContaining("No cases file at")
        .hasMessageContaining("check the path");
  }
}
