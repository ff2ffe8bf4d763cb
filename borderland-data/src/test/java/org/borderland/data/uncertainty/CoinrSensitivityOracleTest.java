package org.borderland.data.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.NormalisationSpec;
import org.borderland.core.pipeline.Pipeline;
import org.borderland.core.uncertainty.CoinrVariant;
import org.borderland.core.uncertainty.Input;
import org.borderland.core.uncertainty.Sensitivity;
import org.borderland.core.uncertainty.Subject;
import org.borderland.core.uncertainty.TargetStats;
import org.borderland.core.uncertainty.Uncertainty;
import org.borderland.core.uncertainty.UncertaintySpec;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.coinr.CoinrInput;
import org.borderland.data.coinr.CoinrReader;
import org.borderland.data.coinr.PipelineFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyses against COINr's published results on its full ASEM example ({@code
 * build_example_coin()}, reproduced by {@code examples/coinr-asem-example.yaml}) with the
 * sensitivity vignette's four assumptions: winmax uniform on 1–5; min-max onto [1, 100] or z-score
 * (mean 10, sd 2); ±25 % noise on the weights at levels 2 and 3, as one of 100 noisy weight sets;
 * arithmetic or geometric mean. COINr's files come from {@code N = 100}: {@code
 * published_UA_results_RankStats.csv} from 100 replications, {@code published_SA_results_*} from
 * 600 (N = 100, d = 4), its rank statistics from the 200 runs of A and B, and 100 bootstrap
 * replications.
 *
 * <p>Equality is impossible: COINr draws from R's Mersenne Twister, its noisy weight sets are its
 * own, and each published figure is one draw of a statistic with Monte Carlo error. So the test
 * compares distributions: it runs the same analysis at the same {@code N} with K different seeds (K
 * = 300 for the uncertainty analysis, 150 for the sensitivity analysis), which gives the sampling
 * distribution of each statistic under our implementation, and requires each published figure to
 * lie within 4 standard deviations of that distribution's mean. Under a normal approximation a
 * correct implementation exceeds 4 standard deviations with probability 6·10⁻⁵ per figure, about 3
 * % over the 51 × 4 + 51 × 4 + 8 figures compared. Rank statistics are discrete, so they get a
 * slack on top: half a rank for the mean rank, one rank for the median and the 5th and 95th
 * percentiles, which jump by a whole rank when the distribution's quantile falls near the boundary
 * between two ranks, a jump our runs' standard deviation misses when they rarely cross it. (LAO's
 * median over COINr's 200 SA runs is 49 where ours is 48 in all but a few of 150 analyses: its rank
 * sits where 48 gives way to 49; COINr's SA sample is on the high side, mean 48.335 against our
 * 48.08, 2.8 standard errors, while COINr's UA sample gives 48.15.) That the tolerance still has
 * teeth is tested: the same comparison with the aggregation choice left out (arithmetic mean only)
 * puts dozens of figures outside it.
 */
class CoinrSensitivityOracleTest {
  private static Path oracle;
  private static Subject asem;

  @BeforeAll
  static void read() throws Exception {
    String prop = System.getProperty("borderland.shared");
    Path shared = prop == null ? Path.of("..", "..", "shared") : Path.of(prop);
    oracle = shared.resolve("oracles").resolve("coinr-asem");
    assumeTrue(
        Files.isRegularFile(oracle.resolve("published_UA_results_RankStats.csv")),
        "COINr oracle not found at " + oracle + "; skipping the reference tests");
    CoinrInput in =
        CoinrReader.read(
            oracle.resolve("ASEM_iData.csv"), oracle.resolve("ASEM_iMeta.csv"), Optional.empty());
    Path example =
        PanelLocation.projectRoot().orElseThrow().resolve("examples/coinr-asem-example.yaml");
    Pipeline p = PipelineFile.read(example, in.tree());
    asem = Subject.of(new CoinrVariant("asem", in.dataset(), in.tree(), p));
  }

  /** COINr's sensitivity vignette's {@code SA_specs}. */
  static UncertaintySpec vignette() {
    return new UncertaintySpec(
        List.of(
            new Input.Winmax("Winmax", 1, 5),
            new Input.Normalisations(
                "Normalisation",
                List.of(NormalisationSpec.minMax(1, 100), NormalisationSpec.zScore(10, 2))),
            new Input.WeightNoise("Weights", 0.25, List.of(2, 3), 100),
            new Input.Aggregations(
                "Aggregation",
                List.of(Aggregation.ARITHMETIC_MEAN, Aggregation.GEOMETRIC_MEAN),
                List.of())));
  }

