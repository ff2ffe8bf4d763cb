package org.borderland.data.worldbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.borderland.core.panel.Observation;
import org.borderland.data.cow.Fixtures;
import org.borderland.data.cow.TestRegistries;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WdiImporterTest {
  @TempDir Path dir;

  @Test
  void countriesAreReadAndAggregatesSkippedAndCounted() throws ImportException {
    Fixtures.write(
        dir,
        "worldbank/population.csv",
        "Country Name,Country Code,Year,Value",
        "Kazakhstan,KAZ,1989,16300000",
        "Kazakhstan,KAZ,2020,19482117",
        "Europe & Central Asia,ECS,2020,922000000",
        "World,WLD,2020,7800000000",
        "European Union,EUU,2020,447000000");

    ImportReport r = WdiImporter.population().report(dir, TestRegistries.small());

    assertThat(r.observations())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.country()).isEqualTo("KAZ");
              assertThat(o.indicator()).isEqualTo("population");
              assertThat(o.value()).isEqualTo(19_482_117d);
              assertThat(o.refYear()).isEqualTo(2020);
              assertThat(o.unit()).isEqualTo("persons");
              assertThat(o.asKnown()).isFalse();
              assertThat(o.edition()).isEqualTo(2025);
              assertThat(o.source().dataset()).isEqualTo("wdi-population");
              assertThat(o.source().text()).isEqualTo("Kazakhstan,KAZ,2020,19482117");
            });
    assertThat(r.skipped())
        .containsEntry("aggregate rows (regions, income groups, World…)", 3)
        .containsEntry("rows before 1990", 1);
  }

  @Test
  void gdpIsInCurrentDollarsExactlyAsWritten() throws ImportException {
    Fixtures.write(
        dir,
        "worldbank/gdp.csv",
        "Country Name,Country Code,Year,Value",
        "Russian Federation,RUS,2014,2059241965490.83");

    Observation o = WdiImporter.gdp().read(dir, TestRegistries.small()).get(0);

    assertThat(o.value()).isEqualTo(2059241965490.83);
    assertThat(o.indicator()).isEqualTo("gdp_usd");
    assertThat(o.published()).isEqualTo(LocalDate.of(2026, 2, 24));
  }

  @Test
  void aFigureBeforeTheStateExistedIsLeftOutAndCounted() throws ImportException {
    Fixtures.write(
        dir,
        "worldbank/population.csv",
        "Country Name,Country Code,Year,Value",
        "Kazakhstan,KAZ,1990,16348000",
        "Kazakhstan,KAZ,1991,16451000");

    ImportReport r = WdiImporter.population().report(dir, TestRegistries.small());

    assertThat(r.observations()).extracting(Observation::refYear).containsExactly(1991);
    assertThat(r.skipped()).containsEntry(WdiImporter.BACK_CAST, 1);
  }

  @Test
  void anUnknownCountryCodeIsAnErrorWithTheClosestMatches() {
    Fixtures.write(
        dir,
        "worldbank/population.csv",
        "Country Name,Country Code,Year,Value",
        "Kazakstan,KAZZ,2020,19482117");

    assertThatThrownBy(() -> WdiImporter.population().read(dir, TestRegistries.small()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("population.csv:2")
        .hasMessageContaining("column 'Country Code' value 'KAZZ'")
        .hasMessageContaining("neither a registry country nor a known aggregate")
        .hasMessageContaining("did you mean KAZ (Kazakhstan)");
  }

  @Test
  void aNegativeValueIsAnError() {
    Fixtures.write(
        dir, "worldbank/gdp.csv", "Country Name,Country Code,Year,Value", "Kazakhstan,KAZ,2020,-5");

    assertThatThrownBy(() -> WdiImporter.gdp().read(dir, TestRegistries.small()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("column 'Value' value '-5' is negative");
  }
}
