package org.borderland.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Denominate, impute, screen, aggregate and select on small literal fixtures. */
class StepsTest {
  private static final double NA = Double.NaN;

  /** a, b → P; c → Q; P, Q → I (Q weighted 3). a is denominated by pop. */
  static Tree tree() {
    return Tree.of(
        List.of(
            new Node("a", "", 1, "P", 1, 1, null, "pop", NA, ""),
            Node.indicator("b", "P", 1, -1),
            Node.indicator("c", "Q", 1, 1),
            Node.aggregate("P", 2, "I", 1),
            Node.aggregate("Q", 2, "I", 3),
            Node.aggregate("I", 3, null, 1)));
  }

  static Dataset data() {
    return Dataset.builder(List.of("u1", "u2", "u3", "u4"))
        .values("a", new double[] {10, 20, NA, 40})
        .values("b", new double[] {1, NA, 3, 4})
        .values("c", new double[] {0, 5, NA, NA})
        .group("region", Arrays.asList("x", "x", "y", null))
        .denominator("pop", new double[] {2, 0, 5, NA})
        .build();
  }

  @Test
  void denominateDividesByTheTreeDenominatorAndMakesZeroOrMissingDenominatorsMissing() {
    Dataset d = Denominate.byTree().apply(data(), tree());
    assertThat(d.values("a")).containsExactly(5, NA, NA, NA);
    assertThat(d.values("b")).containsExactly(data().values("b"));
    Dataset scaled = new Denominate(Map.of("b", "pop"), Map.of("b", 1000.0)).apply(data(), tree());
    assertThat(scaled.value(0, "b")).isEqualTo(500);
    assertThat(scaled.values("a")).containsExactly(data().values("a"));
    assertThatThrownBy(() -> new Denominate(Map.of("b", "area"), Map.of()).apply(data(), tree()))
        .hasMessageContaining("no such denominator column (it has [pop])");
  }

  @Test
  void imputeByGroupMeanFillsFromTheUnitsGroupAndLeavesUnitsWithoutAGroup() {
    Dataset d = Impute.groupMean("region").apply(data(), tree());
    assertThat(d.values("b")).containsExactly(1, 1, 3, 4);
    assertThat(d.values("a")).containsExactly(10, 20, NA, 40); // group y has no other a
    assertThat(d.values("c")).containsExactly(0, 5, NA, NA);
    assertThatThrownBy(() -> Impute.groupMean("continent").apply(data(), tree()))
        .hasMessageContaining("no group column 'continent'; the data's group columns are [region]");
  }

  @Test
  void imputeByMeanAndMedianUseAllUnits() {
    Dataset mean = new Impute(Imputation.MEAN, null, null).apply(data(), tree());
    assertThat(mean.value(2, "a")).isCloseTo(70.0 / 3, within(1e-12));
    Dataset median = new Impute(Imputation.MEDIAN, null, null).apply(data(), tree());
    assertThat(median.value(2, "a")).isEqualTo(20);
    assertThat(median.value(2, "c")).isEqualTo(2.5);
  }

  @Test
  void carryForwardTakesTheLatestEarlierValueWithinMaxTime() {
    Tree t = Tree.of(List.of(Node.indicator("x", "I", 1, 1), Node.aggregate("I", 2, null, 1)));
    Dataset panel =
        Dataset.builder(List.of("A", "A", "A", "B", "B"))
            .times(new int[] {2019, 2020, 2021, 2019, 2021})
            .values("x", new double[] {1, NA, NA, 7, NA})
            .build();
    assertThat(Impute.carryForward(null).apply(panel, t).values("x"))
        .containsExactly(1, 1, 1, 7, 7);
    // One time point back: A 2021 looks at 2020 only (missing there); B 2021 has no 2020 row.
    assertThat(Impute.carryForward(1).apply(panel, t).values("x")).containsExactly(1, 1, NA, 7, NA);
    Dataset y2021 = new SelectTime(2021).apply(Impute.carryForward(null).apply(panel, t), t);
    assertThat(y2021.units()).containsExactly("A", "B");
    assertThat(y2021.hasTime()).isFalse();
    assertThatThrownBy(() -> Impute.carryForward(null).apply(data(), tree()))
        .hasMessageContaining("carry-forward needs panel data");
  }

