package org.borderland.data.cow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.borderland.core.panel.Observation;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContiguityImporterTest {
  private static final String HEADER = "\"ccode1\",\"ccode2\",\"conttype\",\"stdate\",\"enddate\"";

  @TempDir Path dir;

  private ImportReport read(String... rows) throws ImportException {
    Fixtures.writeTable(dir, ContiguityImporter.FILE, HEADER, rows);
    return new ContiguityImporter().report(dir, TestRegistries.small());
  }

  @Test
  void aPairContiguousFrom1990To2016YieldsOneRowNot27() throws ImportException {
    List<Observation> rows =
        read(
                "365,712,1,1921-01-01,2016-12-01",
                "712,365,1,1921-01-01,2016-12-01",
                "710,712,1,1946-01-01,2016-12-01")
            .observations();

    assertThat(Fixtures.series(rows, "CHN", "contiguity", "MNG"))
        .extracting(Observation::refYear, Observation::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1990, 1.0));

    List<Observation> mng = Fixtures.series(rows, "MNG", "contiguity", "RUS");
    assertThat(mng).hasSize(1);
    assertThat(mng.get(0).refYear()).isEqualTo(1992);
    assertThat(mng.get(0).value()).isEqualTo(1.0);
    List<Observation> soviet = Fixtures.series(rows, "MNG", "contiguity", "SUN");
    assertThat(soviet).hasSize(1);
    assertThat(soviet.get(0).refYear()).isEqualTo(1990);
    assertThat(soviet.get(0).note()).isEqualTo("in force since 1921-01 (panel starts in 1990)");
    // The USSR ceased to exist: its series stops without an "ended" row.
    assertThat(rows).noneMatch(o -> o.value() == 0.0);
    assertThat(rows).hasSize(5);
  }

  @Test
  void russiaAndKazakhstanAreLandContiguousFrom1992() throws ImportException {
    List<Observation> rows = read("365,705,1,1991-12-01,2016-12-01").observations();

    assertThat(Fixtures.series(rows, "SUN", "contiguity", "KAZ"))
        .singleElement()
        .satisfies(o -> assertThat(o.refYear()).isEqualTo(1991));
    assertThat(Fixtures.series(rows, "RUS", "contiguity", "KAZ"))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.refYear()).isEqualTo(1992);
              assertThat(o.value()).isEqualTo(1.0);
              assertThat(o.unit()).isEqualTo("type");
              assertThat(o.source().text()).isEqualTo("365,705,1,1991-12-01,2016-12-01");
            });
  }

  @Test
  void overlappingSpellsTakeTheCloserTypeAndAChangeIsARow() throws ImportException {
    List<Observation> rows =
        read("365,640,1,1855-01-01,1991-12-01", "365,640,5,1991-12-01,2016-12-01").observations();

    assertThat(Fixtures.series(rows, "SUN", "contiguity", "TUR"))
        .extracting(Observation::refYear, Observation::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1990, 1.0));
    assertThat(Fixtures.series(rows, "RUS", "contiguity", "TUR"))
        .extracting(Observation::refYear, Observation::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1992, 5.0));
  }

  @Test
  void aSpellEndingBeforeTheDataEndsGetsAnEndedRow() throws ImportException {
    List<Observation> rows =
        read(
                "369,365,1,1991-12-01,2016-12-01",
                "369,640,4,1995-01-01,2003-06-01",
                "369,640,5,2008-01-01,2016-12-01")
            .observations();

    assertThat(Fixtures.series(rows, "UKR", "contiguity", "TUR"))
        .extracting(Observation::refYear, Observation::value, Observation::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1995, 4.0, ""),
            org.assertj.core.groups.Tuple.tuple(2004, 0.0, "ended; last in force in 2003"),
            org.assertj.core.groups.Tuple.tuple(2008, 5.0, ""));
  }

  @Test
  void aSpellEndingBecauseAStateCeasedGetsNoEndedRow() throws ImportException {
    List<Observation> rows =
        read("315,305,1,1955-07-01,1992-12-01", "316,305,1,1993-01-01,2016-12-01").observations();

    assertThat(Fixtures.series(rows, "CSK", "contiguity", "AUT")).hasSize(1);
    assertThat(Fixtures.series(rows, "CZE", "contiguity", "AUT"))
        .extracting(Observation::refYear)
        .containsExactly(1993);
  }

  @Test
  void typeZeroMeansNoContiguityAndIsSkipped() throws ImportException {
    ImportReport r = read("365,310,0,1918-11-01,2016-12-01");

    assertThat(r.observations()).isEmpty();
    assertThat(r.skipped()).containsEntry("spells of type 0 (no contiguity)", 1);
  }

  @Test
  void aMalformedDateIsAnError() {
    assertThatThrownBy(() -> read("365,705,1,1991/12/01,2016-12-01"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("cow_contdir.csv:2")
        .hasMessageContaining("column 'stdate' value '1991/12/01' is not a date");
  }

  @Test
  void anUnknownTypeIsAnError() {
    assertThatThrownBy(() -> read("365,705,7,1991-12-01,2016-12-01"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("column 'conttype' value '7' is not a contiguity type");
  }
}
