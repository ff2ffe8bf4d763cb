package org.borderland.data.cow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderland.core.panel.Observation;
import org.borderland.data.importer.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllianceImportersTest {
  private static final String ATOP =
      "\"ccode1\",\"ccode2\",\"year\",\"atop_defense\",\"atop_offense\",\"atop_neutral\","
          + "\"atop_nonagg\",\"atop_consul\"";
  private static final String COW =
      "\"ccode1\",\"ccode2\",\"year\",\"cow_defense\",\"cow_neutral\",\"cow_nonagg\","
          + "\"cow_entente\"";

  @TempDir Path dir;

  private static String[] years(String pair, int from, int to, String flags) {
    List<String> l = new ArrayList<>();
    for (int y = from; y <= to; y++) {
      l.add(pair + "," + y + "," + flags);
    }
    return l.toArray(String[]::new);
  }

  private static String[] concat(String header, String[]... parts) {
    List<String> l = new ArrayList<>(List.of(header));
    for (String[] p : parts) {
      l.addAll(List.of(p));
    }
    return l.toArray(String[]::new);
  }

  @Test
  void atopDefencePactFrom1992To2018IsOneRowPerObligation() throws ImportException {
    Fixtures.write(
        dir,
        AtopImporter.FILE,
        concat(
            ATOP,
            years("705,365", 1992, 2018, "1,0,0,1,1"),
            years("705,369", 2016, 2018, "0,0,0,0,1")));

    List<Observation> rows = new AtopImporter().read(dir, TestRegistries.small());

    assertThat(Fixtures.series(rows, "KAZ", "atop_defense", "RUS"))
        .extracting(Observation::refYear, Observation::value)
        .containsExactly(tuple(1992, 1.0));
    assertThat(Fixtures.series(rows, "KAZ", "atop_nonaggression", "RUS")).hasSize(1);
    assertThat(Fixtures.series(rows, "KAZ", "atop_offense", "RUS")).isEmpty();
    assertThat(rows).hasSize(4);
  }

  @Test
  void atopAPactThatLapsesEndsWithAZeroRowAndARunBefore1990IsDated() throws ImportException {
    Fixtures.write(
        dir,
        AtopImporter.FILE,
        concat(
            ATOP,
            years("2,200", 1949, 2018, "1,0,0,0,1"),
            years("2,640", 1980, 1999, "0,0,0,0,1"),
            years("640,2", 2000, 2000, "0,0,0,0,0")));

    List<Observation> rows = new AtopImporter().read(dir, TestRegistries.small());

    assertThat(Fixtures.series(rows, "USA", "atop_defense", "GBR"))
        .extracting(Observation::refYear, Observation::note)
        .containsExactly(tuple(1990, "in force since 1949 (panel starts in 1990)"));
    assertThat(Fixtures.series(rows, "USA", "atop_consultation", "TUR"))
        .extracting(Observation::refYear, Observation::value, Observation::note)
        .containsExactly(
            tuple(1990, 1.0, "in force since 1980 (panel starts in 1990)"),
            tuple(2000, 0.0, "ended; last in force in 1999"));
  }

  @Test
  void atopFlagsOtherThanZeroOrOneAreAnError() {
    Fixtures.write(dir, AtopImporter.FILE, ATOP, "2,200,1995,2,0,0,0,1");

    assertThatThrownBy(() -> new AtopImporter().read(dir, TestRegistries.small()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("column 'atop_defense' value '2' is not 0 or 1");
  }

  @Test
  void cowAllianceValueIsTheStrongestTypeAndAChangeOfTypeIsARow() throws ImportException {
    Fixtures.write(
        dir,
        CowAllianceImporter.FILE,
        concat(
            COW,
            years("705,365", 1992, 1993, "0,0,1,1"),
            years("705,365", 1994, 2012, "1,0,1,1"),
            years("2,710", 1995, 2000, "0,0,0,1")));

    List<Observation> rows = new CowAllianceImporter().read(dir, TestRegistries.small());

    assertThat(Fixtures.series(rows, "KAZ", "cow_alliance", "RUS"))
        .extracting(Observation::refYear, Observation::value)
        .containsExactly(tuple(1992, 3.0), tuple(1994, 1.0));
    assertThat(Fixtures.series(rows, "USA", "cow_alliance", "CHN"))
        .extracting(Observation::refYear, Observation::value)
        .containsExactly(tuple(1995, 4.0), tuple(2001, 0.0));
  }

  @Test
  void atopRowsOfAStateOutsideTheRegistrysYearsAreSkippedAndCounted() throws ImportException {
    Fixtures.write(
        dir,
        AtopImporter.FILE,
        ATOP,
        "2,315,1992,0,0,0,1,0",
        "2,315,1993,0,0,0,1,0",
        "2,999,1993,0,0,0,1,0");

    assertThatThrownBy(() -> new AtopImporter().read(dir, TestRegistries.small()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("column 'ccode2' value '999'");
    Fixtures.write(dir, AtopImporter.FILE, ATOP, "2,315,1992,0,0,0,1,0", "2,315,1993,0,0,0,1,0");
    var r = new AtopImporter().report(dir, TestRegistries.small());
    assertThat(r.observations())
        .extracting(Observation::country, Observation::key, Observation::refYear)
        .containsExactly(tuple("USA", "CSK", 1992));
    assertThat(r.skipped())
        .containsEntry("rows for a COW code in a year outside the registry's years for it", 1);
  }

  @Test
  void cowAllianceWestGermanysCodeAfter1990IsGermany() throws ImportException {
    Fixtures.write(
        dir,
        CowAllianceImporter.FILE,
        concat(COW, years("260,2", 1989, 1993, "1,0,1,1"), years("255,2", 1991, 1993, "1,0,1,1")));

    List<Observation> rows = new CowAllianceImporter().read(dir, TestRegistries.small());

    assertThat(Fixtures.series(rows, "DEU", "cow_alliance", "USA"))
        .extracting(Observation::refYear, Observation::value)
        .containsExactly(tuple(1990, 1.0));
  }

  @Test
  void aPactPassingToASuccessorStateIsNotEnded() throws ImportException {
    Fixtures.write(
        dir,
        AtopImporter.FILE,
        concat(
            ATOP,
            years("705,345", 2003, 2008, "0,0,0,1,0"),
            years("705,2", 2003, 2008, "0,0,0,1,0")));

    List<Observation> rows = new AtopImporter().read(dir, TestRegistries.small());

    assertThat(rows)
        .extracting(Observation::key, Observation::refYear, Observation::value)
        .containsExactly(tuple("SCG", 2003, 1.0), tuple("SRB", 2006, 1.0), tuple("USA", 2003, 1.0));
  }
}
