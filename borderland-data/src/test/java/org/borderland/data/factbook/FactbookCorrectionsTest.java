package org.borderland.data.factbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.ShareRedefinitions;
import org.borderland.core.panel.Source;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.importer.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactbookCorrectionsTest {
  private static Observation row(
      String country, String indicator, String key, Double value, Integer ref, int edition) {
    return new Observation(
        country,
        indicator,
        key,
        value,
        "%",
        ref,
        edition,
        LocalDate.of(edition, 12, 31),
        true,
        new Source("factbook-archive", edition + " edition", "Ethnic groups", "printed text"));
  }

  private static final String SOURCE =
      """
          source:
            document: A statistics office
            title: "Census results"
            date: "2010"
      """;

  private static FactbookCorrections read(Path dir, String body) throws Exception {
    Path f = dir.resolve("c.yaml");
    Files.writeString(f, "corrections:\n" + body);
    return FactbookCorrections.read(f, "factbook-archive");
  }

  @Test
  void aSplitGivesOneRowPerGroupKeepingThePrintedTextAndNotingTheSource(@TempDir Path dir)
      throws Exception {
    FactbookCorrections c =
        read(
            dir,
            """
              - id: geo
                country: GEO
                indicator: ethnic_share
                fromEdition: 1992
                toEdition: 1992
                keys: [Russian Azari]
                split:
                  - {key: Russian}
                  - {key: Azerbaijani, value: 5.1}
                reason: two groups run together
            """
                + SOURCE);
    List<Observation> out =
        c.apply(
            List.of(
                row("GEO", "ethnic_share", "Georgian", 68.8, null, 1992),
                row("GEO", "ethnic_share", "Russian Azari", 5.1, null, 1992),
                row("GEO", "ethnic_share", "Russian Azari", 5.1, null, 1993)),
            "factbook-archive",
            dir);
    assertThat(out)
        .extracting(Observation::key)
        .containsExactly("Georgian", "Russian", "Azerbaijani", "Russian Azari");
    assertThat(out.get(1).value()).isNull();
    assertThat(out.get(1).note()).contains("no figure").contains("correction geo");
    assertThat(out.get(2).value()).isEqualTo(5.1);
    assertThat(out.get(2).source().text()).isEqualTo("printed text");
    assertThat(out.get(2).note()).contains("A statistics office").contains("Census results");
  }

  @Test
  void aReferenceYearIsCorrectedOnlyWhereItWasPrintedAsSaid(@TempDir Path dir) throws Exception {
    String body =
        """
          - id: kaz
            country: KAZ
            indicator: ethnic_share
            fromEdition: 2012
            toEdition: 2012
            keys: [Russian]
            refYear: {printed: 1999, corrected: 2009}
            reason: the 2009 census figures
        """
            + SOURCE;
    FactbookCorrections c = read(dir, body);
    Observation fixed =
        c.apply(List.of(row("KAZ", "ethnic_share", "Russian", 23.7, 1999, 2012)), "d", dir).get(0);
    assertThat(fixed.refYear()).isEqualTo(2009);
    assertThat(fixed.note()).contains("corrected reference year: printed 1999");
    assertThatThrownBy(
            () ->
                c.apply(List.of(row("KAZ", "ethnic_share", "Russian", 23.7, 2009, 2012)), "d", dir))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("expects reference year 1999");
  }

  @Test
  void aDefinitionChangeMarksTheRowsAsRedefined(@TempDir Path dir) throws Exception {
    FactbookCorrections c =
        read(
            dir,
            """
              - id: ukr
                country: UKR
                indicator: language_share
                fromEdition: 2015
                toEdition: 2015
                keys: [Russian]
                definition: native language from the 2001 census
                reason: the census question
            """
                + SOURCE);
    Observation o =
        c.apply(List.of(row("UKR", "language_share", "Russian", 29.6, 2001, 2015)), "d", dir)
            .get(0);
    assertThat(o.value()).isEqualTo(29.6);
    assertThat(ShareRedefinitions.isRedefinition(o)).isTrue();
  }

  @Test
  void aCorrectionThatFindsNoRowStopsTheBuild(@TempDir Path dir) throws Exception {
    FactbookCorrections c =
        read(
            dir,
            """
              - id: typo
                country: GEO
                indicator: ethnic_share
                fromEdition: 1992
                toEdition: 1992
                keys: [Rusian Azari]
                split: [{key: Russian}, {key: Azerbaijani, value: 5.1}]
                reason: r
            """
                + SOURCE);
    assertThatThrownBy(
            () ->
                c.apply(
                    List.of(row("GEO", "ethnic_share", "Georgian", 68.8, null, 1992)), "d", dir))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("typo")
        .hasMessageContaining("fix the keys or editions");
  }

  @Test
  void aCorrectionWithoutASourceIsRefusedWithItsLine(@TempDir Path dir) {
    assertThatThrownBy(
            () ->
                read(
                    dir,
                    """
                      - id: x
                        country: GEO
                        indicator: ethnic_share
                        fromEdition: 1992
                        toEdition: 1992
                        keys: [A]
                        definition: d
                        reason: r
                    """))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("'source'");
  }

  @Test
  void theCommittedCorrectionsFileReadsAndCitesEachCorrection() throws Exception {
    Path f =
        PanelLocation.projectRoot()
            .orElseThrow()
            .resolve("curated")
            .resolve(FactbookCorrections.FILE);
    FactbookCorrections c = FactbookCorrections.read(f, "factbook-archive");
    assertThat(c.corrections())
        .extracting(FactbookCorrection::id)
        .containsExactly(
            "geo-1992-russian-azari", "kaz-2012-census-year", "ukr-2015-native-language");
    assertThat(c.corrections()).allSatisfy(x -> assertThat(x.source().title()).isNotBlank());
  }
}
