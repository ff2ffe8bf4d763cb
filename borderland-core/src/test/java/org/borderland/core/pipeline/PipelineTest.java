package org.borderland.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs, logs and replays (COINr's Regen). */
class PipelineTest {
  /** Eight units, enough for the treatment's kurtosis; u8 lacks most data. */
  static Dataset data() {
    double na = Double.NaN;
    return Dataset.builder(List.of("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8"))
        .values("a", new double[] {10, 20, na, 40, 12, 14, 90, na})
        .values("b", new double[] {1, na, 3, 4, 2, 2, 5, 6})
        .values("c", new double[] {0, 5, 2, 1, 3, 4, 800, na})
        .group("region", java.util.Arrays.asList("x", "x", "y", null, "y", "x", "y", "x"))
        .denominator("pop", new double[] {2, 1, 5, 8, 2, 2, 3, 1})
        .build();
  }

  private static Pipeline example() {
    return Pipeline.of(
        Denominate.byTree(),
        Impute.groupMean("region"),
        Screen.byMissing(0.5),
        Treat.winsorise(5),
        Normalise.all(NormalisationSpec.minMax(0, 100)),
        Aggregate.all(Aggregation.ARITHMETIC_MEAN));
  }

  @Test
  void runKeepsEveryDatasetByCoinrName() {
    Run run = example().run(data(), StepsTest.tree());
    assertThat(run.datasets().keySet())
        .containsExactly(
            "Raw", "Denominated", "Imputed", "Screened", "Treated", "Normalised", "Aggregated");
    assertThat(run.dataset("Raw")).isEqualTo(data());
    assertThatThrownBy(() -> run.dataset("Weighted")).hasMessageContaining("this run made [Raw,");
  }

  @Test
  void theLogReplaysToTheSameResults() {
    Pipeline p = example();
    List<StepRecord> log = p.log();
    assertThat(log.get(1)).hasToString("impute(method=group-mean, group=region)");
    assertThat(Pipeline.fromLog(log)).isEqualTo(p);
    Run a = p.run(data(), StepsTest.tree());
    Run b = Pipeline.fromLog(a.log()).run(data(), StepsTest.tree());
    assertThat(b.last()).isEqualTo(a.last());
  }

  @Test
  void everyStepRoundTripsThroughItsRecord() {
    List<Step> steps =
        List.of(
            new Denominate(Map.of("b", "pop"), Map.of("b", 1000.0)),
            new Impute(Imputation.CARRY_FORWARD, null, 2),
            new Screen(
                UnitScreen.MISSING_OR_ZEROS,
                0.8,
                0.1,
                java.util.Set.of("u1"),
                java.util.Set.of("u2")),
            new Treat(null, 2.25, 3.5, Treat.Fallback.NONE, java.util.Set.of("c")),
            new Normalise(
                NormalisationSpec.zScore(10, 2),
                Map.of("a", NormalisationSpec.goalposts(0, 50, 100))),
            new Aggregate(Aggregation.GEOMETRIC_MEAN, Map.of("I", Aggregation.HARMONIC_MEAN), 0.5),
            new SelectTime(2021));
    for (Step s : steps) {
      assertThat(Step.fromRecord(s.record())).as(s.name()).isEqualTo(s);
    }
  }

  @Test
  void changingOneParameterChangesTheResult() {
    Pipeline p = Pipeline.simple();
    Pipeline upTo10 = p.withParameter("normalise", "parameters", List.of(0.0, 10.0));
    Results r100 = p.run(data(), StepsTest.tree()).results();
    Results r10 = upTo10.run(data(), StepsTest.tree()).results();
    assertThat(r10.score("u1", "P")).isEqualTo(r100.score("u1", "P") / 10);
    assertThatThrownBy(() -> p.withParameter("treat", "winmax", 1))
        .hasMessageContaining("no step 'treat'");
    assertThatThrownBy(() -> p.withParameter("normalise", "method", "minmax"))
        .hasMessageContaining("parameter 'method' is minmax; expected one of [min-max, z-score");
  }

  @Test
  void resultsRankEveryAggregateAndOrderByTheTopOne() {
    Results r = Pipeline.simple().run(data(), StepsTest.tree()).results();
    assertThat(r.aggregateCodes()).containsExactly("I", "P", "Q");
    int[] ranks = r.ranks("I");
    int[] order = r.order();
    for (int k = 1; k < order.length; k++) {
      assertThat(ranks[order[k]]).isGreaterThanOrEqualTo(ranks[order[k - 1]]);
    }
    assertThat(r.rank(r.units().get(order[0]), "I")).hasValue(1);
  }

  @Test
  void aTreeIndicatorMissingFromTheDataIsNamed() {
    Dataset d = Dataset.builder(List.of("u")).values("a", new double[] {1}).build();
    assertThatThrownBy(() -> Pipeline.simple().run(d, StepsTest.tree()))
        .hasMessageContaining(
            "indicator 'b' of the tree has no column in the data; the data has [a]");
  }
}
