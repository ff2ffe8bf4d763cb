package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code borderland bench}: each benchmark runs on the committed panel and prints its figures. */
class BenchCommandTest {
  private static CliRunner bench(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "bench";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--panel";
    all[args.length + 2] = SharedData.committedPanel().toString();
    return CliRunner.run(all);
  }

  @Test
  void rankPrintsTheColdRunAndWarmFiguresForOneAggressorYear() {
    CliRunner r = bench("rank", "--aggressor", "RUS", "--year", "2022", "--runs", "3");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("rank: RUS 2022, model essay, 30 default candidates")
        .contains("cores, JVM flags")
        .contains("first ranking (cold JVM):")
        .containsPattern("warm, new scorer each run: min [0-9.]+ ms, median [0-9.]+ ms")
        .contains("over 2 runs")
        .contains("warm, one scorer reused:");
  }

  @Test
  void allPairsScoresEveryOrderedPairOfStatesOfTheYearsAndPrintsTheSameDigestOnAnyThreadCount() {
    CliRunner one = bench("all-pairs", "--years", "1992", "--threads", "1");
    CliRunner two = bench("all-pairs", "--years", "1992", "--threads", "2");
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(two.exitCode()).as(two.err()).isZero();
    Matcher m =
        Pattern.compile("([0-9,]+) aggressor-years.*\\n(?s).*run 1 \\(cold JVM\\): ([0-9,]+) dyad")
            .matcher(one.out());
    assertThat(m.find()).as(one.out()).isTrue();
    long states = Long.parseLong(m.group(1).replace(",", ""));
    assertThat(Long.parseLong(m.group(2).replace(",", ""))).isEqualTo(states * (states - 1));
    assertThat(two.out()).contains("2 threads").contains("CPU").contains("GC");
    assertThat(digest(two.out())).isEqualTo(digest(one.out()));
  }

  private static String digest(String out) {
    Matcher m = Pattern.compile("digest ([0-9a-f]{16})").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return m.group(1);
  }

  @Test
  void shieldPrintsTheColdGraphAndTheWarmShielding() {
    CliRunner r = bench("shield", "--aggressor", "RUS", "--year", "2025", "--runs", "3");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("shield: RUS 2025, land graph; no transit through CHN, IRN or NATO members")
        .containsPattern("border graph 2025: 198 states, [0-9]+ land and [0-9]+ sea-only edges")
        .contains("first build (cold JVM")
        .containsPattern(
            "shielding of all 197 other states \\([0-9]+ reachable\\), warm: median [0-9.]+ ms,"
                + " p90 [0-9.]+ ms")
        .contains("gateway indicator call (30 default candidates)");
  }

  @Test
  void panelLoadStillPrintsItsFigures() {
    CliRunner r = bench("panel-load", "--runs", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("panel-load:").contains("first (cold JVM)");
  }

  @Test
  void anUnknownBenchmarkOrBadYearsAreRefusedWithWhatIsAllowed() {
    CliRunner r = bench("everything");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err())
        .contains("Unknown benchmark 'everything'; known: panel-load, rank, all-pairs");
    CliRunner y = bench("all-pairs", "--years", "2026-1990");
    assertThat(y.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(y.err()).contains("--years '2026-1990' should be FROM-TO with FROM ≤ TO");
    CliRunner o = bench("all-pairs", "--years", "1985-1990");
    assertThat(o.err()).contains("outside the panel's knowledge years 1990-2026");
    CliRunner t = bench("all-pairs", "--threads", "0");
    assertThat(t.err()).contains("--threads 0 must be between 1 and 256");
  }
}
