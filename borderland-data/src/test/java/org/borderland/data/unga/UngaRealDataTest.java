package org.borderland.data.unga;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The UN General Assembly importers on the real files in shared/data (skipped when absent). */
class UngaRealDataTest {
  private static Path data;
  private static CountryRegistry registry;

  @BeforeAll
  static void realData() {
    data = SharedData.dataOrSkip("unga-idealpoints", "unvotes");
    registry = RegistryTables.standard();
  }

  @Test
  void idealPointsFollowTheRegistryNotTheFilesIso3() throws ImportException {
    ImportReport r = RealDataCounts.run(new IdealPointImporter(), data, registry);
    List<Observation> rows = r.observations();

    assertThat(Fixtures.one(rows, "SRB", "un_ideal_point", 2022).note()).contains("'YUG'");
    assertThat(rows).noneMatch(o -> o.country().equals("YUG") && o.refYear() > 2002);
    assertThat(Fixtures.one(rows, "SUN", "un_ideal_point", 1991).value()).isEqualTo(0.710389);
    assertThat(rows).noneMatch(o -> o.country().equals("RUS") && o.refYear() < 1992);
    assertThat(Fixtures.one(rows, "KAZ", "un_ideal_point", 2022).value()).isNotNull();
  }

  @Test
  void voteAgreementWithThePermanentMembers() throws ImportException {
    ImportReport r = RealDataCounts.run(new VoteAgreementImporter(), data, registry);
    List<Observation> rows = r.observations();

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
