package org.borderland.data.worldbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;
import org.borderland.data.SharedData;
import org.borderland.data.cow.Fixtures;
import org.borderland.data.cow.RealDataCounts;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;
import org.borderland.data.registry.RegistryTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The World Bank importers on the real files in shared/data (skipped when absent). */
class WdiRealDataTest {
  private static Path data;
  private static CountryRegistry registry;

  @BeforeAll
  static void realData() {
    data = SharedData.dataOrSkip("worldbank");
    registry = RegistryTables.standard();
  }

  @Test
  void kazakhstanPopulation2020MatchesTheCsvCellExactly() throws ImportException, IOException {
    ImportReport r = RealDataCounts.run(WdiImporter.population(), data, registry);
    List<Observation> rows = r.observations();

    String line =
        Files.readAllLines(data.resolve("worldbank/population.csv")).stream()
            .filter(l -> l.startsWith("Kazakhstan,KAZ,2020,"))
            .findFirst()
            .orElseThrow();
    Observation kaz = Fixtures.one(rows, "KAZ", "population", 2020);
    assertThat(kaz.value())
        .isEqualTo(Double.parseDouble(line.substring(line.lastIndexOf(',') + 1)));
    assertThat(kaz.value()).isBetween(1.5e7, 2.5e7);
    assertThat(kaz.source().text()).isEqualTo(line);
    assertThat(rows).noneMatch(o -> List.of("WLD", "EUU", "ECS", "HIC").contains(o.country()));
    assertThat(r.skipped().get("aggregate rows (regions, income groups, World…)"))
        .isGreaterThan(1000);
  }

  @Test
  void russiaGdpIsInBillionsOfDollars() throws ImportException {
    ImportReport r = RealDataCounts.run(WdiImporter.gdp(), data, registry);
    List<Observation> rows = r.observations();

    assertThat(Fixtures.one(rows, "RUS", "gdp_usd", 2014).value()).isBetween(1e12, 3e12);
    assertThat(Fixtures.one(rows, "KAZ", "gdp_usd", 2020).value()).isBetween(1e11, 3e11);
  }
}
