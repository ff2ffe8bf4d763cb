package org.borderland.data.cow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;
import org.borderland.data.SharedData;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.Importer;
import org.borderland.data.registry.RegistryTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The COW importers on the real files in shared/data (skipped when absent). */
class CowRealDataTest {
  private static Path data;
  private static CountryRegistry registry;

  @BeforeAll
  static void realData() {
    data = SharedData.dataOrSkip(CowImporters.FOLDER);
    registry = RegistryTables.standard();
  }

  private static List<Observation> run(Importer importer) throws ImportException {
    return RealDataCounts.run(importer, data, registry).observations();
  }

  @Test
  void nmcRussiaCinc2014EqualsTheCsvCell() throws ImportException, IOException {
    List<Observation> rows = run(new NmcImporter());

    String line =
        Files.readAllLines(data.resolve(NmcImporter.FILE)).stream()
            .filter(l -> l.startsWith("365,2014,"))
            .findFirst()
            .orElseThrow();
    double cinc = Double.parseDouble(line.substring(line.lastIndexOf(',') + 1));
    Observation o = Fixtures.one(rows, "RUS", "cinc", 2014);
    assertThat(o.value()).isEqualTo(cinc);
    assertThat(o.source().text()).isEqualTo(line);
    assertThat(rows).noneMatch(r -> r.country().equals("RUS") && r.refYear() < 1992);
    assertThat(Fixtures.one(rows, "SUN", "population", 1990).value()).isGreaterThan(2.5e8);
    assertThat(Fixtures.one(rows, "KAZ", "population", 2020).value()).isBetween(1e7, 3e7);
  }

  @Test
  void contiguityRussiaKazakhstanIsOneLandRowFrom1992() throws ImportException {
    List<Observation> rows = run(new ContiguityImporter());

    assertThat(Fixtures.series(rows, "RUS", "contiguity", "KAZ"))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.value()).isEqualTo(1.0);
              assertThat(o.refYear()).isEqualTo(1992);
            });
    assertThat(Fixtures.series(rows, "KAZ", "contiguity", "RUS")).hasSize(1);
    assertThat(Fixtures.series(rows, "RUS", "contiguity", "UKR")).hasSize(1);
    assertThat(rows).hasSizeLessThan(3000);
  }

  @Test
  void alliancesAreCompact() throws ImportException {
    List<Observation> atop = run(new AtopImporter());
    List<Observation> cow = run(new CowAllianceImporter());

    assertThat(Fixtures.series(atop, "KAZ", "atop_defense", "RUS")).isNotEmpty();
    assertThat(Fixtures.series(atop, "USA", "atop_defense", "GBR"))
        .first()
        .satisfies(o -> assertThat(o.note()).startsWith("in force since 19"));
    assertThat(atop).hasSizeLessThan(40_000);
    assertThat(cow).hasSizeLessThan(20_000);
  }

  @Test
  void midsRussiaOriginatedAgainstGeorgia() throws ImportException {
    List<Observation> rows = run(new MidImporter());

    assertThat(Fixtures.series(rows, "RUS", "mid_originated", "GEO"))
        .extracting(Observation::refYear)
        .contains(1992, 2007);
    assertThat(rows).allMatch(o -> o.refYear() <= 2014);
  }

  @Test
  void stateYearIndicators() throws ImportException {
    List<Observation> threat = run(new TerritorialThreatImporter());
    List<Observation> creg = run(new CregImporter());
    List<Observation> majors = run(new MajorPowerImporter());

    assertThat(Fixtures.one(threat, "KAZ", "territorial_threat", 2000).value()).isNotNull();
    assertThat(Fixtures.one(creg, "RUS", "ethnic_fractionalisation", 1995).value())
        .isBetween(0.0, 1.0);
    assertThat(Fixtures.one(creg, "SUN", "ethnic_fractionalisation", 1990).value())
        .isBetween(0.0, 1.0);
    assertThat(majors)
        .extracting(Observation::country, Observation::refYear)
        .contains(
            org.assertj.core.groups.Tuple.tuple("RUS", 1992),
            org.assertj.core.groups.Tuple.tuple("SUN", 1990));
  }

  @Test
  void minimumDistancesWithin2000Km() throws ImportException {
    List<Observation> rows = run(new MinDistanceImporter());

    assertThat(Fixtures.series(rows, "RUS", "min_distance_km", "KAZ"))
        .extracting(Observation::value)
        .containsExactly(0.0);
    assertThat(Fixtures.series(rows, "RUS", "min_distance_km", "TJK")).isNotEmpty();
    assertThat(rows).hasSizeLessThan(10_000);
  }
}
