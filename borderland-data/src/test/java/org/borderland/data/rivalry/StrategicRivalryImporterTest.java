package org.borderland.data.rivalry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.borderland.core.panel.Observation;
import org.borderland.data.cow.Fixtures;
import org.borderland.data.cow.TestRegistries;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrategicRivalryImporterTest {
  private static final String HEADER =
      "\"tssr_id\",\"rivalry\",\"ccode1\",\"ccode2\",\"start\",\"end\",\"positional\","
          + "\"spatial\",\"ideological\",\"interventionary\",\"principal\",\"aprin\"";

  @TempDir Path dir;

  private ImportReport read(String... rows) throws ImportException {
    Fixtures.writeTable(dir, StrategicRivalryImporter.FILE, HEADER, rows);
    return new StrategicRivalryImporter().report(dir, TestRegistries.small());
  }

  private static List<Integer> years(int from, int to) {
    return IntStream.rangeClosed(from, to).boxed().toList();
  }

  @Test
  void aRivalryInForceToTheEndOfTheDataIsOneRowPerYearForBothStates() throws ImportException {
    List<Observation> rows =
        read("246,\"Russia-United States\",2,365,2007,2020,1,,,,,1").observations();

    List<Observation> rus = Fixtures.series(rows, "RUS", "strategic_rival", "USA");
    assertThat(rus).extracting(Observation::refYear).isEqualTo(years(2007, 2020));
    assertThat(rus).extracting(Observation::value).containsOnly(1.0);
    assertThat(Fixtures.series(rows, "USA", "strategic_rival", "RUS")).hasSize(14);
    assertThat(rus.get(0).note())
        .isEqualTo("rivalry 'Russia-United States' 2007–2020 (positional)");
    assertThat(rus.get(0).asKnown()).isFalse();
    assertThat(rus.get(0).source().dataset()).isEqualTo("tss-rivalries");
    assertThat(rows).hasSize(28);
  }

  @Test
  void aRivalryThatEndsBeforeTheDataDoIsFollowedByARowWithZero() throws ImportException {
    List<Observation> rows =
        read(
                "262,\"Russia-Ukraine\",365,369,2014,2017,,1,,1,,1",
                "211,\"China-United States 2\",2,710,1996,2020,1,,,,1,")
            .observations();

    assertThat(Fixtures.series(rows, "UKR", "strategic_rival", "RUS"))
        .extracting(Observation::refYear, Observation::value)
        .containsExactly(
            tuple(2014, 1.0),
            tuple(2015, 1.0),
            tuple(2016, 1.0),
            tuple(2017, 1.0),
            tuple(2018, 0.0));
    Observation end = Fixtures.series(rows, "RUS", "strategic_rival", "UKR").get(4);
    assertThat(end.note())
        .isEqualTo("rivalry 'Russia-Ukraine' 2014–2017 (spatial, interventionary); ended in 2017");
    assertThat(Fixtures.series(rows, "CHN", "strategic_rival", "USA").get(0).note())
        .isEqualTo("rivalry 'China-United States 2' 1996–2020 (positional, principal)");
    assertThat(Fixtures.series(rows, "CHN", "strategic_rival", "USA"))
        .extracting(Observation::refYear)
        .isEqualTo(years(1996, 2020));
  }

  @Test
  void aSovietRivalryPassesToRussiaAndTheSovietKeyEnds() throws ImportException {
    List<Observation> rows =
        read("100,\"United States-USSR\",2,365,1985,1995,1,,1,,1,").observations();

    assertThat(Fixtures.series(rows, "USA", "strategic_rival", "SUN"))
        .extracting(Observation::refYear, Observation::value)
        .containsExactly(tuple(1990, 1.0), tuple(1991, 1.0), tuple(1992, 0.0));
    assertThat(Fixtures.series(rows, "USA", "strategic_rival", "SUN").get(2).note())
        .endsWith("; goes on with SUN's successor");
    // The Soviet Union's own series just stops: it does not exist in 1992.
    assertThat(Fixtures.series(rows, "SUN", "strategic_rival", "USA"))
        .extracting(Observation::refYear)
        .containsExactly(1990, 1991);
    // 1995 is the file's last year: nothing ends after it.
    assertThat(Fixtures.series(rows, "RUS", "strategic_rival", "USA"))
        .extracting(Observation::refYear)
        .isEqualTo(years(1992, 1995));
  }

  @Test
  void aPairWithTwoRivalriesHasAZeroRowInTheGap() throws ImportException {
    List<Observation> rows =
        read(
                "1,\"Russia-Turkey 1\",365,640,1992,1993,1,,,,,",
                "2,\"Russia-Turkey 2\",365,640,1996,1997,1,,,,,",
                "3,\"Keeps the data to 2020\",2,710,2019,2020,,,,,,")
            .observations();

    assertThat(Fixtures.series(rows, "TUR", "strategic_rival", "RUS"))
        .extracting(Observation::refYear, Observation::value)
        .containsExactly(
            tuple(1992, 1.0),
            tuple(1993, 1.0),
            tuple(1994, 0.0),
            tuple(1996, 1.0),
            tuple(1997, 1.0),
            tuple(1998, 0.0));
  }

  @Test
  void rivalriesThatEndedBefore1990AreLeftOutAndCounted() throws ImportException {
    ImportReport r =
        read("128,\"China-USSR\",365,710,1958,1989,1,1,1,,,", "1,\"x\",2,710,2019,2020,,,,,,");

    assertThat(Fixtures.series(r.observations(), "CHN", "strategic_rival", "SUN")).isEmpty();
    assertThat(r.skipped()).containsEntry("rivalries that ended before 1990", 1);
  }

  @Test
  void aKindThatIsNotAFlagIsRefusedWithItsRowAndColumn() {
    assertThatThrownBy(() -> read("1,\"x\",2,710,2019,2020,2,,,,,"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("column 'positional' value '2' is not 1 or empty");
  }
}
