package org.borderland.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The faster internals answer exactly as the plain definitions they replace. */
class FastPathsTest {
  private static final double NA = Double.NaN;

  /** R's rank(-x, ties = "min"), spelled out: 1 + the number of values strictly greater. */
  private static int[] descendingByDefinition(double[] x) {
    int[] r = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        continue;
      }
      int above = 0;
      for (double v : x) {
        if (!Double.isNaN(v) && v > x[i]) {
          above++;
        }
      }
      r[i] = above + 1;
    }
    return r;
  }

  @Test
  void descendingRanksMatchTheDefinitionWithTiesMissingValuesSignedZerosAndInfinities() {
    double[] pool = {NA, 0.0, -0.0, 1, 1, 2.5, -3, Double.POSITIVE_INFINITY, -1e300, 7};
    Random rnd = new Random(42);
    for (int trial = 0; trial < 2000; trial++) {
      double[] x = new double[rnd.nextInt(12)];
      for (int i = 0; i < x.length; i++) {
        x[i] = rnd.nextBoolean() ? pool[rnd.nextInt(pool.length)] : rnd.nextInt(5) - 2;
      }
      assertThat(Ranks.descending(x))
          .as("%s", java.util.Arrays.toString(x))
          .containsExactly(descendingByDefinition(x));
    }
    assertThat(Ranks.descending(new double[] {-0.0, 0.0, NA, 0.0})).containsExactly(1, 1, 0, 1);
    assertThat(Ranks.descending(new double[] {3, 1, 3, 2})).containsExactly(1, 4, 1, 3);
  }

  @Test
  void rowLookupFindsEveryUnitAfterEachKindOfDerivationAndNamesAnAbsentOne() {
    Dataset d =
        Dataset.builder(List.of("u1", "u2", "u3"))
            .values("a", new double[] {1, 2, 3})
            .group("g", List.of("x", "y", "x"))
            .build();
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("b", new double[] {4, 5, 6});
    cols.put("a", new double[] {7, 8, 9});
    Dataset w = d.withValues(cols);
    assertThat(w.codes()).containsExactly("a", "b");
    assertThat(w.values("a")).containsExactly(7, 8, 9);
    assertThat(w.row("u3")).isEqualTo(2);
    Dataset r = d.withRows(new int[] {2, 0});
    assertThat(r.row("u3")).isZero();
    assertThat(r.row("u1")).isEqualTo(1);
    assertThat(r.withOnlyValues(java.util.Set.of("a")).row("u1")).isEqualTo(1);
    assertThatThrownBy(() -> r.row("u2")).hasMessageContaining("No unit 'u2'");
    Dataset panel =
        Dataset.builder(List.of("u1", "u1", "u2"))
            .times(new int[] {2020, 2021, 2021})
            .values("a", new double[] {1, 2, 3})
            .build();
    assertThat(panel.atTime(2021).row("u2")).isEqualTo(1);
    assertThatThrownBy(() -> panel.row("u1")).hasMessageContaining("panel");
  }

  @Test
  void withValuesOfSeveralColumnsEqualsAddingThemOneByOne() {
    Dataset d = StepsTest.data();
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("c", new double[] {9, 9, 9, 9});
    cols.put("z", new double[] {1, 2, 3, 4});
    cols.put("a", new double[] {0, 0, 0, 0});
    Dataset oneByOne = d;
    for (Map.Entry<String, double[]> e : cols.entrySet()) {
      oneByOne = oneByOne.withValues(e.getKey(), e.getValue());
    }
    assertThat(d.withValues(cols)).isEqualTo(oneByOne);
    assertThat(d.withValues(cols).codes()).containsExactly("a", "b", "c", "z");
    assertThatThrownBy(() -> d.withValues(Map.of("q", new double[] {1})))
        .hasMessageContaining("Column 'q' has 1 entries but the dataset has 4 rows");
  }

  @Test
  void imputeFillGivesTheColumnsApplyGivesForUngroupedMethods() {
    Tree tree = StepsTest.tree();
    Dataset d = StepsTest.data();
    for (Imputation m : List.of(Imputation.NONE, Imputation.MEAN, Imputation.MEDIAN)) {
      Impute step = new Impute(m, null, null);
      Dataset out = step.apply(d, tree);
      for (String code : tree.indicatorCodes()) {
        assertThat(step.fill(d.values(code))).as(m + " " + code).isEqualTo(out.values(code));
      }
    }
    assertThat(new Impute(Imputation.MEAN, null, null).fill(new double[] {NA, NA}))
        .containsExactly(NA, NA);
    assertThat(new Impute(Imputation.MEDIAN, null, null).fill(new double[] {1, NA, 4, 10}))
        .containsExactly(1, 4, 4, 10);
    assertThatThrownBy(() -> Impute.groupMean("region").fill(new double[] {1}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apply(data, tree)");
  }

  @Test
  void theTreesListsAreComputedOnceAndStayInOrder() {
    Tree t = StepsTest.tree();
    assertThat(t.indicatorCodes()).containsExactly("a", "b", "c");
    assertThat(t.aggregates()).extracting(Node::code).containsExactly("P", "Q", "I");
    assertThat(t.aggregatesTopDown()).extracting(Node::code).containsExactly("I", "P", "Q");
    assertThat(t.atLevel(2)).extracting(Node::code).containsExactly("P", "Q");
    assertThat(t.atLevel(9)).isEmpty();
    assertThat(t.indicatorCodes()).isSameAs(t.indicatorCodes());
    List<String> copy = new ArrayList<>(t.indicatorCodes());
    assertThatThrownBy(() -> t.indicatorCodes().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(t.indicatorCodes()).isEqualTo(copy);
  }

  @Test
  void skewnessAndKurtosisInOnePassEqualTheTwoComputedApartAndFailAsTheyDo() {
    Random rnd = new Random(7);
    for (int trial = 0; trial < 500; trial++) {
      double[] x = new double[4 + rnd.nextInt(30)];
      for (int i = 0; i < x.length; i++) {
        x[i] = rnd.nextInt(6) == 0 ? NA : Math.exp(3 * rnd.nextGaussian());
      }
      if (Moments.count(x) < 4) {
        continue;
      }
      double[] sk = Moments.skewnessAndKurtosis(x);
      assertThat(sk[0]).isEqualTo(Moments.skewness(x));
      assertThat(sk[1]).isEqualTo(Moments.kurtosis(x));
    }
    assertThat(Moments.skewnessAndKurtosis(new double[] {1, 1, 1, 1})[0]).isNaN();
    assertThatThrownBy(() -> Moments.skewnessAndKurtosis(new double[] {1, 2}))
        .hasMessage(catchMessage(() -> Moments.skewness(new double[] {1, 2})));
    assertThatThrownBy(() -> Moments.skewnessAndKurtosis(new double[] {1, 2, 4, NA}))
        .hasMessage(catchMessage(() -> Moments.kurtosis(new double[] {1, 2, 4, NA})));
  }

  private static String catchMessage(Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("no exception");
  }
}
