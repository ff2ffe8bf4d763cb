package org.borderland.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderland.core.model.Model;
import org.borderland.core.score.Quality;
import org.borderland.core.score.TargetResult;
import org.borderland.core.validation.CaseBacktest.CaseResult;
import org.junit.jupiter.api.Test;

class CaseBacktestTest {
  private static final Model MODEL = ValidationFixtures.model();
  private static final Case.Citation CITED = new Case.Citation("A report", "Someone", "2009", "");

  private static Case of(String id, String date, String target, int year) {
    return new Case(id, LocalDate.parse(date), "RUS", target, year, "what happened", CITED, "");
  }

  private static TargetResult result(String t, double index, int rank, double... factors) {
    Map<String, Double> f = new LinkedHashMap<>();
    String[] ids = {"weakness", "border", "claims", "leaders"};
    for (int i = 0; i < ids.length; i++) {
      f.put(ids[i], i < factors.length ? factors[i] : Double.NaN);
    }
    return new TargetResult(t, index, rank, f, new Quality(3, 0, 1, 0));
  }

  /** Seven candidates in every year; UKR third, GEO sixth. */
  private static List<TargetResult> ranking() {
    List<TargetResult> r = new ArrayList<>();
    r.add(result("KAZ", 80, 1, 90, 100, 50));
    r.add(result("BLR", 70, 2, 60, 90, 60));
    r.add(result("UKR", 60, 3, 40, 80, 60));
    r.add(result("EST", 55, 4, 70, 50, 45));
    r.add(result("LVA", 50, 5, 60, 40, 50));
    r.add(result("GEO", 40, 6, 30, 30, 60));
    r.add(result("MNG", 10, 7, 10, 10, 10));
    return r;
  }

  private static final CaseBacktest.Ranker RANKER =
      (a, y) -> {
        if (y < 1992) {
          throw new IllegalArgumentException("the knowledge year " + y + " is outside the panel");
        }
        return ranking();
      };

  @Test
  void everyCaseAppearsWithTheTargetsRankTheTopFiveAndItsDrivers() {
    List<Case> cases =
        List.of(
            of("georgia-2008", "2008-08-08", "GEO", 2007),
            of("ukraine-2014", "2014-02-27", "UKR", 2013),
            of("moldova-1992", "1992-03-02", "MDA", 1992),
            of("early", "1991-01-01", "UKR", 1990));
    List<CaseResult> out = CaseBacktest.run(cases, MODEL, RANKER);
    assertThat(out)
        .extracting(r -> r.backtestCase().id())
        .containsExactly("georgia-2008", "ukraine-2014", "moldova-1992", "early");
    CaseResult ukr = out.get(1);
    assertThat(ukr.rank()).isEqualTo(3);
    assertThat(ukr.index()).isEqualTo(60.0);
    assertThat(ukr.candidates()).isEqualTo(7);
    assertThat(ukr.top())
        .extracting(TargetResult::target)
        .containsExactly("KAZ", "BLR", "UKR", "EST", "LVA");
    assertThat(ukr.reason()).isEmpty();
    assertThat(ukr.inSummary()).isTrue();
    // Contributions: weight × score ÷ the weights present (three factors): border 80/3 first,
    // where UKR ranks third (KAZ 100, BLR 90 above it).
    assertThat(ukr.drivers())
        .extracting(CaseBacktest.Driver::factor)
        .containsExactly("border", "claims", "weakness");
    assertThat(ukr.drivers().get(0).contribution()).isCloseTo(80.0 / 3, within(1e-12));
    assertThat(ukr.drivers().get(0).rank()).isEqualTo(3);
    assertThat(ukr.drivers().get(1).rank()).as("ties share the rank").isEqualTo(1);
  }

  @Test
  void aTargetOutsideTheCandidatesOrAYearOutsideTheDataHasNoRankAndAReason() {
    List<CaseResult> out =
        CaseBacktest.run(
            List.of(
                of("moldova-1992", "1992-03-02", "MDA", 1992),
                of("early", "1991-01-01", "UKR", 1990)),
            MODEL,
            RANKER);
    assertThat(out.get(0).rank()).isNull();
    assertThat(out.get(0).reason()).contains("MDA is not among the 7 candidates of RUS");
    assertThat(out.get(0).top()).hasSize(5);
    assertThat(out.get(1).rank()).isNull();
    assertThat(out.get(1).reason()).startsWith("cannot be ranked: the knowledge year 1990");
    assertThat(out).noneMatch(CaseResult::inSummary);
  }

  @Test
  void aCaseKnownOnlyAfterTheActIsShownWithItsCaveatButNotCounted() {
    Case during =
        new Case(
            "moldova-1992",
            LocalDate.parse("1992-03-02"),
            "RUS",
            "GEO",
            1992,
            "what happened",
            CITED,
            "published during the conflict");
    CaseResult r = CaseBacktest.run(List.of(during), MODEL, RANKER).get(0);
    assertThat(r.rank()).isEqualTo(6);
    assertThat(r.inSummary()).isFalse();
    assertThat(r.reason()).contains("published during the conflict").contains("not counted");
    assertThat(CaseBacktest.summary(List.of(r)).scored()).isZero();
    assertThat(CaseBacktest.summary(List.of(r)).meanRank()).isNull();
  }

  @Test
  void theSummaryCountsTheCasesKnownBeforeTheAct() {
    List<CaseResult> out =
        CaseBacktest.run(
            List.of(
                of("georgia-2008", "2008-08-08", "GEO", 2007),
                of("ukraine-2014", "2014-02-27", "UKR", 2013),
                of("kaz", "2030-01-01", "KAZ", 2029)),
            MODEL,
            RANKER);
    CaseBacktest.Summary s = CaseBacktest.summary(out);
    assertThat(s.scored()).isEqualTo(3);
    assertThat(s.meanRank()).isCloseTo((6 + 3 + 1) / 3.0, within(1e-12));
    assertThat(s.top1()).isEqualTo(1);
    assertThat(s.top3()).isEqualTo(2);
  }

  @Test
  void aCaseChecksItself() {
    assertThatThrownBy(
            () -> new Case("x", LocalDate.parse("2008-08-08"), "RUS", "RUS", 2007, "d", CITED, ""))
        .hasMessageContaining("own target");
    assertThat(of("g", "2008-08-08", "GEO", 2008).knownAfterTheAct()).isTrue();
    assertThat(of("g", "2008-08-08", "GEO", 2007).knownAfterTheAct()).isFalse();
    assertThat(CITED.text()).isEqualTo("Someone, \"A report\" (2009)");
  }
}
