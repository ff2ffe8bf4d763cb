package org.borderland.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Imputation;
import org.borderland.core.pipeline.Impute;
import org.borderland.core.pipeline.NormalisationSpec;
import org.borderland.core.pipeline.Ranks;
import org.borderland.core.pipeline.Results;
import org.junit.jupiter.api.Test;

class UncertaintyTest {
  private static Uncertainty.Result run(UncertaintySpec spec, long seed, int runs, int threads) {
    return Uncertainty.run(
        Fixtures.subject(), spec, new Uncertainty.Options(seed, runs, threads, null));
  }

  @Test
  void nominalIsThePipelinesOwnResultBitForBit() {
    Results r = Fixtures.pipeline().run(Fixtures.data(), Fixtures.tree()).results();
    double[] index = r.scores("Index");
    int[] ranks = Ranks.descending(index);
    Uncertainty.Result u = run(Fixtures.vignette(), 1, 10, 1);
    for (TargetStats t : u.targets()) {
      int row = r.units().indexOf(t.target());
      assertThat(t.index().nominal()).isEqualTo(index[row]);
      assertThat(t.nominal()).isEqualTo(ranks[row]);
    }
  }

  @Test
  void sameSeedSameResultOnOneOrSeveralThreads() {
    Uncertainty.Result one = run(Fixtures.vignette(), 42, 500, 1);
    Uncertainty.Result three = run(Fixtures.vignette(), 42, 500, 3);
    Uncertainty.Result again = run(Fixtures.vignette(), 42, 500, 2);
    assertThat(three).isEqualTo(one);
    assertThat(again).isEqualTo(one);
    assertThat(run(Fixtures.vignette(), 43, 500, 1)).isNotEqualTo(one);
  }

  @Test
  void ranksMoveAndTheirStatisticsAreOrdered() {
    Uncertainty.Result u = run(Fixtures.vignette(), 5, 400, 2);
    assertThat(u.targets()).hasSize(12);
    double spread = 0;
    double pFirst = 0;
    for (TargetStats t : u.targets()) {
      assertThat(t.q05()).isLessThanOrEqualTo(t.median());
      assertThat(t.median()).isLessThanOrEqualTo(t.q95());
      assertThat(t.mean()).isBetween(1.0, 12.0);
      assertThat(t.pTop3()).isGreaterThanOrEqualTo(t.pFirst());
      assertThat(t.index().q05()).isLessThanOrEqualTo(t.index().q95());
      spread += t.q95() - t.q05();
      pFirst += t.pFirst();
    }
    assertThat(spread).isGreaterThan(0);
    // Exactly one unit is first in each replication (ties aside): the shares add up to about 1.
    assertThat(pFirst).isBetween(0.99, 1.2);
    // Nominal order: best first.
    assertThat(u.targets().get(0).nominal()).isEqualTo(1);
  }

  @Test
  void aFixedFactorOfOneGivesTheCachedResultThroughTheUncachedPath() {
    UncertaintySpec cached = Fixtures.vignette();
    List<Input> with = new java.util.ArrayList<>(cached.inputs());
    with.add(new Input.DataRange("Data i1", "i1", 1, 1, List.of()));
    Uncertainty.Result a = run(cached, 9, 200, 2);
    Uncertainty.Result b = run(new UncertaintySpec(with), 9, 200, 2);
    assertThat(b.targets()).isEqualTo(a.targets());
  }

  @Test
  void dataRangeMovesOnlyTheUnitsNamed() {
    UncertaintySpec spec =
        new UncertaintySpec(List.of(new Input.DataRange("Data", "i1", 0.5, 1.5, List.of("U03"))));
    Uncertainty.Result u = run(spec, 3, 300, 2);
    TargetStats u03 = u.targets().stream().filter(t -> t.target().equals("U03")).findFirst().get();
    assertThat(u03.index().q95()).isGreaterThan(u03.index().q05());
  }

  @Test
  void weightNoiseWithFixedSetsDrawsFromThoseSets() {
    UncertaintySpec spec =
        new UncertaintySpec(List.of(new Input.WeightNoise("W", 0.25, List.of(1, 2), 3)));
    Uncertainty.Result u = run(spec, 3, 300, 2);
    // Three weight sets: at most three distinct index values per unit.
    for (TargetStats t : u.targets()) {
      assertThat(t.index().q05()).isLessThanOrEqualTo(t.index().median());
    }
    assertThat(u.failed()).isZero();
  }

