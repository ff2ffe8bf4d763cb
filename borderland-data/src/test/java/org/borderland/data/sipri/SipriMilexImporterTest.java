package org.borderland.data.sipri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import org.borderland.core.panel.Observation;
import org.borderland.data.cow.Fixtures;
import org.borderland.data.cow.TestRegistries;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SipriMilexImporterTest {
  private static final String HEADER =
      "Entity,Code,Year,Military expenditure (% of GDP),World region according to OWID";

  @TempDir Path dir;

  private ImportReport read(String... rows) throws ImportException {
    Fixtures.writeTable(dir, SipriMilexImporter.FILE, HEADER, rows);
    return new SipriMilexImporter().report(dir, TestRegistries.small());
  }

  @Test
  void sharesAreReadByIso3AndOwidsKosovoCodeIsKosovo() throws ImportException {
    ImportReport r =
        read(
            "Russia,RUS,2024,7.052339,Europe",
            "Kosovo,OWID_KOS,2010,0.722607,Europe",
            "World,OWID_WRL,2020,2.2,",
            "European Union (SIPRI),,2022,0.006221685,",
            "Russia,RUS,1989,12.1,Europe");

    assertThat(r.observations())
        .extracting(Observation::country, Observation::refYear, Observation::value)
        .containsExactly(tuple("RUS", 2024, 7.052339), tuple("XKX", 2010, 0.722607));
    assertThat(r.observations().get(0).unit()).isEqualTo("%");
    assertThat(r.observations().get(0).source().dataset()).isEqualTo("sipri-milex");
    assertThat(r.skipped())
        .containsEntry("OWID groups and regions (no ISO3 code)", 2)
        .containsEntry("rows before 1990", 1);
  }

  @Test
  void kuwaitsGulfWarSpendingAboveHundredIsKeptAsPublishedWithANote() throws ImportException {
    Observation o = read("Kuwait,KWT,1991,117.34983,Asia").observations().get(0);

    assertThat(o.value()).isEqualTo(117.34983);
    assertThat(o.note()).startsWith("above 100% of GDP as published (the Gulf War year");
  }

  @Test
  void anyOtherShareAboveHundredIsAnError() {
    assertThatThrownBy(() -> read("Russia,RUS,1995,140,Europe"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("owid-military-spending-share-gdp-sipri.csv:2")
        .hasMessageContaining("column 'Military expenditure (% of GDP)' value '140'")
        .hasMessageContaining("outside 0–100");
  }

  @Test
  void aNegativeShareIsAnError() {
    assertThatThrownBy(() -> read("Kuwait,KWT,1991,-1,Asia"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("outside 0–100");
  }

  @Test
  void anUnknownCodeIsAnError() {
    assertThatThrownBy(() -> read("Atlantis,ATL,1995,1,Europe"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("value 'ATL' (Atlantis) is neither a registry country");
  }
}
