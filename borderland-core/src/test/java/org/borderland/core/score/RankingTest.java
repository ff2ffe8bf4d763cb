package org.borderland.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.Definition;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.MissingFactors;
import org.borderland.core.model.Model;
import org.borderland.core.model.ModelStep;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.RawValue;
import org.borderland.core.model.Sourcing;
import org.borderland.core.model.Transform;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.Source;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Dataset;
import org.borderland.core.pipeline.Imputation;
import org.borderland.core.pipeline.NormalisationSpec;
import org.borderland.core.pipeline.Run;
import org.junit.jupiter.api.Test;

/**
 * {@link Scorer#ranking} (the pipeline on plain columns) gives exactly what {@link Scorer#score}
 * (the pipeline through its datasets) gives, on random raw tables with missing values, outliers
 * that need winsorising or the log fallback, flags that are never treated, and every imputation,
 * normalisation and aggregation a model file can name.
 */
class RankingTest {
  private static final Sourcing ANY = Sourcing.of("x");
  private static final Definition DEF = new Definition.TargetValue("x", "");

  private static IndicatorSpec spec(
      String id, String factor, int direction, Transform t, double w) {
    return new IndicatorSpec(id, id, factor, DEF, direction, t, w, "u", false, ANY, null, "");
  }

  private static Model model(List<ModelStep> pipeline, Aggregation index) {
    return new Model(
        "t",
        "T",
        "",
        Map.of(),
        List.of(
            new FactorGroup("f1", "F1", "", 1, Aggregation.ARITHMETIC_MEAN, false),
            new FactorGroup("f2", "F2", "", 2, Aggregation.GEOMETRIC_MEAN, false),
            new FactorGroup("f3", "F3", "", 1, Aggregation.HARMONIC_MEAN, false)),
        List.of(
            spec("a", "f1", 1, new Transform.Identity(), 1),
            spec("b", "f1", -1, new Transform.Log(1), 2),
            spec("flag", "f1", 1, new Transform.Identity(), 1),
            spec("c", "f2", 1, new Transform.Cap(0, 50), 1),
            spec("d", "f2", -1, new Transform.Identity(), 1),
            spec("e", "f3", 1, new Transform.InvertedU(10, 2), 1),
            spec("g", "f3", 1, new Transform.Identity(), 3)),
        index,
        pipeline);
  }

  private static Scorer scorer(Model m) {
    CountryRegistry registry =
        new CountryRegistry(
            List.of(
                new Country("RUS", "Russia", "Russia", Country.Kind.STATE, 1991, null, null, "")),
            List.of());
    return new Scorer(m, new Panel(List.of()), CuratedCounts.none(), registry);
  }

  private static final Observation UNVERIFIED =
      new Observation(
          "KAZ",
          "curated_fact",
          "f",
          1.0,
          "fact",
          2020,
          2020,
          LocalDate.of(2020, 1, 1),
          true,
          new Source("curated", "curated/facts.yaml", "fact-1", "cited"),
          "NOT verified");

