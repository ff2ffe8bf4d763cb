package org.borderland.data.coinr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderland.core.pipeline.Dataset;
import org.borderland.core.pipeline.Pipeline;
import org.borderland.core.pipeline.Ranks;
import org.borderland.core.pipeline.Results;
import org.borderland.core.pipeline.Run;
import org.borderland.core.pipeline.Treat;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.importer.CsvFile;
import org.borderland.data.importer.CsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline against COINr 1.1.14 on its ASEM example: the simple build to 1e-9 ({@code
 * shared/oracles/coinr-asem/expected_simple_build.csv}), and {@code build_example_coin()} to the
 * precision COINr's documentation prints (the "Presenting Results" and "Outlier treatment"
 * vignettes). Skipped when the shared directory is absent.
 */
class CoinrOracleTest {
  private static final List<String> COLUMNS =
      List.of(
          "Index",
          "Conn",
          "Sust",
          "Physical",
          "ConEcFin",
          "Political",
          "Instit",
          "P2P",
          "Environ",
          "Social",
          "SusEcFin");
  private static CoinrInput asem;
  private static Path oracle;

  @BeforeAll
  static void read() throws Exception {
    String prop = System.getProperty("borderland.shared");
    Path shared = prop == null ? Path.of("..", "..", "shared") : Path.of(prop);
    oracle = shared.resolve("oracles").resolve("coinr-asem");
    assumeTrue(
        Files.isRegularFile(oracle.resolve("ASEM_iData.csv")),
        "COINr oracle not found at " + oracle + "; skipping the reference tests");
    asem =
        CoinrReader.read(
            oracle.resolve("ASEM_iData.csv"), oracle.resolve("ASEM_iMeta.csv"), Optional.empty());
  }

  @Test
  void readsTheAsemExample() {
    assertThat(asem.dataset().rows()).isEqualTo(51);
    assertThat(asem.tree().indicators()).hasSize(49);
    assertThat(asem.tree().aggregatesTopDown().stream().map(n -> n.code()).toList())
        .isEqualTo(COLUMNS);
    assertThat(asem.dataset().groupNames())
        .containsExactly("GDP_group", "GDPpc_group", "Pop_group", "EurAsia_group");
    assertThat(asem.dataset().denominatorNames())
        .containsExactly("Area", "Energy", "GDP", "Population");
    assertThat(asem.dataset().hasTime()).isFalse();
  }

  @Test
  void simpleBuildMatchesCoinrToOneInABillion() throws Exception {
    Results r = Pipeline.simple().run(asem.dataset(), asem.tree()).results();
    int[] order = r.order();
    int n = 0;
    try (CsvFile csv = CsvFile.open("oracle", oracle.resolve("expected_simple_build.csv"))) {
      assertThat(csv.header().subList(1, 12)).isEqualTo(COLUMNS);
      for (CsvRecord rec = csv.next(); rec != null; rec = csv.next()) {
        String unit = rec.get(0);
        assertThat(r.units().get(order[n])).as("row %d", n + 1).isEqualTo(unit);
        for (int c = 0; c < COLUMNS.size(); c++) {
          String code = COLUMNS.get(c);
          assertThat(r.score(unit, code))
              .as("%s %s", unit, code)
              .isCloseTo(rec.number(1 + c), within(1e-9));
          assertThat(r.rank(unit, code)).as("%s %s rank", unit, code).hasValue(rec.integer(12 + c));
        }
        n++;
      }
    }
    assertThat(n).isEqualTo(51);
  }

  private static Run example() throws Exception {
    Path file =
        PanelLocation.projectRoot().orElseThrow().resolve("examples/coinr-asem-example.yaml");
    return PipelineFile.read(file, asem.tree()).run(asem.dataset(), asem.tree());
  }

