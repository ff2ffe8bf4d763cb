package org.borderland.data.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.indicator.RawCalculator;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.Model;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.registry.RegistryTables;
import org.borderland.data.store.PanelStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kin group, language and ethnic mix read from the data for any aggressor, on the committed panel
 * with the essay model (which names no kin group or language by hand).
 */
class KinFromDataOnThePanelTest {
  private static RawCalculator essay;
  private static Panel panel;

  @BeforeAll
  static void load() throws Exception {
    Path root = PanelLocation.projectRoot().orElseThrow();
    panel = new Panel(PanelStore.read(root.resolve("panel")));
    CountryRegistry registry = RegistryTables.standard();
    Model m = ShippedModelsTest.load("essay");
    essay = new RawCalculator(m, panel.index(), CuratedCounts.none(), registry);
  }

  private static RawValue cell(String aggressor, String target, int year, String id) {
    return essay.compute(aggressor, year, List.of(target)).get(target, id);
  }

  @Test
  void hungaryAgainstSlovakiaHasKinAndLanguageFromTheData() {
    RawValue kin = cell("HUN", "SVK", 2020, "kin_share");
    assertThat(kin.isFilled()).isTrue();
    assertThat(kin.value()).isBetween(5.0, 15.0);
    assertThat(kin.note()).contains("kin group Hungarian");
    assertThat(kin.sources()).extracting(Observation::country).containsExactly("SVK", "HUN");
    RawValue lang = cell("HUN", "SVK", 2020, "language_share");
    assertThat(lang.isFilled()).isTrue();
    assertThat(lang.value()).isBetween(5.0, 15.0);
    assertThat(lang.note()).contains("language Hungarian");
    assertThat(cell("HUN", "SVK", 2020, "kin_people").value()).isPositive();
  }

  @Test
  void serbiaAgainstBosniaHasKinAndLanguageFromTheData() {
    RawValue kin = cell("SRB", "BIH", 2020, "kin_share");
    assertThat(kin.value()).isBetween(25.0, 40.0);
    assertThat(kin.note()).contains("kin group Serb");
    RawValue lang = cell("SRB", "BIH", 2020, "language_share");
    assertThat(lang.value()).isBetween(25.0, 40.0);
    assertThat(lang.note()).contains("language Serbian");
  }

  @Test
  void theUnitedStatesListsRacesSoItsKinGroupIsMissingAndSaysWhy() {
    RawValue kin = cell("USA", "CAN", 2020, "kin_share");
    assertThat(kin.isFilled()).isFalse();
    assertThat(kin.note()).contains("category of race").contains("kinGroups under aggressors");
    RawValue lang = cell("USA", "CAN", 2020, "language_share");
    assertThat(lang.note()).contains("language English");
  }

  @Test
  void israelsKinGroupIsJewishNotABirthplace() {
    for (int year : new int[] {2000, 2010, 2020}) {
      RawValue kin = cell("ISR", "USA", year, "kin_share");
      assertThat(kin.note()).as("%d", year).contains("kin group Jewish");
    }
  }

  @Test
  void turkishKinIsNeverTurkmen() {
    RawValue tkm = cell("TUR", "TKM", 2021, "kin_share");
    assertThat(tkm.value()).isZero();
    assertThat(tkm.note()).contains("none of [Turkish]");
    assertThat(cell("TUR", "BGR", 2021, "kin_share").value()).isEqualTo(8.0);
  }

  @Test
  void russiaChinaAndTurkeyKeepTheirValues() {
    // The values these pairs had when essay.yaml named the groups and languages by hand.
    assertThat(cell("RUS", "UKR", 2013, "kin_share").value()).isEqualTo(17.3);
    assertThat(cell("RUS", "UKR", 2013, "language_share").value()).isEqualTo(24.0);
    assertThat(cell("RUS", "GEO", 2007, "kin_share").value()).isEqualTo(1.5);
    assertThat(cell("RUS", "KAZ", 2000, "language_share").value()).isEqualTo(66.0);
    assertThat(cell("CHN", "KAZ", 2021, "kin_share").value()).isZero();
    assertThat(cell("TUR", "BGR", 2021, "language_share").value()).isEqualTo(8.2);
    // One change: Canada's "Chinese languages 4.2%" (2023–) now counts as Chinese.
    assertThat(cell("CHN", "CAN", 2023, "language_share").value()).isEqualTo(4.2);
  }

  @Test
  void russiasFirstEntryPrintsNoFiguresSoIn1992ItsKinGroupIsMissing() {
    RawValue kin = cell("RUS", "KAZ", 1992, "kin_share");
    assertThat(kin.isFilled()).isFalse();
    assertThat(kin.note()).contains("main ethnic group of RUS unknown as known in 1992");
    assertThat(cell("RUS", "KAZ", 1992, "language_share").isFilled()).isFalse();
    assertThat(cell("RUS", "KAZ", 1993, "kin_share").value()).isPositive();
  }

  /**
   * The computed fractionalisation agrees with CREG's where both build their groups from the same
   * censuses: the former Soviet and central European states, whose Factbook lists reprint the
   * census groups. The tolerance, 0.05, is what two honest readings of one census differ by:
   * "other" counted as one group moves 1 − Σ s² by at most the square of its share (0.0025 for 5%),
   * and CREG and the Factbook edition of a year may quote censuses ten years apart (Estonia's
   * Russian share fell from 30% to 25%, which moves the index by about 0.03). Where the two define
   * groups differently the gap is larger and expected: Hungary (CREG counts the Roma far above the
   * census's 3%), Mongolia (CREG splits the Mongol subgroups the Factbook lumps), the United States
   * (races). Across all countries with both values, the median gap stays under the tolerance.
   */
  @Test
  void computedFractionalisationAgreesWithCregWhereBothReadTheSameCensus() {
    int year = 2010;
    for (String c : List.of("EST", "LVA", "BLR", "UKR", "ARM", "TKM", "ROU", "UZB", "FIN")) {
      RawValue computed = cell("RUS", c, year, "ethnic_fractionalisation");
      double creg = creg(c, year);
      assertThat(computed.value()).as(c).isCloseTo(creg, within(0.05));
    }
    List<Double> gaps = new ArrayList<>();
    for (String c : panel.countries()) {
      if (c.equals("RUS") || Double.isNaN(creg(c, year))) {
        continue;
      }
      RawValue v;
      try {
        v = cell("RUS", c, year, "ethnic_fractionalisation");
      } catch (RuntimeException notAState) {
        continue;
      }
      if (v.isFilled()) {
        gaps.add(Math.abs(v.value() - creg(c, year)));
      }
    }
    gaps.sort(null);
    assertThat(gaps).hasSizeGreaterThan(100);
    assertThat(gaps.get(gaps.size() / 2)).isLessThan(0.05);
  }

  private static double creg(String country, int year) {
    var f = panel.index().lookup(country, "ethnic_fractionalisation", "", year, "creg", true);
    return f.hasValue() ? f.value() : Double.NaN;
  }
}