  /** A random raw table: a fifth missing, lognormal values with rare huge outliers, a 0/1 flag. */
  private static RawTable table(Model m, Random rnd, int n) {
    List<String> targets = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      targets.add(String.format("T%02d", t));
    }
    RawValue[][] cells = new RawValue[n][m.indicators().size()];
    for (int t = 0; t < n; t++) {
      for (int i = 0; i < cells[t].length; i++) {
        String id = m.indicators().get(i).id();
        if (rnd.nextInt(5) == 0) {
          cells[t][i] = RawValue.missing("u", "not known");
          continue;
        }
        double v =
            id.equals("flag")
                ? rnd.nextInt(2)
                : Math.exp(rnd.nextGaussian()) * (rnd.nextInt(15) == 0 ? 1000 : 1);
        List<Observation> src = rnd.nextInt(7) == 0 ? List.of(UNVERIFIED) : List.of();
        cells[t][i] = RawValue.filled(v, "u", src, "");
      }
    }
    return new RawTable(m.id(), "RUS", 2020, targets, m.indicatorIds(), cells);
  }

  /**
   * Both paths on random tables: equal rankings, or the same failure (an indicator with fewer than
   * four values left after its transform cannot be checked for outliers); most tables must score.
   */
  private static void assertSame(Model m, long seed, int tables) {
    Scorer s = scorer(m);
    Random rnd = new Random(seed);
    int scored = 0;
    for (int k = 0; k < tables; k++) {
      RawTable raw = table(m, rnd, 6 + rnd.nextInt(40));
      List<TargetResult> plain;
      try {
        Scoring scoring = s.score(raw);
        plain = scoring.results();
        // The datasets an explanation reads, built from the columns, are those the pipeline makes
        // step by step through datasets (a rerun of the run's log on its Raw dataset).
        Run run = scoring.run();
        Run stepByStep = run.rerun(run.dataset("Raw"));
        assertThat(run.datasets().keySet())
            .as("table %d", k)
            .containsExactlyElementsOf(stepByStep.datasets().keySet());
        assertThat(run.datasets()).as("table %d", k).isEqualTo(stepByStep.datasets());
        assertThat(run.log()).isEqualTo(stepByStep.log());
      } catch (RuntimeException e) {
        assertThatThrownBy(() -> s.ranking(raw))
            .as("table %d", k)
            .isInstanceOf(e.getClass())
            .hasMessage(e.getMessage());
        continue;
      }
      assertThat(s.ranking(raw)).as("table %d", k).isEqualTo(plain);
      // Again from what the scorer kept of the same table: no step may have written into it.
      assertThat(s.ranking(raw)).as("table %d, second ranking", k).isEqualTo(plain);
      assertThat(s.score(raw).results()).as("table %d, second score", k).isEqualTo(plain);
      scored++;
    }
    assertThat(scored).isGreaterThan(tables * 9 / 10);
  }

  @Test
  void rankingEqualsScoreWithTheEssayPipeline() {
    assertSame(
        model(
            List.of(
                new ModelStep.Impute(Imputation.NONE),
                ModelStep.Treat.winsorise(5),
                new ModelStep.Normalise(NormalisationSpec.minMax(1, 100)),
                new ModelStep.Aggregate(Aggregation.ARITHMETIC_MEAN)),
            Aggregation.ARITHMETIC_MEAN),
        1,
        300);
  }

  @Test
  void rankingEqualsScoreWithMeanAndMedianImputationZScoresAndRanks() {
    assertSame(
        model(
            List.of(
                new ModelStep.Impute(Imputation.MEAN),
                new ModelStep.Treat(2, 1.5, 3),
                new ModelStep.Normalise(NormalisationSpec.rank()),
                new ModelStep.Aggregate(Aggregation.ARITHMETIC_MEAN)),
            Aggregation.GEOMETRIC_MEAN),
        2,
        200);
    assertSame(
        model(
            List.of(
                new ModelStep.Impute(Imputation.MEDIAN),
                new ModelStep.Normalise(NormalisationSpec.zScore(10, 1)),
                new ModelStep.Aggregate(Aggregation.ARITHMETIC_MEAN)),
            Aggregation.ARITHMETIC_MEAN),
        3,
        200);
  }

  private static final List<ModelStep> ESSAY_STEPS =
      List.of(
          new ModelStep.Impute(Imputation.NONE),
          ModelStep.Treat.winsorise(5),
          new ModelStep.Normalise(NormalisationSpec.minMax(1, 100)),
          new ModelStep.Aggregate(Aggregation.ARITHMETIC_MEAN));

  private static Model withMissing(Model m, MissingFactors missing) {
    return new Model(
        m.id(),
        m.name(),
        m.description(),
        m.aggressors(),
        m.factors(),
        m.indicators(),
        m.indexAggregation(),
        m.pipeline(),
        missing);
  }

  @Test
  void neutralMissingFactorsAndAMinimumCoverageGiveTheSameRankingOnBothPaths() {
    Model m =
        withMissing(
            model(ESSAY_STEPS, Aggregation.ARITHMETIC_MEAN),
            new MissingFactors(MissingFactors.Policy.NEUTRAL, 3));
    assertSame(m, 7, 300);
  }

  @Test
  void aNeutralMissingFactorCountsAtItsMeanOverTheTargetsThatHaveIt() {
    Model reweight = model(ESSAY_STEPS, Aggregation.ARITHMETIC_MEAN);
    Model neutral = withMissing(reweight, new MissingFactors(MissingFactors.Policy.NEUTRAL, 0));
    Random rnd = new Random(8);
    int checked = 0;
    for (int k = 0; k < 40 && checked < 5; k++) {
      RawTable raw = table(neutral, rnd, 30);
      Scoring n;
      Scoring r;
      try {
        n = scorer(neutral).score(raw);
        r = scorer(reweight).score(raw);
      } catch (RuntimeException e) {
        continue; // too few values to treat: not this test's subject
      }
      Dataset last = n.run().last();
      double[] f3 = last.values("f3");
      double sum = 0;
      int present = 0;
      for (double v : f3) {
        if (!Double.isNaN(v)) {
          sum += v;
          present++;
        }
      }
      double mean = sum / present;
      for (TargetResult t : n.results()) {
        int row = last.row(t.target());
        double s1 = last.value(row, "f1");
        double s2 = last.value(row, "f2");
        double s3 = last.value(row, "f3");
        if (Double.isNaN(s1) || Double.isNaN(s2) || !Double.isNaN(s3)) {
          continue;
        }
        // Weights f1 = 1, f2 = 2, f3 = 1: f3 keeps its weight at the mean of the others' f3.
        assertThat(t.index()).isCloseTo((s1 + 2 * s2 + mean) / 4, within(1e-9));
        double reweighted =
            r.results().stream()
                .filter(x -> x.target().equals(t.target()))
                .findFirst()
                .orElseThrow()
                .index();
        assertThat(reweighted).isCloseTo((s1 + 2 * s2) / 3, within(1e-9));
        assertThat(t.coverage()).isEqualTo(new Coverage(2, 3));
        assertThat(t.factors().get("f3")).isNaN(); // the factor itself stays missing
        checked++;
      }
    }
    assertThat(checked).as("targets missing only f3").isPositive();
  }

  @Test
  void aTargetWithFewerFactorsThanTheMinimumIsListedButNotRanked() {
    Model m =
        withMissing(
            model(ESSAY_STEPS, Aggregation.ARITHMETIC_MEAN),
            new MissingFactors(MissingFactors.Policy.REWEIGHT, 3));
    Random rnd = new Random(9);
    int unranked = 0;
    for (int k = 0; k < 60; k++) {
      RawTable raw = table(m, rnd, 30);
      List<TargetResult> results;
      try {
        results = scorer(m).ranking(raw);
      } catch (RuntimeException e) {
        continue;
      }
      int expected = 1;
      for (TargetResult t : results) {
        if (t.coverage().present() < 3) {
          assertThat(t.rank()).as(t.target()).isNull();
          unranked++;
        } else if (t.rank() != null) {
          assertThat(t.rank()).isLessThanOrEqualTo(expected);
          expected++;
        }
      }
    }
    assertThat(unranked).as("targets below the minimum").isPositive();
  }

  @Test
  void withoutAnImputeStepNothingCountsAsImputedOnEitherPath() {
    Model m =
        model(
            List.of(
                new ModelStep.Normalise(NormalisationSpec.minMax(1, 100)),
                new ModelStep.Aggregate(Aggregation.ARITHMETIC_MEAN)),
            Aggregation.HARMONIC_MEAN);
    assertSame(m, 4, 100);
    RawTable raw = table(m, new Random(5), 30);
    assertThat(scorer(m).ranking(raw)).allSatisfy(r -> assertThat(r.quality().imputed()).isZero());
  }

  @Test
  void aFailingStepFailsBothPathsWithTheSameMessage() {
    // Min-max onto [0, 100] puts a 0 into the geometric and harmonic factors.
    Model m =
        model(
            List.of(
                new ModelStep.Normalise(NormalisationSpec.minMax(0, 100)),
                new ModelStep.Aggregate(Aggregation.ARITHMETIC_MEAN)),
            Aggregation.ARITHMETIC_MEAN);
    Scorer s = scorer(m);
    RawTable raw = table(m, new Random(6), 20);
    Throwable plain = org.assertj.core.api.Assertions.catchThrowable(() -> s.score(raw));
    assertThat(plain).hasMessageContaining("Step 'aggregate'");
    assertThatThrownBy(() -> s.ranking(raw))
        .isInstanceOf(plain.getClass())
        .hasMessage(plain.getMessage());
  }

  @Test
  void distinctTellsSignedZerosApartAsDoubleEqualsDoes() {
    assertThat(Scorer.distinct(new double[] {0.0, -0.0, Double.NaN})).isEqualTo(2);
    assertThat(Scorer.distinct(new double[] {1, 1, Double.NaN, 1})).isEqualTo(1);
    assertThat(Scorer.distinct(new double[] {1, 2, 3, 4, 5})).isEqualTo(3);
    assertThat(Scorer.distinct(new double[] {})).isZero();
  }

  @Test
  void factorScoresBehaveAsAnUnmodifiableLinkedMapOfTheSameEntries() {
    Map<String, Double> f =
        new FactorScores(List.of("b", "a", "c"), new double[] {2.5, Double.NaN, -0.0});
    Map<String, Double> linked = new java.util.LinkedHashMap<>();
    linked.put("b", 2.5);
    linked.put("a", Double.NaN);
    linked.put("c", -0.0);
    assertThat(f).isEqualTo(linked).hasSameHashCodeAs(linked);
    assertThat(linked).isEqualTo(f);
    assertThat(f.toString()).isEqualTo(linked.toString());
    assertThat(f.keySet()).containsExactly("b", "a", "c");
    assertThat(f.get("a")).isNaN();
    assertThat(f.get("z")).isNull();
    assertThat(f.containsKey("c")).isTrue();
    assertThat(f).isNotEqualTo(Map.of("b", 2.5, "a", Double.NaN, "c", 0.0));
    assertThatThrownBy(() -> f.put("d", 1.0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> f.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(f::clear).isInstanceOf(UnsupportedOperationException.class);
    TargetResult r = new TargetResult("KAZ", 1, 1, f, new Quality(1, 0, 0, 0));
    assertThat(r.factors()).isSameAs(f);
    assertThat(r).isEqualTo(new TargetResult("KAZ", 1, 1, linked, new Quality(1, 0, 0, 0)));
    linked.put("z", 1.0);
    assertThat(new TargetResult("KAZ", 1, 1, linked, new Quality(1, 0, 0, 0)).factors())
        .as("other maps are still copied")
        .containsKey("z")
        .isNotSameAs(linked);
  }
}
