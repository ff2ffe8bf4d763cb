package org.borderland.data.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.geography.Geography;
import org.borderland.core.indicator.RawCalculator;
import org.borderland.core.model.CandidateSet;
import org.borderland.core.model.Candidates;
import org.borderland.core.model.Model;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.AsKnownReference;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.PanelIndex;
import org.borderland.core.panel.SeriesKey;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.curated.CuratedFacts;
import org.borderland.data.registry.RegistryTables;
import org.borderland.data.store.PanelStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped models on the committed panel: candidates and raw values as documented. */
class CommittedPanelModelTest {
  private static Panel panel;
  private static PanelIndex index;
  private static CountryRegistry registry;
  private static Model essay;
  private static Model extended;
  private static CuratedFactCounts curated;

  @BeforeAll
  static void load() throws Exception {
    Path root = PanelLocation.projectRoot().orElseThrow();
    panel = new Panel(PanelStore.read(root.resolve("panel")));
    index = panel.index();
    registry = RegistryTables.standard();
    essay = ShippedModelsTest.load("essay");
    extended = ShippedModelsTest.load("extended");
    curated =
        new CuratedFactCounts(
            CuratedFacts.load(
                root.resolve("curated/facts.yaml"),
                root.resolve("curated/researched.yaml"),
                registry));
  }

  private static CandidateSet candidates(String aggressor, int year) {
    return new Candidates(index, registry).of(essay, aggressor, year);
  }

  private static RawTable raw(Model m, String aggressor, int year) {
    return new RawCalculator(m, index, curated, registry, new Geography(index, registry))
        .compute(aggressor, year, candidates(aggressor, year).codes());
  }

  private static final List<String> RUSSIA =
      List.of(
          "ARM", "AZE", "BLR", "CHN", "CZE", "DEU", "EST", "FIN", "GEO", "HUN", "IRN", "JPN", "KAZ",
          "KGZ", "KOR", "LTU", "LVA", "MDA", "MNG", "NOR", "POL", "PRK", "ROU", "SVK", "SWE", "TKM",
          "TUR", "UKR", "USA", "UZB");

  @Test
  void russiasCandidatesIn2021And2025AreItsNeighboursAndTheStatesOneBorderBeyond() {
    CandidateSet s = candidates("RUS", 2021);
    assertThat(s.codes()).containsExactlyElementsOf(RUSSIA);
    assertThat(s.find("MDA").orElseThrow().via()).containsExactly("UKR");
    assertThat(s.find("UZB").orElseThrow().via()).containsExactly("KAZ");
    assertThat(s.find("KGZ").orElseThrow().via()).as("never through China").containsExactly("KAZ");
    assertThat(s.find("TKM").orElseThrow().describe()).contains("Caspian Sea");
    assertThat(s.codes()).doesNotContain("IND", "PAK", "AFG", "TJK", "RUS");
    assertThat(candidates("RUS", 2025).codes()).containsExactlyElementsOf(RUSSIA);
  }

  @Test
  void chinasAndTurkeysCandidatesArePlausible() {
    assertThat(candidates("CHN", 2021).codes())
        .containsExactly(
            "AFG", "BGD", "BTN", "IND", "IRN", "KAZ", "KGZ", "KHM", "KOR", "LAO", "MMR", "MNG",
            "NPL", "PAK", "PRK", "RUS", "THA", "TJK", "TKM", "TWN", "UZB", "VNM");
    assertThat(candidates("TUR", 2021).codes())
        .containsExactly(
            "ALB", "ARM", "AZE", "BGR", "CYP", "GEO", "GRC", "IRN", "IRQ", "ISR", "JOR", "KWT",
            "LBN", "MKD", "ROU", "RUS", "SAU", "SRB", "SYR");
  }

  @Test
  void kazakhstanAgainstRussiaIn2021TracesEveryValueToItsEdition() {
    RawTable t = raw(essay, "RUS", 2021);
    RawValue kin = t.get("KAZ", "kin_share");
    assertThat(kin.value()).isEqualTo(19.3);
    assertThat(kin.primary().source().dataset()).isEqualTo("factbook-archive");
    assertThat(kin.primary().edition()).isEqualTo(2021);
    assertThat(t.get("KAZ", "land_border").value()).isEqualTo(7644.0);
    RawValue pop = t.get("KAZ", "population_ratio");
    assertThat(pop.sources()).extracting(Observation::country).containsExactly("RUS", "KAZ");
    assertThat(pop.value())
        .isCloseTo(pop.sources().get(0).value() / pop.sources().get(1).value(), within(1e-12));
    assertThat(t.get("KAZ", "aggressor_ties").value()).as("ATOP, CSTO, EAEU, CIS").isEqualTo(4.0);
    assertThat(t.get("KAZ", "language_share").value()).isEqualTo(94.4);
    assertThat(t.get("KAZ", "claim_facts").value()).isPositive();
    RawValue ukraineMedia = t.get("UKR", "broadcast_mention");
    assertThat(ukraineMedia.value())
        .as("the 2021 text names only 'not pro-Russian, politicians', no Russian media")
        .isZero();
    assertThat(ukraineMedia.note()).contains("named as an attitude: Russian");
    assertThat(t.get("POL", "kin_share").value()).isZero();
    assertThat(t.get("KOR", "kin_share").isFilled()).as("Korea lists no ethnic shares").isFalse();
    assertThat(t.get("POL", "leader_facts").isFilled()).as("never researched").isFalse();
    RawValue gateway = t.get("KAZ", "gateway");
    assertThat(gateway.value()).as("UZB, KGZ and TKM; TJK and AFG are not candidates").isEqualTo(3);
    assertThat(gateway.note())
        .isEqualTo(
            "shields KGZ, TKM, UZB among the candidates (land graph 2021; no transit through CHN,"
                + " IRN or NATO members)");
    assertThat(gateway.sources())
        .extracting(Observation::country, Observation::key)
        .contains(
            tuple("KAZ", "RUS"), tuple("KAZ", "UZB"), tuple("KAZ", "KGZ"), tuple("KAZ", "TKM"));
    assertThat(gateway.primary().edition()).isEqualTo(2021);
    RawValue people = raw(extended, "RUS", 2021).get("KAZ", "gateway_population");
    assertThat(people.value()).isPositive();
    assertThat(people.sources()).extracting(Observation::indicator).contains("population");
    assertThat(t.get("KAZ", "cinc_ratio").revised()).isTrue();
    assertThat(t.get("KAZ", "kin_share").revised()).isFalse();
  }