  /** A published CSV: first column → the numbers of the other columns. */
  private static Map<String, double[]> published(String file) throws Exception {
    Map<String, double[]> out = new HashMap<>();
    List<String> lines = Files.readAllLines(oracle.resolve(file));
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.replace("\"", "").split(",");
      double[] v = new double[f.length - 1];
      for (int i = 1; i < f.length; i++) {
        v[i - 1] = Double.parseDouble(f[i]);
      }
      out.put(f[0], v);
    }
    return out;
  }

  /** Mean and standard deviation of K values. */
  private static double[] meanSd(double[] x) {
    double m = 0;
    for (double v : x) {
      m += v;
    }
    m /= x.length;
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return new double[] {m, Math.sqrt(s / (x.length - 1))};
  }

  private static double[] stats(TargetStats t) {
    return new double[] {t.mean(), t.median(), t.q05(), t.q95()};
  }

  /**
   * Compares each unit's Mean, Median, Q5 and Q95 with K analyses; prints a summary and returns the
   * figures outside the tolerance.
   */
  private static List<String> compareRankStats(
      Map<String, double[]> pub, List<List<TargetStats>> runs, String what) {
    String[] names = {"Mean", "Median", "Q5", "Q95"};
    double worst = 0;
    List<String> off = new ArrayList<>();
    for (Map.Entry<String, double[]> e : pub.entrySet()) {
      String unit = e.getKey();
      double[] p = e.getValue(); // Nominal, Mean, Median, Q5, Q95
      double[][] byStat = new double[4][runs.size()];
      Integer nominal = null;
      for (int k = 0; k < runs.size(); k++) {
        TargetStats t =
            runs.get(k).stream().filter(x -> x.target().equals(unit)).findFirst().orElseThrow();
        nominal = t.nominal();
        double[] s = stats(t);
        for (int i = 0; i < 4; i++) {
          byStat[i][k] = s[i];
        }
      }
      assertThat(nominal).as("%s nominal rank", unit).isEqualTo((int) p[0]);
      for (int i = 0; i < 4; i++) {
        double[] ms = meanSd(byStat[i]);
        double diff = Math.abs(p[i + 1] - ms[0]);
        double slack = i == 0 ? 0.5 : 1;
        double tol = 4 * ms[1] + slack;
        if (ms[1] > 0) {
          worst = Math.max(worst, Math.max(0, diff - slack) / ms[1]);
        }
        if (diff > tol) {
          off.add(
              String.format(
                  Locale.ROOT,
                  "%s %s: COINr %.2f, ours %.2f ± %.2f",
                  unit,
                  names[i],
                  p[i + 1],
                  ms[0],
                  ms[1]));
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %d of %d figures outside 4 SD + slack; largest (|diff| − slack)/SD %.2f%n",
        what,
        off.size(),
        pub.size() * 4,
        worst);
    return off;
  }

  private static List<List<TargetStats>> uncertainty(UncertaintySpec spec, int k) {
    List<List<TargetStats>> runs = new ArrayList<>();
    for (int s = 1; s <= k; s++) {
      Uncertainty.Result r = Uncertainty.run(asem, spec, new Uncertainty.Options(s, 100, 2, null));
      assertThat(r.failed()).isZero();
      runs.add(r.targets());
    }
    return runs;
  }

  @Test
  void uncertaintyRankStatisticsAgreeWithCoinrWithinMonteCarloError() throws Exception {
    Map<String, double[]> pub = published("published_UA_results_RankStats.csv");
    assertThat(pub).hasSize(51);
    assertThat(compareRankStats(pub, uncertainty(vignette(), 300), "UA, N = 100, K = 300"))
        .as("figures outside the tolerance")
        .isEmpty();
  }

  @Test
  void theComparisonFailsAnAnalysisThatLeavesAnAssumptionOut() throws Exception {
    Map<String, double[]> pub = published("published_UA_results_RankStats.csv");
    List<Input> three = new ArrayList<>(vignette().inputs().subList(0, 3)); // no aggregation
    assertThat(
            compareRankStats(
                pub, uncertainty(new UncertaintySpec(three), 100), "UA without the aggregation"))
        .hasSizeGreaterThan(20);
  }

  @Test
  void sensitivityIndicesAndRankStatisticsAgreeWithCoinrWithinMonteCarloError() throws Exception {
    Map<String, double[]> pubIdx = published("published_SA_results_Sensitivity.csv");
    Map<String, double[]> pubRanks = published("published_SA_results_RankStats.csv");
    int k = 150;
    List<String> names = vignette().names();
    double[][] si = new double[names.size()][k];
    double[][] sti = new double[names.size()][k];
    List<List<TargetStats>> ranks = new ArrayList<>();
    for (int s = 0; s < k; s++) {
      Sensitivity.Result r =
          Sensitivity.run(
              asem, vignette(), new Sensitivity.Options(1000 + s, 100, 0, null, 2, null));
      assertThat(r.runs()).isEqualTo(600);
      assertThat(r.rowsUsed()).isEqualTo(100);
      for (int i = 0; i < names.size(); i++) {
        si[i][s] = r.inputs().get(i).si();
        sti[i][s] = r.inputs().get(i).sti();
      }
      ranks.add(r.targets());
    }
    List<String> off = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      double[] p = pubIdx.get(names.get(i)); // Si, STi, Si_q5, Si_q95, STi_q5, STi_q95
      double[] a = meanSd(si[i]);
      double[] b = meanSd(sti[i]);
      System.out.printf(
          Locale.ROOT,
          "SA %s: Si COINr %.3f, ours at N = 100 %.3f ± %.3f (z %.2f); STi COINr %.3f, ours %.3f"
              + " ± %.3f (z %.2f)%n",
          names.get(i),
          p[0],
          a[0],
          a[1],
          (p[0] - a[0]) / a[1],
          p[1],
          b[0],
          b[1],
          (p[1] - b[0]) / b[1]);
      if (Math.abs(p[0] - a[0]) > 4 * a[1]) {
        off.add(names.get(i) + " Si");
      }
      if (Math.abs(p[1] - b[0]) > 4 * b[1]) {
        off.add(names.get(i) + " STi");
      }
    }
    assertThat(off).as("indices outside 4 SD").isEmpty();
    assertThat(compareRankStats(pubRanks, ranks, "SA rank statistics (2N = 200 runs), K = 150"))
        .as("figures outside the tolerance")
        .isEmpty();
  }
}
