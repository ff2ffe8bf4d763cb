package org.borderland.data.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderland.data.curated.Fixtures.CENSUS;
import static org.borderland.data.curated.Fixtures.FACT;
import static org.borderland.data.curated.Fixtures.RESEARCHED;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.borderland.core.panel.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CuratedFactsCountTest {
  @TempDir Path dir;

  private static final LocalDate END_2014 = LocalDate.of(2014, 12, 31);

  private CuratedFacts load(String... entries) throws Exception {
    return Fixtures.load(Fixtures.write(dir, RESEARCHED, entries));
  }

  @Test
  void countIsEmptyForAPairNobodyResearched() throws Exception {
    CuratedFacts facts = load(FACT);
    assertThat(facts.count("RUS", "UZB", Factor.TERRITORIAL_CLAIMS, END_2014)).isEmpty();
    assertThat(facts.count("CHN", "KAZ", Factor.TERRITORIAL_CLAIMS, END_2014)).isEmpty();
  }

  @Test
  void countIsEmptyForAFactorNotResearchedOfAResearchedPair() throws Exception {
    assertThat(load(FACT).count("RUS", "KAZ", Factor.HEDGING, END_2014)).isEmpty();
  }

  @Test
  void countIsZeroNotEmptyWhenResearchedAndNothingFound() throws Exception {
    assertThat(load(FACT).count("RUS", "KAZ", Factor.BORDER, END_2014))
        .isEqualTo(OptionalInt.of(0));
  }

  @Test
  void countIsTheNumberOfFactsKnownByTheDay() throws Exception {
    String second =
        FACT.replace("kaz-test-statement", "kaz-test-second").replace("2014-08-29", "2020-12");
    CuratedFacts facts = load(FACT, second);
    assertThat(facts.count("RUS", "KAZ", Factor.TERRITORIAL_CLAIMS, LocalDate.of(2014, 8, 28)))
        .isEqualTo(OptionalInt.of(0));
    assertThat(facts.count("RUS", "KAZ", Factor.TERRITORIAL_CLAIMS, LocalDate.of(2014, 8, 29)))
        .isEqualTo(OptionalInt.of(1));
    assertThat(facts.count("RUS", "KAZ", Factor.TERRITORIAL_CLAIMS, LocalDate.of(2026, 1, 1)))
        .isEqualTo(OptionalInt.of(2));
  }

  @Test
  void aFactDatedToTheMonthCountsOnlyOnceTheMonthIsOver() throws Exception {
    String monthly =
        FACT.replace("kaz-test-statement", "kaz-test-monthly").replace("2014-08-29", "2020-12");
    CuratedFacts facts = load(monthly);
    assertThat(facts.count("RUS", "KAZ", Factor.TERRITORIAL_CLAIMS, LocalDate.of(2020, 12, 15)))
        .isEqualTo(OptionalInt.of(0));
    assertThat(facts.count("RUS", "KAZ", Factor.TERRITORIAL_CLAIMS, LocalDate.of(2020, 12, 31)))
        .isEqualTo(OptionalInt.of(1));
  }

  @Test
  void verifiedOnlyCountLeavesOutUnverifiedFacts() throws Exception {
    String unverified =
        FACT.replace("kaz-test-statement", "kaz-test-unverified")
            .replace("verified: true", "verified: false")
            .replace("verifiedBy: \"search corpus: https://example.org/a\"", "");
    CuratedFacts facts = load(FACT, unverified);
    assertThat(facts.count("RUS", "KAZ", Factor.TERRITORIAL_CLAIMS, END_2014))
        .isEqualTo(OptionalInt.of(2));
    assertThat(facts.count("RUS", "KAZ", Factor.TERRITORIAL_CLAIMS, END_2014, true))
        .isEqualTo(OptionalInt.of(1));
  }

  @Test
  void censusEntriesAreNotCountedAndNeedNoResearchRecord() throws Exception {
    CuratedFacts facts = load(CENSUS);
    assertThat(facts.facts()).hasSize(1);
    assertThat(facts.count("RUS", "KAZ", Factor.KIN_POPULATION, LocalDate.of(2026, 1, 1)))
        .isEmpty();
  }

  @Test
  void aCensusEntryBecomesAnObservation() throws Exception {
    List<Observation> obs = load(FACT, CENSUS).observations();
    assertThat(obs).hasSize(1);
    Observation o = obs.get(0);
    assertThat(o.country()).isEqualTo("KAZ");
    assertThat(o.indicator()).isEqualTo("ethnic_share");
    assertThat(o.key()).isEqualTo("Russian");
    assertThat(o.value()).isEqualTo(15.5);
    assertThat(o.unit()).isEqualTo("%");
    assertThat(o.refYear()).isEqualTo(2021);
    assertThat(o.edition()).isEqualTo(2022);
    assertThat(o.published()).isEqualTo(LocalDate.of(2022, 7, 31));
    assertThat(o.asKnown()).isTrue();
    assertThat(o.source().dataset()).isEqualTo("curated");
    assertThat(o.source().edition()).isEqualTo("curated/facts.yaml, published 2022-07");
    assertThat(o.source().field()).isEqualTo("kaz-test-census");
    assertThat(o.source().text())
        .isEqualTo("Statistics office, \"[brief census results]\", 2022-07");
    assertThat(o.note()).contains("NOT verified");
  }
}