  @Test
  void failingReplicationsAreCountedWithTheirReason() {
    // z-scores below zero meet the geometric mean: those replications fail; the rest are kept.
    UncertaintySpec spec =
        new UncertaintySpec(
            List.of(
                new Input.Normalisations(
                    "N", List.of(NormalisationSpec.zScore(0, 1), NormalisationSpec.minMax(1, 100))),
                new Input.Aggregations(
                    "A",
                    List.of(Aggregation.ARITHMETIC_MEAN, Aggregation.GEOMETRIC_MEAN),
                    List.of())));
    Uncertainty.Result u = run(spec, 11, 400, 2);
    assertThat(u.failed()).isBetween(60, 140); // a quarter of 400
    assertThat(u.failures()).hasSize(1);
    assertThat(u.failures().get(0).message()).contains("geometric mean needs positive values");
    assertThat(u.failures().get(0).count()).isEqualTo(u.failed());
    assertThat(u.targets().get(0).pFirst() + u.targets().get(1).pFirst()).isLessThanOrEqualTo(1.0);
  }

  @Test
  void everyReplicationFailingIsAnErrorWithTheReason() {
    UncertaintySpec spec =
        new UncertaintySpec(
            List.of(
                new Input.Normalisations("N", List.of(NormalisationSpec.zScore(0, 1))),
                new Input.Aggregations("A", List.of(Aggregation.GEOMETRIC_MEAN), List.of())));
    assertThatThrownBy(() -> run(spec, 1, 20, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("All 20 replications failed")
        .hasMessageContaining("geometric mean");
  }

  @Test
  void progressCountsEveryReplication() {
    AtomicInteger done = new AtomicInteger();
    Uncertainty.run(
        Fixtures.subject(),
        Fixtures.vignette(),
        new Uncertainty.Options(1, 333, 3, done::addAndGet));
    assertThat(done.get()).isEqualTo(333);
  }

  @Test
  void degenerateInputsSayWhatIsWrong() {
    assertThatThrownBy(() -> new Uncertainty.Options(1, 0, 1, null))
        .hasMessageContaining("at least 1 replication");
    assertThatThrownBy(() -> new Input.Winmax(null, 5, 1))
        .hasMessageContaining("min 5 is greater than max 1");
    assertThatThrownBy(() -> new Input.DataRange(null, "i1", 1.2, 0.8, List.of()))
        .hasMessageContaining("min 1.2 is greater than max 0.8");
    assertThatThrownBy(() -> new Input.WeightNoise(null, 0, List.of(), null))
        .hasMessageContaining("not in (0, 1]");
    assertThatThrownBy(() -> new UncertaintySpec(List.of()))
        .hasMessageContaining("No uncertain inputs");
    assertThatThrownBy(
            () ->
                new UncertaintySpec(
                    List.of(new Input.Winmax("X", 1, 2), new Input.Winmax("X", 1, 3))))
        .hasMessageContaining("Two inputs are named 'X'");
    assertThatThrownBy(
            () ->
                run(
                    new UncertaintySpec(List.of(new Input.DataRange(null, "i7", 1, 2, List.of()))),
                    1,
                    5,
                    1))
        .hasMessageContaining("unknown indicator 'i7'")
        .hasMessageContaining("did you mean i1?");
    assertThatThrownBy(
            () ->
                run(
                    new UncertaintySpec(
                        List.of(new Input.Models(null, List.of("fixture", "fixtur")))),
                    1,
                    5,
                    1))
        .hasMessageContaining("unknown model 'fixtur'")
        .hasMessageContaining("did you mean fixture?");
    assertThatThrownBy(
            () ->
                run(
                    new UncertaintySpec(
                        List.of(new Input.Imputations(null, List.of(Impute.groupMean("Region"))))),
                    1,
                    5,
                    1))
        .hasMessageContaining("needs group column 'Region'");
    assertThatThrownBy(
            () ->
                run(
                    new UncertaintySpec(
                        List.of(new Input.WeightNoise(null, 0.1, List.of(4), null))),
                    1,
                    5,
                    1))
        .hasMessageContaining("level 4 is not in the tree; its levels are 1 to 3");
  }

  @Test
  void imputationAlternativesAreUsed() {
    UncertaintySpec spec =
        new UncertaintySpec(
            List.of(
                new Input.Imputations(
                    null,
                    List.of(
                        new Impute(Imputation.NONE, null, null),
                        new Impute(Imputation.MEAN, null, null)))));
    Uncertainty.Result u = run(spec, 2, 100, 1);
    // U07 misses i4: its index moves when i4 is imputed.
    TargetStats u07 = u.targets().stream().filter(t -> t.target().equals("U07")).findFirst().get();
    assertThat(u07.index().q95()).isGreaterThan(u07.index().q05());
    assertThat(u.failed()).isZero();
  }
}
