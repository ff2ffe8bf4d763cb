package org.borderland.data.curated;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderland.core.panel.Observation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed {@code curated/facts.yaml} and {@code curated/researched.yaml}. */
class CuratedFactsFilesTest {
  private static CuratedFacts facts;

  /** Finds the repository's {@code curated} folder from the module or the project directory. */
  static Path curatedDir() {
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("curated/facts.yaml"))) {
        return dir.resolve("curated");
      }
    }
    throw new AssertionError("curated/facts.yaml not found above " + Path.of("").toAbsolutePath());
  }

  @BeforeAll
  static void load() throws Exception {
    Path dir = curatedDir();
    facts =
        CuratedFacts.load(
            dir.resolve("facts.yaml"),
            dir.resolve("researched.yaml"),
            Fixtures.registry(),
            LocalDate.now());
  }

  @Test
  void theCommittedFilesLoadAndCoverEveryRequiredTarget() {
    Set<String> targets =
        facts.facts().stream().map(CuratedFact::target).collect(Collectors.toSet());
    assertThat(targets)
        .containsExactlyInAnyOrder(
            "KAZ", "UKR", "GEO", "MDA", "BLR", "EST", "LVA", "LTU", "KGZ", "TJK", "UZB", "TKM");
    assertThat(facts.facts()).hasSizeGreaterThanOrEqualTo(70);
    assertThat(facts.facts()).allMatch(f -> f.aggressor().equals("RUS"));
  }

  @Test
  void everyVerifiedEntrySaysWhereItWasChecked() {
    assertThat(facts.facts())
        .filteredOn(CuratedFact::verified)
        .allSatisfy(f -> assertThat(f.verifiedBy()).startsWith("search corpus: "));
  }

  @Test
  void theEssaysKazakhstanEpisodesAreThereWithTheirDates() {
    assertThat(facts.find("kaz-seliger-2014"))
        .get()
        .extracting(f -> f.date().toString())
        .isEqualTo("2014-08-29");
    assertThat(facts.find("kaz-latin-decree-2017"))
        .get()
        .extracting(f -> f.date().toString())
        .isEqualTo("2017-10-26");
    assertThat(facts.find("kaz-csto-2022"))
        .get()
        .extracting(CuratedFact::factor)
        .isEqualTo(Factor.LEADER_RELATIONS);
    assertThat(facts.find("kaz-spief-2022"))
        .get()
        .extracting(f -> f.date().toString())
        .isEqualTo("2022-06-17");
  }

  @Test
  void kazakhstanTerritorialClaimsGrowWithSeliger() {
    OptionalInt before =
        facts.count("RUS", "KAZ", Factor.TERRITORIAL_CLAIMS, LocalDate.of(2014, 8, 28));
    OptionalInt after =
        facts.count("RUS", "KAZ", Factor.TERRITORIAL_CLAIMS, LocalDate.of(2014, 8, 31));
    assertThat(before).isPresent();
    assertThat(after.getAsInt()).isEqualTo(before.getAsInt() + 2); // Seliger, Ekho Moskvy (2014-08)
  }

  @Test
  void unresearchedTriplesStayMissing() {
    assertThat(facts.count("RUS", "KAZ", Factor.LANGUAGE_MEDIA, LocalDate.now())).isEmpty();
    assertThat(facts.count("RUS", "LTU", Factor.TERRITORIAL_CLAIMS, LocalDate.now())).isEmpty();
    assertThat(facts.count("RUS", "KAZ", Factor.RELATIVE_WEAKNESS, LocalDate.now())).isEmpty();
  }

  @Test
  void censusEntriesBecomeCuratedEthnicShareObservations() {
    List<Observation> obs = facts.observations();
    assertThat(obs).isNotEmpty();
    assertThat(obs)
        .allSatisfy(
            o -> {
              assertThat(o.indicator()).isEqualTo("ethnic_share");
              assertThat(o.key()).isEqualTo("Russian");
              assertThat(o.source().dataset()).isEqualTo("curated");
              assertThat(o.asKnown()).isTrue();
              assertThat(o.edition()).isGreaterThanOrEqualTo(o.refYear());
            });
    assertThat(obs)
        .filteredOn(o -> o.country().equals("KAZ") && o.refYear() == 2009)
        .singleElement()
        .satisfies(o -> assertThat(o.value()).isEqualTo(23.7));
  }
}
