package org.borderland.data.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.indicator.RawCalculator;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.Model;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.PanelIndex;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.registry.RegistryTables;
import org.borderland.data.store.PanelStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The essay's {@code dispute_mention} and {@code broadcast_mention} on the committed panel, for the
 * cases issue 13 names: what a text names, and what it names in a claim or as media.
 */
class TextMentionsOnPanelTest {
  private static Panel panel;
  private static PanelIndex index;
  private static CountryRegistry registry;
  private static RawCalculator essay;

  @BeforeAll
  static void load() throws Exception {
    Path root = PanelLocation.projectRoot().orElseThrow();
    panel = new Panel(PanelStore.read(root.resolve("panel")));
    index = panel.index();
    registry = RegistryTables.standard();
    Model m = ShippedModelsTest.load("essay");
    essay = new RawCalculator(m, index, CuratedCounts.none(), registry);
  }

  private static RawValue value(String indicator, String aggressor, String target, int year) {
    return essay.compute(aggressor, year, List.of(target)).get(target, indicator);
  }

  @Test
  void theOrganizationOfAmericanStatesInBelizesTextIsNotTheUnitedStates() {
    RawValue v = value("dispute_mention", "USA", "BLZ", 2024);
    assertThat(v.value()).isZero();
    assertThat(v.note())
        .startsWith("the 2024 international-disputes text of BLZ names USA, but not in a claim")
        .contains(
            "\"an Organization of American States (OAS) mission at the Line of Adjacency assists")
        .contains("named in an organisation's name: American in Organization of American States");
    assertThat(v.sources()).extracting(Observation::indicator).contains("dispute_mentions");
  }

  @Test
  void georgiasTextNamesRussiaByItsPossessiveInABreakawayClaim() {
    RawValue v = value("dispute_mention", "RUS", "GEO", 2015);
    assertThat(v.value()).isEqualTo(1.0);
    assertThat(v.note())
        .startsWith(
            "claim (supports or recognises a breakaway region): \"Russia's military support and"
                + " subsequent recognition of Abkhazia and South Ossetia independence")
        .endsWith("named as: Russia's");
    for (int edition = 2011; edition <= 2022; edition++) {
      Observation row = mention("GEO", "RUS", edition);
      assertThat(row.value()).as("GEO %d", edition).isEqualTo(1.0);
      assertThat(row.note()).as("GEO %d", edition).contains("Russia's");
    }
  }

  @Test
  void egyptMonitoringItsBorderWithIsraelIsNotAClaim() {
    for (int year = 2005; year <= 2007; year++) {
      RawValue v = value("dispute_mention", "ISR", "EGY", year);
      assertThat(v.value()).as("EGY %d", year).isZero();
      assertThat(v.note())
          .as("EGY %d", year)
          .contains("names ISR, but not in a claim: not a claim (monitoring)")
          .contains("Egypt vigilantly monitors the Sinai and borders with Israel");
    }
  }

  @Test
  void aRussianLanguageOperatorIsNotRussianMediaButRussianChannelsAre() {
    RawValue georgia = value("broadcast_mention", "RUS", "GEO", 2021);
    assertThat(georgia.value()).isZero();
    assertThat(georgia.note())
        .contains("names RUS, but not as its media: named as a language: Russian language");
    RawValue armenia = value("broadcast_mention", "RUS", "ARM", 2021);
    assertThat(armenia.value()).isEqualTo(1.0);
    assertThat(armenia.note()).isEqualTo("named as: Russian");
  }

  @Test
  void turkmenIsNeverReadAsTurkey() {
    int turkmen = 0;
    for (Observation o : panel.rows()) {
      boolean named =
          o.indicator().equals("broadcast_foreign") || o.indicator().equals("dispute_mentions");
      if (named && o.key().equals("TUR")) {
        assertThat(words(o)).as(o.country() + " " + o.edition()).doesNotContain("Turkmen");
      }
      if (named && o.key().equals("TKM") && words(o).contains("Turkmen")) {
        turkmen++;
      }
    }
    assertThat(turkmen).as("rows naming Turkmenistan by its adjective").isPositive();
  }

  /** The words a row's note says named the country ("named as: …", "as a language: …"). */
  private static String words(Observation o) {
    StringBuilder b = new StringBuilder();
    for (String part : o.note().split("; ")) {
      if (part.startsWith("named ")) {
        b.append(part).append("; ");
      }
    }
    return b.toString();
  }

  private static Observation mention(String country, String key, int edition) {
    return index.rows(country, "dispute_mentions", "factbook-archive", key).stream()
        .filter(o -> o.edition() == edition)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no dispute_mentions " + country + "/" + key + " " + edition));
  }
}
