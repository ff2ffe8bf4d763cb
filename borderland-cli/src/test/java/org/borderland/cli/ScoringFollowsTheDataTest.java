package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.borderland.core.model.Candidates;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.Model;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.score.Scorer;
import org.borderland.core.score.Scoring;
import org.borderland.core.score.TargetResult;
import org.borderland.data.curated.CuratedFacts;
import org.borderland.data.engine.Engine;
import org.borderland.data.model.CuratedFactCounts;
import org.borderland.data.model.ModelFiles;
import org.borderland.data.registry.RegistryTables;
import org.borderland.data.store.PanelStore;
import org.junit.jupiter.api.Test;

/** No conclusion is fixed in code: change a source figure and the ranking moves. */
class ScoringFollowsTheDataTest {
  @Test
  void changingKazakhstansSourceFiguresChangesItsRank() throws Exception {
    var registry = RegistryTables.standard();
    List<Observation> rows = PanelStore.read(SharedData.committedPanel());
    Model model = ModelFiles.load("essay", registry);
    var dir = Engine.defaultCuratedDir();
    CuratedCounts curated =
        new CuratedFactCounts(
            CuratedFacts.load(dir.resolve("facts.yaml"), dir.resolve("researched.yaml"), registry));

    Panel panel = new Panel(rows);
    List<String> candidates =
        new Candidates(panel.index(), registry).of(model, "RUS", 2021).codes();
    Scoring before = new Scorer(model, panel, curated, registry).score("RUS", 2021, candidates);
    TargetResult kaz = before.result("KAZ").orElseThrow();

    // As if the 2021 edition had printed no Russians, no Russian speakers and a 70 km border.
    List<Observation> edited = new ArrayList<>();
    for (Observation o : rows) {
      boolean kazakh2021 =
          o.country().equals("KAZ")
              && o.edition() == 2021
              && o.source().dataset().equals("factbook-archive");
      if (kazakh2021
          && (o.indicator().equals("ethnic_share") || o.indicator().equals("language_share"))
          && o.key().equals("Russian")) {
        edited.add(
            new Observation(
                o.country(),
                o.indicator(),
                o.key(),
                0.0,
                o.unit(),
                o.refYear(),
                o.edition(),
                o.published(),
                o.asKnown(),
                o.source(),
                "edited by the test"));
      } else if (kazakh2021 && o.indicator().equals("land_border_km") && o.key().equals("RUS")) {
        edited.add(
            new Observation(
                o.country(),
                o.indicator(),
                o.key(),
                70.0,
                o.unit(),
                o.refYear(),
                o.edition(),
                o.published(),
                o.asKnown(),
                o.source(),
                "edited by the test"));
      } else {
        edited.add(o);
      }
    }
    Scoring after =
        new Scorer(model, new Panel(edited), curated, registry).score("RUS", 2021, candidates);
    TargetResult kaz2 = after.result("KAZ").orElseThrow();

    assertThat(kaz2.factors().get("kin_population"))
        .isLessThan(kaz.factors().get("kin_population"));
    assertThat(kaz2.index()).isLessThan(kaz.index());
    assertThat(kaz2.rank()).isGreaterThan(kaz.rank());
  }
}
