package org.borderland.data.sipri;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.borderland.core.panel.Observation;
import org.borderland.data.cow.Fixtures;
import org.borderland.data.cow.RealDataCounts;
import org.borderland.data.cow.TestRegistries;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;
import org.borderland.data.registry.RegistryTables;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The SIPRI importer on the real file in shared/data (skipped when absent). */
class SipriRealDataTest {
  @Test
  void russiaAndUkraineShares() throws ImportException {
    Path data = TestRegistries.sharedData();
    Assumptions.assumeTrue(
        data != null,
        "shared/data not found (system property borderland.shared); skipping real-data tests");
    long t = System.nanoTime();
    ImportReport r = new SipriMilexImporter().report(data, RegistryTables.standard());
    System.out.print(RealDataCounts.describe(r, (System.nanoTime() - t) / 1_000_000));
    List<Observation> rows = RealDataCounts.checkInvariants(r);

    assertThat(Fixtures.one(rows, "RUS", "milex_gdp_pct", 2024).value()).isEqualTo(7.052339);
    assertThat(Fixtures.one(rows, "UKR", "milex_gdp_pct", 2022).value()).isEqualTo(25.64241);
    assertThat(Fixtures.one(rows, "KWT", "milex_gdp_pct", 1991).value()).isEqualTo(117.34983);
    assertThat(Fixtures.one(rows, "XKX", "milex_gdp_pct", 2010).value()).isEqualTo(0.722607);
    assertThat(rows)
        .filteredOn(Observation::hasValue)
        .allMatch(o -> o.value() >= 0 && (o.value() <= 100 || o.country().equals("KWT")));
  }
}