  /** {@code head(get_results(coin, dset = "Aggregated", tab_type = "Aggs"))}, as printed. */
  @Test
  void fullExampleMatchesTheResultsVignetteTopSix() throws Exception {
    String[] printed = {
      "CHE 1 68.38 62.79 73.98 63.41 32.87 74.78 85.94 56.93 77.21 87.85 56.88",
      "NLD 2 64.82 61.94 67.70 64.87 46.62 84.55 71.74 41.92 58.73 86.58 57.78",
      "DNK 3 64.80 57.10 72.51 50.52 30.43 78.13 75.35 51.04 69.83 86.40 61.29",
      "NOR 4 64.47 57.44 71.50 58.18 25.70 80.03 89.46 33.80 70.90 87.00 56.59",
      "BEL 5 63.54 63.99 63.09 71.97 48.22 80.84 75.60 43.32 53.01 86.17 50.09",
      "SWE 6 63.00 53.87 72.12 51.51 23.87 80.98 74.51 38.50 66.37 87.74 62.27"
    };
    Results r = example().results();
    int[] order = r.order();
    for (int k = 0; k < printed.length; k++) {
      String[] f = printed[k].split(" ");
      assertThat(r.units().get(order[k])).isEqualTo(f[0]);
      assertThat(r.rank(f[0], "Index")).hasValue(Integer.parseInt(f[1]));
      for (int c = 0; c < COLUMNS.size(); c++) {
        assertPrinted(r.score(f[0], COLUMNS.get(c)), f[2 + c], f[0] + " " + COLUMNS.get(c));
      }
    }
  }

  /** {@code get_unit_summary(coin, usel = "IND", Levels = c(4, 3, 2))}, as printed. */
  @Test
  void fullExampleMatchesTheUnitSummaryOfIndia() throws Exception {
    String[] printed = {
      "39.79 45",
      "28.60 44",
      "50.99 43",
      "18.78 48",
      "6.38 49",
      "51.90 33",
      "59.84 37",
      "6.07 47",
      "75.34 6",
      "22.74 51",
      "54.88 36"
    };
    Results r = example().results();
    assertThat(r.units()).hasSize(51); // Social rank 51: nobody was screened out
    for (int c = 0; c < COLUMNS.size(); c++) {
      String[] f = printed[c].split(" ");
      assertPrinted(r.score("IND", COLUMNS.get(c)), f[0], "IND " + COLUMNS.get(c));
      assertThat(r.rank("IND", COLUMNS.get(c))).as(COLUMNS.get(c)).hasValue(Integer.parseInt(f[1]));
    }
  }

