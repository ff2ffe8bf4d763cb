package org.borderland.data.cow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import org.borderland.core.panel.Observation;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateYearImportersTest {
  @TempDir Path dir;

  @Test
  void territorialThreatTakesTheMainLatentEstimate() throws ImportException {
    Fixtures.write(
        dir,
        TerritorialThreatImporter.FILE,
        "\"ccode\",\"year\",\"lterrthreat\",\"sd\",\"lwr\",\"upr\",\"m_lterrthreat\",\"m_sd\","
            + "\"m_lwr\",\"m_upr\"",
        "705,1989,0.1,0.03,0.1,0.3,,,,",
        "705,1992,0.231166032300284,0.0367922934570251,0.169881195767821,0.290109169248876,"
            + "0.237057125418547,0.0445379247016949,0.16095853634859,0.312642730098076",
        "705,1993,,,,,,,,");

    ImportReport r = new TerritorialThreatImporter().report(dir, TestRegistries.small());

    assertThat(r.observations())
        .extracting(Observation::country, Observation::refYear, Observation::value)
        .containsExactly(tuple("KAZ", 1992, 0.231166032300284));
    assertThat(r.skipped())
        .containsEntry("missing lterrthreat", 1)
        .containsEntry("state-years before 1990", 1);
  }

  @Test
  void cregUsesThePredecessorsRowTo1991AndTheSuccessorsFrom1992() throws ImportException {
    Fixtures.write(
        dir,
        CregImporter.FILE,
        "\"ccode\",\"gwcode\",\"creg_ccode\",\"year\",\"ethfrac\",\"ethpol\",\"relfrac\","
            + "\"relpol\"",
        "365,365,393,1991,0.286,0.47,0.669,0.78",
        "365,365,365,1991,0.690,0.65,0.711,0.78",
        "365,365,393,1992,0.290,0.47,0.665,0.78",
        "365,365,365,1992,,,,",
        "315,315,315,1993,,,,");

    ImportReport r = new CregImporter().report(dir, TestRegistries.small());

    assertThat(r.observations())
        .extracting(
            Observation::country, Observation::indicator, Observation::refYear, Observation::value)
        .containsExactly(
            tuple("RUS", "ethnic_fractionalisation", 1992, 0.290),
            tuple("RUS", "religious_fractionalisation", 1992, 0.665),
            tuple("SUN", "ethnic_fractionalisation", 1991, 0.690),
            tuple("SUN", "religious_fractionalisation", 1991, 0.711));
    assertThat(r.skipped()).containsEntry("state-years with neither ethfrac nor relfrac", 1);
  }

  @Test
  void cregRepeatsWithoutARuleAreAnError() {
    Fixtures.write(
        dir,
        CregImporter.FILE,
        "\"ccode\",\"gwcode\",\"creg_ccode\",\"year\",\"ethfrac\",\"ethpol\",\"relfrac\","
            + "\"relpol\"",
        "705,705,705,1995,0.6,0.7,0.5,0.8",
        "705,705,706,1995,0.6,0.7,0.5,0.8");

    assertThatThrownBy(() -> new CregImporter().read(dir, TestRegistries.small()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("ccode 705 has 2 rows in 1995");
  }

  @Test
  void cregSharesOutsideZeroToOneAreAnError() {
    Fixtures.write(
        dir,
        CregImporter.FILE,
        "\"ccode\",\"gwcode\",\"creg_ccode\",\"year\",\"ethfrac\",\"ethpol\",\"relfrac\","
            + "\"relpol\"",
        "705,705,705,1995,1.6,0.7,0.5,0.8");

    assertThatThrownBy(() -> new CregImporter().read(dir, TestRegistries.small()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("column 'ethfrac' value '1.6' is outside 0–1");
  }

  @Test
  void majorPowerStatusPassesFromTheSovietUnionToRussia() throws ImportException {
    Fixtures.write(
        dir,
        MajorPowerImporter.FILE,
        "\"ccode\",\"styear\",\"stmonth\",\"stday\",\"endyear\",\"endmonth\",\"endday\","
            + "\"version\"",
        "365,1922,1,1,2016,12,31,2016",
        "255,1991,12,11,2016,12,31,2016",
        "2,1898,8,13,2005,12,31,2016",
        "710,1950,1,1,2016,12,31,2016");

    List<Observation> rows = new MajorPowerImporter().read(dir, TestRegistries.small());

    assertThat(rows)
        .extracting(
            Observation::country, Observation::refYear, Observation::value, Observation::note)
        .containsExactly(
            tuple("CHN", 1990, 1.0, "major power since 1950-01 (panel starts in 1990)"),
            tuple("DEU", 1991, 1.0, ""),
            tuple("RUS", 1992, 1.0, ""),
            tuple("SUN", 1990, 1.0, "major power since 1922-01 (panel starts in 1990)"),
            tuple("USA", 1990, 1.0, "major power since 1898-08 (panel starts in 1990)"),
            tuple("USA", 2006, 0.0, "ended; last in force in 2005"));
  }

  @Test
  void minimumDistancesKeepNearPairsBothWaysAndOnlyTheirChanges() throws ImportException {
    Fixtures.write(
        dir,
        MinDistanceImporter.FILE,
        "\"ccode1\",\"ccode2\",\"year\",\"mindist\"",
        "365,702,1992,1271.8",
        "365,702,1993,1271.8",
        "365,702,1994,1271.8",
        "2,710,1992,5000.5",
        "2,710,1993,5000.5",
        "365,705,1992,0",
        "365,705,1993,0",
        "365,640,1991,0",
        "365,640,1992,140.3",
        "365,640,1993,140.3");

    ImportReport r = new MinDistanceImporter().report(dir, TestRegistries.small());

    assertThat(r.observations())
        .extracting(
            Observation::country, Observation::key, Observation::refYear, Observation::value)
        .containsExactly(
            tuple("KAZ", "RUS", 1992, 0.0),
            tuple("RUS", "KAZ", 1992, 0.0),
            tuple("RUS", "TJK", 1992, 1271.8),
            tuple("RUS", "TUR", 1992, 140.3),
            tuple("SUN", "TUR", 1991, 0.0),
            tuple("TJK", "RUS", 1992, 1271.8),
            tuple("TUR", "RUS", 1992, 140.3),
            tuple("TUR", "SUN", 1991, 0.0));
    assertThat(r.skipped()).containsEntry("directed pairs never within 2000 km (left out)", 2);
    assertThat(new MinDistanceImporter(1000).read(dir, TestRegistries.small()))
        .noneMatch(o -> o.key().equals("TJK") || o.country().equals("TJK"));
  }
}
