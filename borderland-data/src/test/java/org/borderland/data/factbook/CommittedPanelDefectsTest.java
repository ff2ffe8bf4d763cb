package org.borderland.data.factbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.PanelIndex;
import org.borderland.core.panel.PrintedRange;
import org.borderland.core.panel.ShareRedefinitions;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.store.PanelStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The data defects of issue 13, as the committed panel now holds them. */
class CommittedPanelDefectsTest {
  private static PanelIndex index;

  @BeforeAll
  static void load() throws Exception {
    Path root = PanelLocation.projectRoot().orElseThrow();
    index = new Panel(PanelStore.read(root.resolve("panel"))).index();
  }

  private static List<Observation> rows(String c, String ind, int edition, String key) {
    return index.editionRows(c, ind, "factbook-archive", edition, key);
  }

  @Test
  void georgia1992ListsRussianWithoutAFigureAndAzeriApart() {
    assertThat(rows("GEO", "ethnic_share", 1992, "Russian Azari")).isEmpty();
    Observation russian = rows("GEO", "ethnic_share", 1992, "Russian").getFirst();
    assertThat(russian.value()).isNull();
    assertThat(russian.source().text()).contains("Russian Azari 5.1%");
    assertThat(russian.note()).contains("geo-1992-russian-azari");
    assertThat(rows("GEO", "ethnic_share", 1992, "Azerbaijani").getFirst().value()).isEqualTo(5.1);
  }

  @Test
  void kazakhstan2012DescribesThe2009CensusAndSaysSo() {
    Observation o = rows("KAZ", "ethnic_share", 2012, "Russian").getFirst();
    assertThat(o.value()).isEqualTo(23.7);
    assertThat(o.refYear()).isEqualTo(2009);
    assertThat(o.source().text()).contains("(1999 census)");
    assertThat(o.note()).contains("printed 1999").contains("Agency of Statistics");
  }

  @Test
  void ukrainesRussianLanguageShareIn2015IsMarkedAsANewDefinition() {
    Observation o = rows("UKR", "language_share", 2015, "Russian").getFirst();
    assertThat(o.value()).isEqualTo(29.6);
    assertThat(ShareRedefinitions.isRedefinition(o)).isTrue();
    assertThat(o.note()).contains("native language");
    assertThat(
            ShareRedefinitions.isRedefinition(
                rows("UKR", "language_share", 2014, "Russian").getFirst()))
        .isFalse();
    Observation rus = rows("RUS", "language_share", 2016, "Russian").getFirst();
    assertThat(rus.note()).contains("redefined or revised: 96.3% for 2010");
  }

  @Test
  void rangesKeepBothEndsAndTheMidpointEverywhere() {
    Observation gdp = index.editionRows("SCG", "gdp_usd", "factbook-archive", 1993).getFirst();
    assertThat(gdp.value()).isEqualTo(32e9);
    assertThat(PrintedRange.of(gdp)).contains(new PrintedRange(27e9, 37e9));
    Observation turkish = rows("TUR", "ethnic_share", 2020, "Turkish").getFirst();
    assertThat(PrintedRange.of(turkish)).contains(new PrintedRange(70, 75));
    assertThat(turkish.value()).isEqualTo(72.5);
    Observation milex =
        index.editionRows("NZL", "milex_gdp_pct", "factbook-archive", 1991).getFirst();
    assertThat(PrintedRange.of(milex)).contains(new PrintedRange(1, 2));
  }
}
