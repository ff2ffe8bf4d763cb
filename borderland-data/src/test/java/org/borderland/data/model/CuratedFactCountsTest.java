package org.borderland.data.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.panel.Observation;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.curated.CuratedFacts;
import org.borderland.data.curated.Factor;
import org.borderland.data.curated.ResearchedScope;
import org.borderland.data.registry.RegistryTables;
import org.junit.jupiter.api.Test;

/** The core's curated counts give the same answers as the curated files' own counts. */
class CuratedFactCountsTest {
  private static CuratedFacts committed() throws Exception {
    Path dir = PanelLocation.projectRoot().orElseThrow().resolve("curated");
    return CuratedFacts.load(
        dir.resolve("facts.yaml"), dir.resolve("researched.yaml"), RegistryTables.standard());
  }

  @Test
  void countsAgreeWithTheCuratedFilesForEveryResearchedTripleAndYear() throws Exception {
    CuratedFacts facts = committed();
    CuratedCounts counts = new CuratedFactCounts(facts);
    int compared = 0;
    for (ResearchedScope s : facts.researched()) {
      for (int year = 1990; year <= 2026; year++) {
        OptionalInt expected =
            facts.count(s.aggressor(), s.target(), s.factor(), LocalDate.of(year, 12, 31));
        Optional<CuratedCounts.Count> actual =
            counts.count(s.aggressor(), s.target(), s.factor().id(), year);
        if (!s.coversYear(year)) {
          assertThat(actual).as("%s outside %d–%d", year, s.from(), s.to()).isEmpty();
          continue;
        }
        assertThat(actual).isPresent();
        assertThat(actual.get().facts()).isEqualTo(expected.getAsInt());
        assertThat(actual.get().sources()).hasSize(expected.getAsInt());
        assertThat(actual.get().scope()).isEqualTo(s.scope());
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void kazakhstansLeaderRelationsAreKnownForTheYearResearchedOnly() throws Exception {
    CuratedCounts counts = new CuratedFactCounts(committed());
    assertThat(counts.count("RUS", "KAZ", "leader_relations", 2022).orElseThrow().facts())
        .isPositive();
    assertThat(counts.count("RUS", "KAZ", "leader_relations", 2021)).isEmpty();
    assertThat(counts.count("RUS", "KAZ", "leader_relations", 2023)).isEmpty();
    assertThat(counts.researched("RUS", "KAZ", "leader_relations"))
        .contains(
            new CuratedCounts.Period(
                2022,
                2022,
                counts.researched("RUS", "KAZ", "leader_relations").orElseThrow().scope()));
    assertThat(counts.researched("RUS", "POL", "leader_relations")).isEmpty();
  }

  @Test
  void anUnresearchedTripleHasNoCountAndEachFactIsCited() throws Exception {
    CuratedCounts counts = new CuratedFactCounts(committed());
    assertThat(counts.count("RUS", "POL", "leader_relations", 2021)).isEmpty();
    CuratedCounts.Count kaz = counts.count("RUS", "KAZ", "territorial_claims", 2021).orElseThrow();
    assertThat(kaz.facts()).isPositive();
    Observation first = kaz.sources().get(0);
    assertThat(first.source().dataset()).isEqualTo("curated");
    assertThat(first.source().field()).isEqualTo("kaz-zhirinovsky-ekho-2005");
    assertThat(first.key()).isEqualTo(Factor.TERRITORIAL_CLAIMS.id());
    assertThat(first.published()).isEqualTo(LocalDate.of(2005, 1, 17));
    assertThat(counts.count("RUS", "KAZ", "territorial_claims", 2005).orElseThrow().facts())
        .isEqualTo(1);
    // Researched from 2005: before it, nobody looked, so the count is unknown, not 0.
    assertThat(counts.count("RUS", "KAZ", "territorial_claims", 2004)).isEmpty();
    assertThat(counts.researched("RUS", "KAZ", "territorial_claims"))
        .hasValueSatisfying(p -> assertThat(p.from()).isEqualTo(2005));
    assertThatThrownBy(() -> counts.count("RUS", "KAZ", "territorial", 2021))
        .hasMessageContaining("allowed: kin_population");
  }
}
