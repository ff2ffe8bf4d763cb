package org.borderland.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.Source;
import org.junit.jupiter.api.Test;

class DyadYearBuilderTest {
  private static DyadYearBuilder builder(Panel panel) {
    return new DyadYearBuilder(
        ValidationFixtures.model(), panel.index(), ValidationFixtures.registry());
  }

  private static int row(DyadYears d, String a, String t, int year) {
    for (int i = 0; i < d.size(); i++) {
      if (d.aggressor(i).equals(a) && d.target(i).equals(t) && d.year(i) == year) {
        return i;
      }
    }
    throw new AssertionError("no row " + a + "→" + t + " " + year);
  }

  @Test
  void everyOrderedPairOfStatesIsADyadYearWithTheNextYearsDisputeAsOutcome() {
    DyadYearBuilder b = builder(ValidationFixtures.panel());
    DyadYears d = b.build(2000, 2003, 2);
    assertThat(d.size()).isEqualTo(4 * 5 * 4);
    assertThat(b.lastMidYear()).isEqualTo(2004);
    assertThat(d.hostility(row(d, "RUS", "UKR", 2000))).as("begun in 2001").isEqualTo(2);
    assertThat(d.hostility(row(d, "RUS", "UKR", 2001))).isZero();
    assertThat(d.hostility(row(d, "UKR", "RUS", 2000))).as("directed").isZero();
    assertThat(d.hostility(row(d, "RUS", "GEO", 2001))).isEqualTo(4);
    assertThat(d.hostility(row(d, "KAZ", "UKR", 2003))).isEqualTo(1);
    int[] force = d.rowsWithOutcomeIn(2001, 2004);
    boolean[] any = d.events(force, DyadYears.Outcome.ANY_MID);
    boolean[] hostile = d.events(force, DyadYears.Outcome.FORCE);
    assertThat(count(any)).isEqualTo(5);
    assertThat(count(hostile)).as("only RUS→GEO reached the use of force").isEqualTo(1);
  }

  @Test
  void curatedFactsAreLeftOutOfTheFeatures() {
    DyadYearBuilder b = builder(ValidationFixtures.panel());
    assertThat(b.factorIds()).containsExactly("weakness", "border", "claims");
    assertThat(b.columnNames())
        .startsWith("weakness", "border", "claims", DyadYearBuilder.INDEX)
        .contains(DyadYearBuilder.LAND, DyadYearBuilder.DISPARITY);
  }

  @Test
  void theFeaturesOfAYearAreThoseOfThePanelAsItStoodAtItsEnd() {
    // No look-ahead: the panel cut to what was published (and, for revised releases, described)
    // by the end of Y gives exactly the same features for Y as the whole panel. The 2002 edition
    // changes every population tenfold, and a dispute begins in 2002: either would leak.
    Panel full = ValidationFixtures.panel();
    DyadYearBuilder all = builder(full);
    for (int year = 2000; year <= 2003; year++) {
      DyadYearBuilder cut = builder(ValidationFixtures.knownBy(full, year));
      for (String a : ValidationFixtures.STATES) {
        List<String> targets = others(a);
        Map<String, double[]> f = all.features(a, year, targets);
        Map<String, double[]> g = cut.features(a, year, targets);
        for (String c : all.columnNames()) {
          assertThat(f.get(c)).as(a + " " + year + " " + c).containsExactly(g.get(c));
        }
      }
    }
  }

  @Test
  void theComparisonWouldSeeAFeatureReadFromALaterEdition() {
    // The same check against a panel cut a year too early: the 2001 edition's populations and
    // the 2001 dispute then differ, so equality above is not vacuous.
    Panel full = ValidationFixtures.panel();
    Map<String, double[]> f = builder(full).features("RUS", 2001, others("RUS"));
    Map<String, double[]> g =
        builder(ValidationFixtures.knownBy(full, 2000)).features("RUS", 2001, others("RUS"));
    assertThat(f.get("claims")).isNotEqualTo(g.get("claims"));
  }

  @Test
  void aFigurePublishedAfterTheYearIsCaughtByTheLookAheadCheck() {
    Observation later =
        new Observation(
            "UKR",
            "population",
            "",
            1.0,
            "persons",
            2004,
            2005,
            LocalDate.of(2005, 12, 31),
            true,
            new Source("factbook-archive", "2005 edition", "population", "t"));
    assertThat(LookAhead.violation(later, 2004)).contains("published 2005-12-31");
    assertThat(LookAhead.violation(later, 2005)).isNull();
    Observation revised = ValidationFixtures.mid("RUS", "UKR", 4, 2014);
    assertThat(LookAhead.violation(revised, 2013)).contains("describes 2014");
    assertThat(LookAhead.violation(revised, 2014))
        .as("a revised release may be used for the years it describes")
        .isNull();
    RawTable leaky =
        new RawTable(
            "test",
            "RUS",
            2004,
            List.of("UKR"),
            List.of("population_ratio"),
            new RawValue[][] {{RawValue.filled(2.0, "ratio", List.of(later), "")}});
    assertThat(LookAhead.firstViolation(leaky))
        .contains("RUS→UKR population_ratio as known in 2004")
        .contains("factbook-archive 2005 edition");
  }

  @Test
  void knowledgeYearsMustEndBeforeTheDisputeData() {
    DyadYearBuilder b = builder(ValidationFixtures.panel());
    assertThatThrownBy(() -> b.build(2000, 2004, 1)).hasMessageContaining("must end before 2004");
  }

  @Test
  void theRowsDoNotDependOnTheThreadCount() {
    DyadYearBuilder b = builder(ValidationFixtures.panel());
    DyadYears one = b.build(2000, 2003, 1);
    DyadYears three = b.build(2000, 2003, 3);
    for (String c : one.columnNames()) {
      assertThat(three.column(c)).containsExactly(one.column(c));
    }
  }

  private static List<String> others(String a) {
    List<String> out = new ArrayList<>(ValidationFixtures.STATES);
    out.remove(a);
    return out;
  }

  private static int count(boolean[] b) {
    int n = 0;
    for (boolean x : b) {
      if (x) {
        n++;
      }
    }
    return n;
  }
}
