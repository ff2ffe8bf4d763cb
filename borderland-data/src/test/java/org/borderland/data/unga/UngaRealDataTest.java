package org.borderland.data.unga;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The UN General Assembly importers on the real files in shared/data (skipped when absent). */
class UngaRealDataTest {
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
  void idealPointsFollowTheRegistryNotTheFilesIso3() throws ImportException {
    long t = System.nanoTime();
    ImportReport r = new IdealPointImporter().report(data, registry);
    System.out.print(RealDataCounts.describe(r, (System.nanoTime() - t) / 1_000_000));
    List<Observation> rows = RealDataCounts.checkInvariants(r);

    assertThat(Fixtures.one(rows, "SRB", "un_ideal_point", 2022).note()).contains("'YUG'");
    assertThat(rows).noneMatch(o -> o.country().equals("YUG") && o.refYear() > 2002);
    assertThat(Fixtures.one(rows, "SUN", "un_ideal_point", 1991).value()).isEqualTo(0.710389);
    assertThat(rows).noneMatch(o -> o.country().equals("RUS") && o.refYear() < 1992);
    assertThat(Fixtures.one(rows, "KAZ", "un_ideal_point", 2022).value()).isNotNull();
  }

  @Test
  void voteAgreementWithThePermanentMembers() throws ImportException {
    long t = System.nanoTime();
    ImportReport r = new VoteAgreementImporter().report(data, registry);
    System.out.print(RealDataCounts.describe(r, (System.nanoTime() - t) / 1_000_000));
    List<Observation> rows = RealDataCounts.checkInvariants(r);

    List<Observation> kazRus = Fixtures.series(rows, "KAZ", "un_vote_agreement", "RUS");
    assertThat(kazRus).extracting(Observation::refYear).contains(1993, 2019);
    assertThat(kazRus).allMatch(o -> o.value() > 0.5 && o.value() <= 1);
    // Ukraine is a state from 1991: the Ukrainian SSR's 1990 votes are no state's.
    assertThat(Fixtures.series(rows, "UKR", "un_vote_agreement", "SUN"))
        .extracting(Observation::refYear)
        .containsExactly(1991);
    assertThat(r.skipped())
        .containsKey(
            "votes of UN seats that were not yet sovereign states (Ukrainian and Byelorussian"
                + " SSR before independence)");
    assertThat(rows).allMatch(o -> o.value() >= 0 && o.value() <= 1);
    assertThat(rows).allMatch(o -> o.refYear() >= 1990 && o.refYear() <= 2019);
  }
}