  /**
   * {@code get_results(…, use_group = "GDPpc_group", use = "groupranks")} for the XL and L groups,
   * as printed, with the overall Index rank shown as the row name.
   */
  @Test
  void fullExampleMatchesTheGroupRanksOfTheVignette() throws Exception {
    String[] printed = {
      "XL CHE 1 1 2 1 3 5 8 2 2 1 1 8",
      "XL NLD 2 2 3 6 2 4 2 10 6 8 4 7",
      "XL DNK 3 3 6 2 8 6 6 6 5 3 5 5",
      "XL NOR 4 4 5 4 4 8 4 1 11 2 3 10",
      "XL SWE 6 5 10 3 7 10 3 8 10 5 2 3",
      "XL AUT 7 6 7 5 11 7 5 4 4 4 9 2",
      "L BEL 5 1 1 2 1 2 4 7 3 10 1 9",
      "L MLT 10 2 2 5 3 1 12 4 1 2 10 3",
      "L SVN 11 3 4 1 2 6 9 6 5 5 3 2",
      "L GBR 15 4 3 3 4 8 5 5 7 3 2 8",
      "L CZE 17 5 5 4 9 5 8 10 6 12 9 1",
      "L ESP 19 6 7 7 7 10 2 3 9 6 6 10"
    };
    Results r = example().results();
    Dataset d = r.data();
    List<String> group = d.group("GDPpc_group");
    for (String line : printed) {
      String[] f = line.split(" ");
      assertThat(group.get(d.row(f[1]))).isEqualTo(f[0]);
      assertThat(r.rank(f[1], "Index")).hasValue(Integer.parseInt(f[2]));
      for (int c = 0; c < COLUMNS.size(); c++) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < d.rows(); i++) {
          if (f[0].equals(group.get(i))) {
            members.add(i);
          }
        }
        double[] x = r.scores(COLUMNS.get(c));
        double[] sub = members.stream().mapToDouble(i -> x[i]).toArray();
        int[] ranks = Ranks.descending(sub);
        int rank = ranks[members.indexOf(d.row(f[1]))];
        assertThat(rank).as("%s %s", f[1], COLUMNS.get(c)).isEqualTo(Integer.parseInt(f[3 + c]));
      }
    }
  }

  /**
   * {@code Treat(coin, dset = "Raw")} and then with {@code winmax = 1}: {@code
   * coin$Analysis$Treated$Dets_Table}, as printed by the "Outlier treatment" vignette: initial skew
   * and kurtosis, points winsorised, after-winsorising skew and kurtosis, log fallback.
   */
  @Test
  void treatmentMatchesTheDetailsTableOfTheTreatVignette() {
    String[] printed = {
      "LPI TRUE -0.3042681 -0.6567514",
      "Flights FALSE 2.1032872 4.5088794 1 1.900658 3.336065",
      "Ship TRUE -0.5756680 -0.6814795",
      "Bord FALSE 2.1482360 5.7914905 1 1.899211 4.346298",
      "Elec FALSE 2.2252736 5.7910268 1 1.717744 2.586062",
      "Gas FALSE 2.8294486 10.3346494 1 1.602518 1.525576",
      "ConSpeed TRUE 0.4622037 0.1873214",
      "Cov4G TRUE -1.3725191 0.5419314",
      "Goods FALSE 2.6499733 8.2666095 2 1.140608 0.1572047",
      "Services TRUE 1.7010849 2.3756557"
    };
    List<Treat.Outcome> outcomes = Treat.winsorise(5).outcomes(asem.dataset(), asem.tree());
    for (String line : printed) {
      String[] f = line.split(" ");
      Treat.Outcome o =
          outcomes.stream().filter(x -> x.code().equals(f[0])).findFirst().orElseThrow();
      assertThat(o.initial().pass()).as(f[0]).isEqualTo(Boolean.parseBoolean(f[1].toLowerCase()));
      assertPrinted(o.initial().skewness(), f[2], f[0] + " skew");
      assertPrinted(o.initial().kurtosis(), f[3], f[0] + " kurt");
      if (f.length > 4) {
        assertThat(o.winsorised()).as(f[0] + " nwin").isEqualTo(Integer.parseInt(f[4]));
        assertPrinted(o.afterWinsorising().skewness(), f[5], f[0] + " skew after");
        assertPrinted(o.afterWinsorising().kurtosis(), f[6], f[0] + " kurt after");
        assertThat(o.logTransformed()).isFalse();
      }
    }
    // winmax = 1: Goods fails after one point (2.469910, 7.087309), so log_CT of the original:
    // skew 0.03104001, kurtosis -0.8888965.
    Treat one = new Treat(1, 2, 3.5, Treat.Fallback.LOG_CT, Set.of());
    Treat.Outcome goods =
        one.outcomes(asem.dataset(), asem.tree()).stream()
            .filter(x -> x.code().equals("Goods"))
            .findFirst()
            .orElseThrow();
    assertThat(goods.winsorised()).isEqualTo(1);
    assertPrinted(goods.afterWinsorising().skewness(), "2.469910", "Goods skew after 1");
    assertPrinted(goods.afterWinsorising().kurtosis(), "7.087309", "Goods kurt after 1");
    assertThat(goods.logTransformed()).isTrue();
    assertPrinted(goods.afterLog().skewness(), "0.03104001", "Goods skew after log");
    assertPrinted(goods.afterLog().kurtosis(), "-0.8888965", "Goods kurt after log");
    assertThat(goods.afterLog().pass()).isTrue();
  }

  @Test
  void changingWinmaxChangesTheFullExampleAsRegenWould() throws Exception {
    Run run = example();
    Run one =
        Pipeline.fromLog(run.log())
            .withParameter("treat", "winmax", 1)
            .run(asem.dataset(), asem.tree());
    Run same = Pipeline.fromLog(run.log()).run(asem.dataset(), asem.tree());
    assertThat(same.last()).isEqualTo(run.last());
    assertThat(one.results().score("CHE", "Index"))
        .isNotEqualTo(run.results().score("CHE", "Index"));
  }

  /** {@code actual} rounded to as many decimals as {@code printed} has equals it. */
  private static void assertPrinted(double actual, String printed, String what) {
    BigDecimal p = new BigDecimal(printed);
    BigDecimal a = new BigDecimal(actual).setScale(Math.max(p.scale(), 0), RoundingMode.HALF_EVEN);
    assertThat(a.compareTo(p)).as("%s: %s printed, %s computed", what, printed, actual).isZero();
  }
}
