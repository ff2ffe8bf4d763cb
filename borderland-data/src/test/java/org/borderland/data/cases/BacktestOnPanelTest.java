package org.borderland.data.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.indicator.RawCalculator;
import org.borderland.core.model.Candidates;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.Model;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.PanelIndex;
import org.borderland.core.score.Scorer;
import org.borderland.core.score.TargetResult;
import org.borderland.core.validation.Case;
import org.borderland.core.validation.CaseBacktest;
import org.borderland.core.validation.DyadYearBuilder;
import org.borderland.core.validation.LookAhead;
import org.borderland.core.validation.ModelVariants;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.curated.CuratedFacts;
import org.borderland.data.model.CuratedFactCounts;
import org.borderland.data.model.ModelFiles;
import org.borderland.data.registry.RegistryTables;
import org.borderland.data.store.PanelStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Backtests and validation features on the committed panel: nothing of a knowledge year rests on
 * what was published (or, for revised releases, what happened) after it, and every case appears. No
 * exact rank is pinned: ranks follow the data and change when it does.
 */
class BacktestOnPanelTest {
  private static Panel panel;
  private static CountryRegistry registry;
  private static CuratedCounts curated;
  private static Model essay;

  @BeforeAll
  static void load() throws Exception {
    Path root = PanelLocation.projectRoot().orElseThrow();
    panel = new Panel(PanelStore.read(root.resolve("panel")));
    registry = RegistryTables.standard();
    curated =
        new CuratedFactCounts(
            CuratedFacts.load(
                root.resolve("curated/facts.yaml"),
                root.resolve("curated/researched.yaml"),
                registry));
    essay = ModelFiles.load("essay", registry);
  }

  /** The panel as it stood at the end of {@code year}. */
  private static Panel knownBy(int year) {
    List<Observation> kept = new ArrayList<>();
    for (Observation o : panel.rows()) {
      if (LookAhead.violation(o, year) == null) {
        kept.add(o);
      }
    }
    return new Panel(kept);
  }

  private static List<TargetResult> rank(Panel p, Model m, int year) {
    PanelIndex index = p.index();
    Scorer s = new Scorer(m, new RawCalculator(m, index, curated, registry));
    List<String> codes = new Candidates(index, registry).of(m, "RUS", year).codes();
    return s.ranking("RUS", year, codes);
  }

  @Test
  void theStrictBacktestRanksAsThePanelCutAtTheKnowledgeYearWould() {
    Model asKnown = ModelVariants.asKnown(essay);
    for (int year : new int[] {2007, 2013}) {
      List<TargetResult> all = rank(panel, asKnown, year);
      List<TargetResult> cut = rank(knownBy(year), asKnown, year);
      assertThat(all)
          .extracting(TargetResult::target)
          .as("candidates and order in " + year)
          .containsExactlyElementsOf(cut.stream().map(TargetResult::target).toList());
      for (int i = 0; i < all.size(); i++) {
        assertThat(all.get(i).index()).as(all.get(i).target()).isEqualTo(cut.get(i).index());
      }
    }
  }

  @Test
  void validationFeaturesOfAYearAreThoseOfThePanelCutAtItsEnd() {
    DyadYearBuilder whole = new DyadYearBuilder(essay, panel.index(), registry);
    for (int year : new int[] {1995, 2013}) {
      DyadYearBuilder cut = new DyadYearBuilder(essay, knownBy(year).index(), registry);
      for (String a : List.of("RUS", "CHN", "USA", "GEO")) {
        List<String> targets = new ArrayList<>();
        for (var c : registry.all()) {
          if (c.isState() && c.existsIn(year) && !c.iso3().equals(a)) {
            targets.add(c.iso3());
          }
        }
        Map<String, double[]> f = whole.features(a, year, targets);
        Map<String, double[]> g = cut.features(a, year, targets);
        for (String col : whole.columnNames()) {
          assertThat(f.get(col)).as(a + " " + year + " " + col).containsExactly(g.get(col));
        }
      }
    }
  }

  @Test
  void everyShippedCaseAppearsAndMoldovaIsFlaggedNotCounted() throws Exception {
    List<Case> cases = CasesReader.read(CasesReader.defaultFile("Russia"), registry);
    Model asKnown = ModelVariants.asKnown(essay);
    List<CaseBacktest.CaseResult> out =
        CaseBacktest.run(cases, asKnown, (a, y) -> rank(panel, asKnown, y));
    assertThat(out).hasSize(cases.size());
    for (CaseBacktest.CaseResult r : out) {
      assertThat(r.rank())
          .as(r.backtestCase().id() + " is ranked among its candidates")
          .isNotNull()
          .isBetween(1, r.candidates());
      assertThat(r.top()).hasSize(5);
      assertThat(r.drivers()).isNotEmpty();
    }
    CaseBacktest.CaseResult moldova = out.get(0);
    assertThat(moldova.backtestCase().id()).isEqualTo("moldova-1992");
    assertThat(moldova.inSummary()).isFalse();
    assertThat(moldova.reason()).contains("published during the conflict");
    CaseBacktest.Summary s = CaseBacktest.summary(out);
    assertThat(s.scored()).isEqualTo(3);
    assertThat(s.meanRank()).isBetween(1.0, 30.0);
  }
}
