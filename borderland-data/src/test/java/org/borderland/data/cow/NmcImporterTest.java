package org.borderland.data.cow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.borderland.core.panel.Observation;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NmcImporterTest {
  private static final String HEADER =
      "\"ccode\",\"year\",\"milex\",\"milper\",\"irst\",\"pec\",\"tpop\",\"upop\",\"cinc\"";

  @TempDir Path dir;

  private ImportReport read(String... rows) throws ImportException {
    Fixtures.writeTable(dir, NmcImporter.FILE, HEADER, rows);
    return new NmcImporter().report(dir, TestRegistries.small());
  }

  @Test
  void convertsThousandsToUnitsAndKeepsCincAsIs() throws ImportException {
    List<Observation> rows =
        read("2,1990,289755000,2180,89726,2820314,249907,64116,0.14144771").observations();

    assertThat(Fixtures.one(rows, "USA", "milex_usd", 1990).value()).isEqualTo(289_755_000_000d);
    assertThat(Fixtures.one(rows, "USA", "mil_personnel", 1990).value()).isEqualTo(2_180_000d);
    assertThat(Fixtures.one(rows, "USA", "population", 1990).value()).isEqualTo(249_907_000d);
    assertThat(Fixtures.one(rows, "USA", "urban_population", 1990).value()).isEqualTo(64_116_000d);
    assertThat(Fixtures.one(rows, "USA", "iron_steel_tons", 1990).value()).isEqualTo(89_726_000d);
    assertThat(Fixtures.one(rows, "USA", "energy_consumption", 1990).value())
        .isEqualTo(2_820_314_000d);
    assertThat(Fixtures.one(rows, "USA", "cinc", 1990).value()).isEqualTo(0.14144771);
    Observation cinc = Fixtures.one(rows, "USA", "cinc", 1990);
    assertThat(cinc.unit()).isEqualTo("share");
    assertThat(Fixtures.one(rows, "USA", "milex_usd", 1990).unit()).isEqualTo("USD");
    assertThat(cinc.asKnown()).isFalse();
    assertThat(cinc.edition()).isEqualTo(2026);
    assertThat(cinc.published()).isEqualTo(LocalDate.of(2026, 2, 25));
    assertThat(cinc.source().dataset()).isEqualTo("cow-nmc");
    assertThat(cinc.source().field()).isEqualTo("cinc");
    assertThat(cinc.source().text())
        .isEqualTo("2,1990,289755000,2180,89726,2820314,249907,64116,0.14144771");
  }

  @Test
  void missingComponentsYieldNoRowAndAreCounted() throws ImportException {
    ImportReport r = read("705,1991,,,6377,-9,16451,4661,0.0051778965");

    assertThat(r.observations())
        .extracting(Observation::indicator)
        .containsExactlyInAnyOrder("iron_steel_tons", "population", "urban_population", "cinc");
    assertThat(r.skipped()).containsEntry("missing component (empty or -9)", 3);
  }

  @Test
  void cow365IsTheSovietUnionIn1991AndRussiaFrom1992() throws ImportException {
    List<Observation> rows =
        read(
                "365,1990,128790000,3400,154000,2228623,281344,111594,0.1294609",
                "365,1991,133700000,3000,73000,2153318,148245,62371,0.10323294",
                "365,1992,47220000,1900,62000,1328991,148310,62371,0.067215338")
            .observations();

    assertThat(Fixtures.one(rows, "SUN", "cinc", 1991).value()).isEqualTo(0.10323294);
    assertThat(Fixtures.one(rows, "RUS", "cinc", 1992).value()).isEqualTo(0.067215338);
    assertThat(rows).noneMatch(o -> o.country().equals("RUS") && o.refYear() < 1992);
    assertThat(rows).noneMatch(o -> o.country().equals("SUN") && o.refYear() > 1991);
  }

  @Test
  void aPopulationBreakIsFlaggedOnEveryRowOfThatYear() throws ImportException {
    List<Observation> rows =
        read(
                "365,1990,128790000,3400,154000,2228623,281344,111594,0.1294609",
                "365,1991,133700000,3000,73000,2153318,148245,62371,0.10323294")
            .observations();

    assertThat(Fixtures.one(rows, "SUN", "cinc", 1991).note())
        .contains("281344 thousand in 1990 to 148245 thousand in 1991");
    assertThat(Fixtures.one(rows, "SUN", "milex_usd", 1991).note()).contains("coverage");
    assertThat(Fixtures.one(rows, "SUN", "cinc", 1990).note()).isEmpty();
  }

  @Test
  void twoCodesForOneCountryKeepTheContinuingState() throws ImportException {
    ImportReport r =
        read(
            "255,1990,37200000,545,38434,,79402,25673,0.029267116",
            "260,1990,35610000,545,38433,366237,63253,21254,0.027689427");

    Observation pop = Fixtures.one(r.observations(), "DEU", "population", 1990);
    assertThat(pop.value()).isEqualTo(79_402_000d);
    assertThat(pop.note()).contains("kept COW 255").contains("dropped the row of COW 260");
    // pec is missing under 255: the 260 row is the only one, and stays.
    assertThat(Fixtures.one(r.observations(), "DEU", "energy_consumption", 1990).value())
        .isEqualTo(366_237_000d);
  }

  @Test
  void rowsBefore1990AreLeftOut() throws ImportException {
    ImportReport r = read("2,1989,294880000,2240,87722,2745073,247342,63402,0.1482387");

    assertThat(r.observations()).isEmpty();
    assertThat(r.skipped()).containsEntry("state-years before 1990", 1);
  }

  @Test
  void aNonNumericValueNamesFileLineColumnAndValue() {
    assertThatThrownBy(
            () ->
                read(
                    "2,1990,289755000,2180,89726,2820314,249907,64116,0.14144771",
                    "2,1991,26x2389000,2110,79738,2843215,252618,64814,0.1373024"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("cow_nmc.csv:3")
        .hasMessageContaining("column 'milex'")
        .hasMessageContaining("'26x2389000' is not a number");
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsAnError() {
    assertThatThrownBy(() -> read("2,1990,289755000,2180,89726,2820314,249907,64116"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("cow_nmc.csv:2")
        .hasMessageContaining("has 8 fields but the header has 9");
  }

  @Test
  void aYearOutOfRangeIsAnError() {
    assertThatThrownBy(() -> read("2,19900,1,1,1,1,1,1,0.1"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("column 'year' value '19900' is out of range");
  }

  @Test
  void aCodeTheRegistryDoesNotKnowIsAnError() {
    assertThatThrownBy(() -> read("999,1995,1,1,1,1,1,1,0.1"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("column 'ccode' value '999'")
        .hasMessageContaining("does not map to any country in or near 1995");
  }

  @Test
  void aCincAboveOneIsAnError() {
    assertThatThrownBy(() -> read("2,1995,1,1,1,1,1,1,1.5"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("column 'cinc' value '1.5' is above 1");
  }

  @Test
  void aMissingFileSaysWhereItWasLookedFor() {
    assertThatThrownBy(() -> new NmcImporter().read(dir, TestRegistries.small()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("cow_nmc.csv")
        .hasMessageContaining("file not found");
  }
}
