package org.borderland.data.worldbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;
import org.borderland.data.cow.Fixtures;
import org.borderland.data.cow.RealDataCounts;
import org.borderland.data.cow.TestRegistries;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;
import org.borderland.data.registry.RegistryTables;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The World Bank importers on the real files in shared/data (skipped when absent). */
class WdiRealDataTest {
  private static Path data;
  private static CountryRegistry registry;

  @BeforeAll
  static void realData() throws ImportException {
    data = TestRegistries.sharedData();
    Assumptions.assumeTrue(
        data != null,
        "shared/data not found (system property borderland.shared); skipping real-data tests");
    registry = RegistryTables.standard();
  }

  @Test
  void kazakhstanPopulation2020MatchesTheCsvCellExactly() throws ImportException, IOException {
    long t = System.nanoTime();
    ImportReport r = WdiImporter.population().report(data, registry);
    System.out.print(RealDataCounts.describe(r, (System.nanoTime() - t) / 1_000_000));
    List<Observation> rows = RealDataCounts.checkInvariants(r);

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
    long t = System.nanoTime();
    ImportReport r = WdiImporter.gdp().report(data, registry);
    System.out.print(RealDataCounts.describe(r, (System.nanoTime() - t) / 1_000_000));
    List<Observation> rows = RealDataCounts.checkInvariants(r);

    assertThat(Fixtures.one(rows, "RUS", "gdp_usd", 2014).value()).isBetween(1e12, 3e12);
    assertThat(Fixtures.one(rows, "KAZ", "gdp_usd", 2020).value()).isBetween(1e11, 3e11);
  }
}
