package org.borderland.data.cow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import org.borderland.core.panel.Observation;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MidImporterTest {
  private static final String HEADER =
      "\"dispnum\",\"ccode1\",\"ccode2\",\"year\",\"dispongoing\",\"disponset\",\"sidea1\","
          + "\"sidea2\",\"fatality1\",\"fatality2\",\"fatalpre1\",\"fatalpre2\",\"hiact1\","
          + "\"hiact2\",\"hostlev1\",\"hostlev2\",\"orig1\",\"orig2\"";

  @TempDir Path dir;

  private ImportReport read(String... rows) throws ImportException {
    Fixtures.writeTable(dir, MidImporter.FILE, HEADER, rows);
    return new MidImporter().report(dir, TestRegistries.small());
  }

  @Test
  void anOriginationIsARowInItsOnsetYearWithTheHighestHostility() throws ImportException {
    ImportReport r =
        read(
            "4416,365,372,2003,1,1,1,0,0,0,0,0,7,0,3,1,1,1",
            "4420,365,372,2003,1,1,1,0,0,0,0,0,16,0,4,1,1,1",
            "4242,365,372,2004,1,0,1,0,0,0,0,0,16,11,4,3,1,1",
            "4420,372,365,2003,1,1,0,1,0,0,0,0,0,16,1,4,1,1",
            "4436,365,372,1989,1,1,1,0,0,0,0,0,17,17,4,4,1,1");

    assertThat(r.observations())
        .extracting(
            Observation::country, Observation::key, Observation::refYear, Observation::value)
        .containsExactly(tuple("RUS", "GEO", 2003, 4.0));
    Observation o = r.observations().get(0);
    assertThat(o.note()).isEqualTo("MIDs 4416, 4420 began");
    assertThat(o.source().text()).startsWith("4420,");
    assertThat(o.unit()).isEqualTo("hostility");
    assertThat(r.skipped())
        .containsEntry("dyad-years of a continuing dispute (not its onset)", 1)
        .containsEntry("dyad-years whose first state is not a Side A originator", 1)
        .containsEntry("dyad-years outside 1990–2014", 1);
  }

  @Test
  void theSovietUnionOriginatesIn1991AndRussiaIn1992() throws ImportException {
    ImportReport r =
        read(
            "3558,365,705,1991,1,1,1,0,0,0,0,0,7,0,3,1,1,1",
            "3559,365,369,1992,1,1,1,0,0,0,0,0,15,0,4,1,1,1");

    assertThat(r.observations())
        .extracting(Observation::country, Observation::key, Observation::refYear)
        .containsExactly(tuple("RUS", "UKR", 1992), tuple("SUN", "KAZ", 1991));
  }

  @Test
  void aHostilityLevelOutsideOneToFiveIsAnError() {
    assertThatThrownBy(() -> read("4416,365,372,2003,1,1,1,0,0,0,0,0,7,0,9,1,1,1"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("column 'hostlev1' value '9' is not a hostility level");
  }
}
