package org.borderland.data.sipri;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.borderland.core.panel.Observation;
import org.borderland.data.SharedData;
import org.borderland.data.cow.Fixtures;
import org.borderland.data.cow.RealDataCounts;
import org.borderland.data.importer.ImportException;
import org.borderland.data.registry.RegistryTables;
import org.junit.jupiter.api.Test;

/** The SIPRI importer on the real file in shared/data (skipped when absent). */
class SipriRealDataTest {
  @Test
  void russiaAndUkraineShares() throws ImportException {
    Path data = SharedData.dataOrSkip("worldbank");
    List<Observation> rows =
        RealDataCounts.run(new SipriMilexImporter(), data, RegistryTables.standard())
            .observations();

    assertThat(Fixtures.one(rows, "RUS", "milex_gdp_pct", 2024).value()).isEqualTo(7.052339);
    assertThat(Fixtures.one(rows, "UKR", "milex_gdp_pct", 2022).value()).isEqualTo(25.64241);
    assertThat(Fixtures.one(rows, "KWT", "milex_gdp_pct", 1991).value()).isEqualTo(117.34983);
    assertThat(Fixtures.one(rows, "XKX", "milex_gdp_pct", 2010).value()).isEqualTo(0.722607);
    assertThat(rows)
        .filteredOn(Observation::hasValue)
        .allMatch(o -> o.value() >= 0 && (o.value() <= 100 || o.country().equals("KWT")));
  }
}