  @Test
  void screenDropsUnitsStrictlyBelowTheThresholdUnlessForced() {
    // availability: u1 3/3, u2 2/3, u3 1/3, u4 2/3
    assertThat(Screen.byMissing(2.0 / 3).apply(data(), tree()).units())
        .containsExactly("u1", "u2", "u4");
    assertThat(Screen.byMissing(0.9).apply(data(), tree()).units()).containsExactly("u1");
    Screen forced = new Screen(UnitScreen.MISSING, 0.9, 0.05, Set.of("u3"), Set.of("u1"));
    assertThat(forced.apply(data(), tree()).units()).containsExactly("u3");
    // u1 has one zero in three values: non-zero share 2/3 < 0.7
    Screen zeros = new Screen(UnitScreen.ZEROS, 0, 0.7, Set.of(), Set.of());
    assertThat(zeros.apply(data(), tree()).units()).containsExactly("u2", "u3", "u4");
    // As COINr: 1 − missing/k (so 1 − 1/3, a hair above 2/3).
    assertThat(Screen.availability(data(), tree()))
        .containsExactly(1, 1 - 1.0 / 3, 1 - 2.0 / 3, 1 - 1.0 / 3);
  }

  @Test
  void aggregateSkipsMissingChildrenRescalesWeightsAndUsesPerNodeMethods() {
    Dataset n = data().withValues("b", new double[] {1, NA, 3, 4});
    Dataset d = Aggregate.all(Aggregation.ARITHMETIC_MEAN).apply(n, tree());
    assertThat(d.codes()).containsExactly("a", "b", "c", "P", "Q", "I");
    assertThat(d.values("P")).containsExactly(5.5, 20, 3, 22);
    assertThat(d.values("Q")).containsExactly(0, 5, NA, NA);
    // I = (1·P + 3·Q)/4, or P alone when Q is missing
    assertThat(d.values("I")).containsExactly(5.5 / 4, (20 + 15) / 4.0, 3, 22);
    Aggregate geoTop =
        new Aggregate(Aggregation.ARITHMETIC_MEAN, Map.of("P", Aggregation.GEOMETRIC_MEAN), 0);
    assertThat(geoTop.apply(n, tree()).value(0, "P")).isCloseTo(Math.sqrt(10), within(1e-12));
    Tree own = tree().with(tree().node("P").withAggregation(Aggregation.HARMONIC_MEAN));
    assertThat(Aggregate.all(Aggregation.ARITHMETIC_MEAN).apply(n, own).value(0, "P"))
        .isCloseTo(2 / 1.1, within(1e-12));
    Aggregate half = new Aggregate(Aggregation.ARITHMETIC_MEAN, Map.of(), 0.75);
    assertThat(half.apply(n, tree()).values("P")).containsExactly(5.5, NA, NA, 22);
  }

  @Test
  void aggregateNamesTheNodeAndUnitWhenAValueIsNotAllowed() {
    assertThatThrownBy(() -> Aggregate.all(Aggregation.GEOMETRIC_MEAN).apply(data(), tree()))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("aggregate 'Q' (geometric-mean) for unit 'u1'")
        .hasMessageContaining("positive values but one is 0.0");
  }

  @Test
  void ranksAreRankMinusXWithTiesMin() {
    assertThat(Ranks.descending(new double[] {5, 9, 5, NA, 1})).containsExactly(2, 1, 2, 0, 4);
  }

  @Test
  void stepsLeaveTheirInputUnchanged() {
    Dataset before = data();
    Dataset copy = data();
    for (Step s :
        List.<Step>of(
            Denominate.byTree(),
            Impute.groupMean("region"),
            Screen.byMissing(0.5),
            Normalise.all(NormalisationSpec.minMax(0, 1)),
            Aggregate.all(Aggregation.ARITHMETIC_MEAN))) {
      s.apply(before, tree());
    }
    assertThat(before).isEqualTo(copy);
  }

  @Test
  void treeRejectsBadStructureWithTheNodeNamed() {
    assertThatThrownBy(
            () -> Tree.of(List.of(Node.indicator("a", "Z", 1, 1), Node.aggregate("I", 2, null, 1))))
        .hasMessageContaining("Node 'a' has parent 'Z', which is not in the tree");
    assertThatThrownBy(
            () ->
                Tree.of(
                    List.of(
                        Node.indicator("a", "I", 1, 1),
                        Node.aggregate("P", 2, "I", 1),
                        Node.aggregate("I", 3, null, 1))))
        .hasMessageContaining("parent 'I' at level 3; a parent must be exactly one level up");
    assertThatThrownBy(
            () ->
                Tree.of(
                    List.of(
                        Node.indicator("a", "I", 1, 1),
                        Node.indicator("a", "I", 1, 1),
                        Node.aggregate("I", 2, null, 1))))
        .hasMessageContaining("Code 'a' appears twice");
    assertThatThrownBy(() -> Node.indicator("a", "I", 1, 0)).hasMessageContaining("direction 0");
    assertThatThrownBy(() -> Node.indicator("a", "I", -1, 1)).hasMessageContaining("weight -1.0");
  }
}