  @Test
  void whatWasKnownInEachYearIsWhatIsUsed() {
    // The 2021 census (published mid-2022, not verified) replaces the Factbook's 2019 figure.
    RawValue kin2022 = raw(essay, "RUS", 2022).get("KAZ", "kin_share");
    assertThat(kin2022.value()).isEqualTo(15.5);
    assertThat(kin2022.unverified()).isTrue();
    // The Kazakhstan–Russia border was re-measured in the 2015 edition.
    RawCalculator c = new RawCalculator(essay, index, curated, registry);
    assertThat(c.compute("RUS", 2014, List.of("KAZ")).get("KAZ", "land_border").value())
        .isEqualTo(6846.0);
    assertThat(c.compute("RUS", 2015, List.of("KAZ")).get("KAZ", "land_border").value())
        .isEqualTo(7644.0);
  }

  @Test
  void mostIndicatorsAreFilledForRussiasCandidatesAndTheRestSayWhy() {
    RawTable t = raw(essay, "RUS", 2021);
    for (String i : t.indicators()) {
      if (i.endsWith("_facts") || i.equals("disputes_begun")) {
        continue;
      }
      assertThat(t.fillRate(i)).as(i).isGreaterThanOrEqualTo(0.65);
    }
    assertThat(t.fillRate("gateway")).isEqualTo(1.0);
    // The MID data end in 2014: a count for a window reaching 2021 is unknown, not zero.
    assertThat(t.fillRate("disputes_begun")).isZero();
    assertThat(raw(essay, "RUS", 2010).fillRate("disputes_begun")).isEqualTo(1.0);
    for (RawValue v : t.cells()) {
      if (!v.isFilled()) {
        assertThat(v.note()).isNotBlank();
      }
    }
  }

  @Test
  void theExtendedModelScoresDeterrence() {
    RawTable t = raw(extended, "RUS", 2021);
    assertThat(t.get("POL", "rival_blocs").value()).isEqualTo(2.0);
    assertThat(t.get("BLR", "rival_blocs").value()).isZero();
    assertThat(t.get("CHN", "target_major_power").value()).isEqualTo(1.0);
    assertThat(t.get("KAZ", "kin_share_curvilinear").value()).isEqualTo(19.3);
  }

  @Test
  void chinaAndTurkeyAsAggressorsGetTheirOwnKinAndLanguage() {
    RawTable chn = raw(essay, "CHN", 2021);
    assertThat(chn.get("TWN", "kin_share").value()).isGreaterThan(90);
    assertThat(chn.get("KAZ", "aggressor_ties").value()).as("SCO").isEqualTo(1.0);
    RawTable tur = raw(essay, "TUR", 2021);
    assertThat(tur.get("BGR", "kin_share").value()).isEqualTo(8.0);
    assertThat(tur.get("MKD", "kin_share").value()).isEqualTo(3.9);
    // A known trap: Cyprus's list covers only Greek-Cypriot citizens, so Turkish Cypriots read
    // as 0; the cited list row carries the Factbook's note saying so.
    RawValue cyp = tur.get("CYP", "kin_share");
    assertThat(cyp.value()).isZero();
    assertThat(cyp.primary().note()).contains("only the Greek-Cypriot citizens");
    assertThat(tur.get("GRC", "aggressor_ties").value()).as("NATO's pact, in ATOP").isEqualTo(1.0);
    assertThat(tur.get("GRC", "aggressor_ties").note())
        .endsWith("the model names no bloc led by TUR");
  }

  @Test
  void theIndexAnswersAsTheReferenceLookupOnTheCommittedData() {
    String[][] series = {
      {"ethnic_share", "Russian"},
      {"land_border_km", "RUS"},
      {"population", ""},
      {"member_of", "CSTO"},
      {"gdp_usd", ""},
      {"milex_usd", ""},
      {"cinc", ""},
      {"language_share", "Russian"},
      {"contiguity", "RUS"},
    };
    List<String> datasets =
        List.of(
            "factbook-archive", "factbook-json", "curated", "cow-nmc", "cow-contdir", "wdi-gdp");
    int compared = 0;
    for (String country : RUSSIA) {
      for (String[] s : series) {
        SeriesKey k = new SeriesKey(country, s[0], s[1]);
        for (int year = 1991; year <= 2026; year += 5) {
          for (String d : datasets) {
            assertThat(index.asKnownIn(k, year, d, true))
                .as(k + " " + year + " " + d)
                .isEqualTo(AsKnownReference.asKnownIn(panel, k, year, d, true));
            compared++;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(10_000);
  }
}
