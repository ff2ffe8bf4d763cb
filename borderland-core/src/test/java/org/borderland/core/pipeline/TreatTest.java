package org.borderland.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** COINr's outlier treatment: pass test, winsorising with ties, log fallback. */
class TreatTest {
  private static final double[] COINR = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100};

  @Test
  void passesWhenSkewOrKurtosisIsWithinItsThreshold() {
    Treat t = Treat.winsorise(5);
    assertThat(t.check(COINR).pass()).isFalse();
    assertThat(t.check(new double[] {1, 2, 3, 4, 5}).pass()).isTrue();
    // |skew| 1.85 < 2 passes although kurtosis 3.08 … and kurtosis below 3.5 alone passes too.
    assertThat(t.check(new double[] {1, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89}).pass()).isTrue();
    Treat strict = new Treat(5, 1.0, 3.5, Treat.Fallback.LOG_CT, Set.of());
    assertThat(strict.check(new double[] {1, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89}).pass())
        .isTrue();
    Treat stricter = new Treat(5, 1.0, 3.0, Treat.Fallback.LOG_CT, Set.of());
    assertThat(stricter.check(new double[] {1, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89}).pass())
        .isFalse();
  }

  @Test
  void winsorisesTheVignetteVectorByOnePoint() {
    // vignette("treat"): Treat(x, f1 = "winsorise", f1_para = list(winmax = 2)) moves 100 to 30.
    Treat.Outcome o = new Treat(2, 2, 3.5, Treat.Fallback.LOG_CT, Set.of()).treat("x", COINR);
    assertThat(o.winsorised()).isEqualTo(1);
    assertThat(o.values()[11]).isEqualTo(30);
    assertThat(o.points().get(11)).isEqualTo("winhi");
    assertThat(o.afterWinsorising().skewness()).isCloseTo(1.712038, within(5e-7));
    assertThat(o.afterWinsorising().pass()).isTrue();
    assertThat(o.logTransformed()).isFalse();
  }

  @Test
  void winsorisesTiedExtremesTogether() {
    double[] x = new double[22];
    for (int i = 0; i < 20; i++) {
      x[i] = i + 1;
    }
    x[20] = 500;
    x[21] = 500;
    Treat.Outcome o = Treat.winsorise(5).treat("x", x);
    assertThat(o.winsorised()).isEqualTo(2);
    assertThat(o.values()[20]).isEqualTo(20);
    assertThat(o.values()[21]).isEqualTo(20);
    assertThat(o.points().subList(19, 22)).containsExactly("", "winhi", "winhi");
  }

  @Test
  void winsorisesTheLowEndWhenSkewIsNegative() {
    double[] x = new double[COINR.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = -COINR[i];
    }
    Treat.Outcome o = Treat.winsorise(2).treat("x", x);
    assertThat(o.values()[11]).isEqualTo(-30);
    assertThat(o.points().get(11)).isEqualTo("winlo");
  }

  @Test
  void fallsBackToLogOfTheOriginalValuesWhenWinsorisingIsNotEnough() {
    double[] x = new double[23];
    for (int i = 0; i < 20; i++) {
      x[i] = i + 1;
    }
    x[20] = 200;
    x[21] = 400;
    x[22] = 800;
    Treat.Outcome o = Treat.winsorise(1).treat("x", x);
    assertThat(o.winsorised()).isEqualTo(1);
    assertThat(o.afterWinsorising().pass()).isFalse();
    assertThat(o.logTransformed()).isTrue();
    // log_CT: ln(x − min + 0.01 (max − min)) of the ORIGINAL values (800 is not winsorised first).
    assertThat(o.values()[22]).isCloseTo(Math.log(800 - 1 + 0.01 * 799), within(1e-12));
    assertThat(o.values()[0]).isCloseTo(Math.log(0.01 * 799), within(1e-12));
    Treat.Outcome keep = new Treat(1, 2, 3.5, Treat.Fallback.NONE, Set.of()).treat("x", x);
    assertThat(keep.logTransformed()).isFalse();
    assertThat(keep.values()[22]).isEqualTo(400);
  }

  @Test
  void leavesAConstantIndicatorUntreated() {
    Treat.Outcome o = Treat.winsorise(5).treat("x", new double[] {3, 3, 3, 3, 3});
    assertThat(o.initial().pass()).isNull();
    assertThat(o.values()).containsExactly(3, 3, 3, 3, 3);
  }

  @Test
  void stepSkipsListedIndicatorsAndNamesTheIndicatorThatHasTooFewValues() {
    Tree tree =
        Tree.of(
            java.util.List.of(
                Node.indicator("a", "i", 1, 1),
                Node.indicator("b", "i", 1, 1),
                Node.aggregate("i", 2, null, 1)));
    double[] b = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100};
    Dataset d =
        Dataset.builder(java.util.stream.IntStream.range(0, 12).mapToObj(i -> "u" + i).toList())
            .values("a", COINR)
            .values("b", b)
            .build();
    Dataset out = new Treat(5, 2, 3.5, Treat.Fallback.LOG_CT, Set.of("a")).apply(d, tree);
    assertThat(out.values("a")).containsExactly(COINR);
    assertThat(out.value(11, "b")).isEqualTo(30);
    Dataset few =
        Dataset.builder(java.util.List.of("p", "q", "r"))
            .values("a", new double[] {1, 2, 3})
            .values("b", new double[] {1, 2, 3})
            .build();
    assertThatThrownBy(() -> Treat.winsorise(5).apply(few, tree))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("Step 'treat': indicator 'a': Cannot compute kurtosis of 3 values");
  }
}
