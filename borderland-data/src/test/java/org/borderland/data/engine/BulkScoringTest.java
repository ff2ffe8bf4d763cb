package org.borderland.data.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.RawValue;
import org.borderland.core.pipeline.Dataset;
import org.borderland.core.pipeline.Results;
import org.borderland.core.pipeline.Run;
import org.borderland.core.score.AllPairs;
import org.borderland.core.score.ModelPipeline;
import org.borderland.core.score.Quality;
import org.borderland.core.score.Scorer;
import org.borderland.core.score.Scoring;
import org.borderland.core.score.TargetResult;
import org.borderland.data.build.PanelLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scoring in bulk on the committed panel: the fast ranking equals the plain scoring (and the
 * scoring as first written) exactly, and scoring every pair does not depend on the thread count.
 */
class BulkScoringTest {
  private static Engine engine;
  private static Model essay;

  @BeforeAll
  static void load() throws Exception {
    Path root = PanelLocation.projectRoot().orElseThrow();
    engine = Engine.load(root.resolve("panel"), root.resolve("curated"));
    essay = engine.model("essay").model();
  }

  /**
   * The scoring as {@code Scorer.score} first computed it, before any speed work: the raw table's
   * transformed columns, the model pipeline over datasets, then each target's scores, rank and
   * quality looked up one by one.
   */
  private static List<TargetResult> asFirstWritten(Model model, RawTable raw) {
    Dataset.Builder b = Dataset.builder(raw.targets());
    Set<String> untreated = new HashSet<>();
    for (IndicatorSpec s : model.indicators()) {
      double[] column = raw.transformed(s);
      b.values(s.id(), column);
      Set<Double> seen = new HashSet<>();
      for (double v : column) {
        if (!Double.isNaN(v)) {
          seen.add(v);
        }
      }
      if (seen.size() < 3) {
        untreated.add(s.id());
      }
    }
    Run run = ModelPipeline.of(model, untreated).run(b.build(), Scorer.tree(model));
    Results results = run.results();
    Dataset imputed = run.datasets().get("Imputed");
    List<TargetResult> out = new ArrayList<>();
    for (String t : raw.targets()) {
      Map<String, Double> factors = new LinkedHashMap<>();
      for (FactorGroup f : model.factors()) {
        factors.put(f.id(), results.score(t, f.id()));
      }
      int filled = 0;
      int imp = 0;
      int missing = 0;
      int unverified = 0;
      for (IndicatorSpec s : model.indicators()) {
        RawValue v = raw.get(t, s.id());
        if (v.isFilled()) {
          filled++;
        } else if (imputed != null && !Double.isNaN(imputed.value(imputed.row(t), s.id()))) {
          imp++;
        } else {
          missing++;
        }
        if (v.unverified()) {
          unverified++;
        }
      }
      var rank = results.rank(t, Scoring.INDEX);
      out.add(
          new TargetResult(
              t,
              results.score(t, Scoring.INDEX),
              rank.isPresent() ? rank.getAsInt() : null,
              factors,
              new Quality(filled, imp, missing, unverified)));
    }
    out.sort(
        Comparator.comparing((TargetResult r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
            .thenComparing(TargetResult::target));
    return out;
  }

  private static RawTable raw(Scorer s, String aggressor, int year) {
    List<String> targets = engine.candidates(essay, aggressor, year, Optional.empty()).codes();
    return s.score(aggressor, year, targets).raw();
  }

  @Test
  void theFastRankingEqualsPlainScoringForRussiaIn2021And2025AndChinaIn2021() {
    Scorer s = engine.scorer(essay);
    for (Object[] ay : new Object[][] {{"RUS", 2021}, {"RUS", 2025}, {"CHN", 2021}}) {
      String a = (String) ay[0];
      int y = (Integer) ay[1];
      RawTable raw = raw(s, a, y);
      List<TargetResult> plain = s.score(raw).results();
      assertThat(s.ranking(raw)).as(a + " " + y).isEqualTo(plain);
      assertThat(asFirstWritten(essay, raw)).as(a + " " + y).isEqualTo(plain);
      List<String> targets = raw.targets();
      assertThat(engine.scorer(essay).ranking(a, y, targets)).isEqualTo(plain);
      assertThat(plain).hasSize(targets.size());
      assertThat(plain.get(0).rank()).isEqualTo(1);
    }
  }

  @Test
  void theFastRankingEqualsPlainScoringForEveryAggressorOfTwoYearsAgainstEveryState() {
    Scorer s = engine.scorer(essay);
    int tasks = 0;
    List<AllPairs.Task> all = new ArrayList<>(AllPairs.tasks(engine.registry(), 1995, 1995));
    all.addAll(AllPairs.tasks(engine.registry(), 2024, 2024));
    for (AllPairs.Task t : all) {
      Scoring plain = s.score(t.aggressor(), t.year(), t.targets());
      assertThat(s.ranking(plain.raw()))
          .as(t.aggressor() + " " + t.year())
          .isEqualTo(plain.results());
      tasks++;
    }
    assertThat(tasks).isGreaterThan(350);
  }

  @Test
  void everyPairTasksCoverTheRegistrysStatesOfEachYearWithoutTerritories() {
    List<AllPairs.Task> tasks = AllPairs.tasks(engine.registry(), 1991, 1992);
    List<String> in1992 =
        tasks.stream().filter(t -> t.year() == 1992).map(AllPairs.Task::aggressor).toList();
    assertThat(in1992).contains("RUS", "KAZ", "UKR", "TWN").doesNotContain("SUN", "GIB", "PRI");
    assertThat(tasks.stream().filter(t -> t.year() == 1991).map(AllPairs.Task::aggressor))
        .contains("SUN", "RUS");
    assertThat(in1992).isSorted();
    for (AllPairs.Task t : tasks) {
      long states = tasks.stream().filter(u -> u.year() == t.year()).count();
      assertThat(t.targets()).doesNotContain(t.aggressor()).hasSize((int) states - 1).isSorted();
    }
    assertThat(tasks.get(0).year()).isEqualTo(1991);
  }

  @Test
  void scoringEveryPairGivesTheSameResultsOnOneAndOnTwoThreads() {
    List<AllPairs.Task> tasks = new ArrayList<>();
    for (AllPairs.Task t : AllPairs.tasks(engine.registry(), 2021, 2021)) {
      if (tasks.size() < 9 || t.aggressor().equals("RUS") || t.aggressor().equals("CHN")) {
        tasks.add(t);
      }
    }
    tasks.addAll(AllPairs.tasks(engine.registry(), 1992, 1992).subList(0, 4));
    Scorer one = engine.scorer(essay);
    Scorer two = engine.scorer(essay);
    AllPairs.Outcome a =
        AllPairs.run(tasks, 1, t -> one.ranking(t.aggressor(), t.year(), t.targets()), true);
    AllPairs.Outcome b =
        AllPairs.run(tasks, 2, t -> two.ranking(t.aggressor(), t.year(), t.targets()), true);
    AllPairs.Outcome c =
        AllPairs.run(tasks, 3, t -> two.ranking(t.aggressor(), t.year(), t.targets()), true);
    assertThat(a.threads()).isEqualTo(1);
    assertThat(b.threads()).isEqualTo(2);
    assertThat(b.results()).isEqualTo(a.results());
    assertThat(c.results()).isEqualTo(a.results());
    assertThat(b.digests()).containsExactly(a.digests());
    assertThat(b.digest()).isEqualTo(a.digest());
    assertThat(a.rows()).isEqualTo(tasks.stream().mapToLong(t -> t.targets().size()).sum());
    assertThat(a.results()).allSatisfy(r -> assertThat(r).isNotEmpty());
    // The digest sees every figure: dropping one target changes it.
    assertThat(AllPairs.digest(a.results().get(0).subList(1, a.results().get(0).size())))
        .isNotEqualTo(a.digests()[0]);
  }
}
