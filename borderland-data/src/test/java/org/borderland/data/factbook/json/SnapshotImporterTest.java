package org.borderland.data.factbook.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;
import org.borderland.data.factbook.FieldText;
import org.borderland.data.factbook.archive.FactbookTestRegistry;
import org.borderland.data.importer.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotImporterTest {
  @TempDir Path dir;

  private final CountryRegistry registry = FactbookTestRegistry.registry();

  private SnapshotImporter importer() {
    return new SnapshotImporter(
        FactbookTestRegistry.STUB_PARSER, FactbookTestRegistry.NON_STATE_FIPS);
  }

  private Path write(String snapshot, String region, String code, String json) throws IOException {
    Path f = dir.resolve("factbook").resolve(snapshot).resolve(region).resolve(code + ".json");
    Files.createDirectories(f.getParent());
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return f;
  }

  private static String q(String json) {
    return json.replace('`', '"');
  }

  /** Every section the importer relies on, empty, so no warning is raised for them. */
  private static final String ALL_SECTIONS =
      "`People and Society`: {}, `Geography`: {}, `Economy`: {}, `Military and Security`: {},"
          + " `Government`: {}, `Communications`: {}, `Transnational Issues`: {}";

  private Map<String, String> byField(List<FieldText> fields) {
    return fields.stream()
        .collect(
            java.util.stream.Collectors.toMap(
                FieldText::field, FieldText::text, (a, b) -> a + " || " + b));
  }

  @Test
  void layout2015SubFieldsAreJoinedInDocumentOrder() throws Exception {
    write(
        "2015-10-26-1c1294a3de61",
        "central-asia",
        "kz",
        q(
            "{`Geography`: {`Land boundaries`: {`total`: {`text`: `13,364 km`}, `border countries"
                + " (5)`: {`text`: `China 1,765 km, Kyrgyzstan 1,212 km, Russia 7,644 km`}}},"
                + " `People and Society`: {`Population`: {`text`: `18,157,122 (July 2015 est.)`},"
                + " `population pyramid`: {`text`: null}},"
                + " `Military`: {`Military expenditures`: {`text`: `1.21% of GDP (2012) ++ 0.97%"
                + " of GDP (2011)`}}, `Economy`: {}, `Government`: {}, `Communications`: {},"
                + " `Transnational Issues`: {}}"));

    SnapshotImporter importer = importer();
    List<FieldText> fields = importer.fields(dir, registry);

    assertThat(fields)
        .extracting(FieldText::field)
        .containsExactly("Land boundaries", "Population", "Military expenditures");
    assertThat(byField(fields))
        .containsEntry(
            "Land boundaries",
            "total: 13,364 km | border countries (5): China 1,765 km, Kyrgyzstan 1,212 km, Russia"
                + " 7,644 km")
        .containsEntry("Military expenditures", "1.21% of GDP (2012) ++ 0.97% of GDP (2011)");
    assertThat(importer.warnings()).noneMatch(w -> w.contains("section"));
  }

  @Test
  void layout2020KeepsTheRankAndDoesNotRepeatANotesName() throws Exception {
    write(
        "2020-11-27-24b4d8dbbd40",
        "central-asia",
        "kz",
        q(
            "{"
                + ALL_SECTIONS.replace(
                    "`People and Society`: {}",
                    "`People and Society`: {`Population`: {`text`: `19,091,949 (July 2020 est.)`,"
                        + " `country comparison to the world`: 64}, `Ethnic groups`: {`text`:"
                        + " `Kazakh (Qazaq) 68%, Russian 19.3%`, `note`: `note: data represent"
                        + " population by ethnicity`}}")
                + "}"));

    Map<String, String> f = byField(importer().fields(dir, registry));

    assertThat(f)
        .containsEntry(
            "Population", "19,091,949 (July 2020 est.) | country comparison to the world: 64")
        .containsEntry(
            "Ethnic groups",
            "Kazakh (Qazaq) 68%, Russian 19.3% | note: data represent population by ethnicity");
  }

  @Test
  void layout2024NamedSubFieldsHtmlAndEntitiesAreFlattened() throws Exception {
    write(
        "2024-04-11-8a8f8c3e63b7",
        "central-asia",
        "kz",
        q(
            "{"
                + ALL_SECTIONS
                    .replace(
                        "`Military and Security`: {}",
                        "`Military and Security`: {`Military expenditures`: {`Military"
                            + " Expenditures 2022`: {`text`: `0.7% of GDP (2022 est.)`}, `Military"
                            + " Expenditures 2021`: {`text`: `1% of GDP (2021 est.)`}}}")
                    .replace(
                        "`People and Society`: {}",
                        "`People and Society`: {`Ethnic groups`: {`text`: `Kazakh (Qazaq) 69.6%,"
                            + " Russian 17.9%, Ukrainian 1.3%,&nbsp; Tatar 1%, other &lt;1%`}}")
                    .replace(
                        "`Transnational Issues`: {}",
                        "`Transnational Issues`: {`Disputes - international`: {`text`:"
                            + " `<p><em>Kazakhstan-China</em>: demarcation completed in 2002</p>"
                            + " <p><em>Kazakhstan-Russia</em>: field demarcation commenced in"
                            + " 2007</p>`}}")
                    .replace(
                        "`Economy`: {}",
                        "`Economy`: {`GDP (official exchange rate)`: {`text`: `$225.496 billion"
                            + " (2022 est.)`, `note`: `<strong>note:</strong> data in current"
                            + " dollars at official exchange rate`}}")
                + "}"));

    Map<String, String> f = byField(importer().fields(dir, registry));

    assertThat(f)
        .containsEntry(
            "Military expenditures",
            "Military Expenditures 2022: 0.7% of GDP (2022 est.) | Military Expenditures 2021: 1%"
                + " of GDP (2021 est.)")
        .containsEntry(
            "Ethnic groups",
            "Kazakh (Qazaq) 69.6%, Russian 17.9%, Ukrainian 1.3%, Tatar 1%, other <1%")
        .containsEntry(
            "Disputes - international",
            "Kazakhstan-China: demarcation completed in 2002\n"
                + "Kazakhstan-Russia: field demarcation commenced in 2007")
        .containsEntry(
            "GDP (official exchange rate)",
            "$225.496 billion (2022 est.) | note: data in current dollars at official exchange"
                + " rate");
  }

  @Test
  void layout2026PopulationSubFieldsWithATrailingSpaceInTheName() throws Exception {
    write(
        "2026-01-22-783ed27f7a11",
        "central-asia",
        "kz",
        q(
            "{"
                + ALL_SECTIONS.replace(
                    "`People and Society`: {}",
                    "`People and Society`: {`Population`: {`total `: {`text`: `20,432,662 (2025"
                        + " est.)`}, `male`: {`text`: `9,902,303`}, `female`: {`text`:"
                        + " `10,530,359`}}}")
                + "}"));

    assertThat(byField(importer().fields(dir, registry)))
        .containsEntry(
            "Population", "total: 20,432,662 (2025 est.) | male: 9,902,303 | female: 10,530,359");
  }

  @Test
  void editionPublishedSourceEditionAndLocationComeFromTheSnapshotFolder() throws Exception {
    write(
        "2024-04-11-8a8f8c3e63b7",
        "central-asia",
        "kz",
        q("{`Geography`: {`Land boundaries`: {`total`: {`text`: `13,364 km`}}}}"));

    FieldText f = importer().fields(dir, registry).get(0);

    assertThat(f)
        .isEqualTo(
            new FieldText(
                "KAZ",
                "Land boundaries",
                "total: 13,364 km",
                2024,
                LocalDate.of(2024, 4, 11),
                "factbook-json",
                "2024-04-11 snapshot (factbook/factbook.json @ 8a8f8c3)",
                "factbook/2024-04-11-8a8f8c3e63b7/central-asia/kz.json: Geography > Land"
                    + " boundaries"));
  }

  @Test
  void theFileNameIsAFipsCodeResolvedForTheSnapshotYearAndTheRegionIsIgnored() throws Exception {
    // FIPS rs is Russia (ISO2 RS would be Serbia); gg is Georgia, in different regions over time
    String body = q("{`Government`: {`Capital`: {`text`: `x`}}}");
    write("2024-04-11-8a8f8c3e63b7", "central-asia", "rs", body);
    write("2024-04-11-8a8f8c3e63b7", "middle-east", "gg", body);
    write("2026-01-22-783ed27f7a11", "central-asia", "gg", body);

    assertThat(importer().fields(dir, registry))
        .extracting(f -> f.edition() + " " + f.country())
        .containsExactly("2024 GEO", "2024 RUS", "2026 GEO");
  }

  @Test
  void nonStateCodesAreSkippedAndCountedAndMetaIsIgnored() throws Exception {
    String body = q("{`People and Society`: {`Population`: {`text`: `8,000,000,000`}}}");
    write("2024-04-11-8a8f8c3e63b7", "world", "xx", body);
    write("2024-04-11-8a8f8c3e63b7", "oceans", "zh", body);
    write("2024-04-11-8a8f8c3e63b7", "meta", "categories", "[1, 2, 3]");
    SnapshotImporter importer = importer();

    assertThat(importer.fields(dir, registry)).isEmpty();
    assertThat(importer.skippedNonState()).isEqualTo(Map.of("xx", 1, "zh", 1));
  }

  @Test
  void anUnknownCodeNamesTheFileTheEntrysNameAndTheClosestMatches() throws Exception {
    write(
        "2024-04-11-8a8f8c3e63b7",
        "europe",
        "qq",
        q(
            "{`Government`: {`Country name`: {`conventional long form`: {`text`: `Republic of"
                + " Kazakhstan`}, `conventional short form`: {`text`: `Kazakstan`}}}}"));

    assertThatThrownBy(() -> importer().fields(dir, registry))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("factbook-json: ")
        .hasMessageContaining("europe/qq.json")
        .hasMessageContaining(
            "the FIPS code 'qq' (the entry calls itself 'Kazakstan') means no"
                + " known country in 2024")
        .hasMessageContaining("closest matches by name: KAZ (Kazakhstan)");
  }

  @Test
  void anUnknownCodeWithoutAConventionalNameUsesAnotherShortForm() throws Exception {
    write(
        "2015-10-26-1c1294a3de61",
        "central-america-n-caribbean",
        "cc",
        q(
            "{`Government`: {`Country name`: {`Dutch long form`: {`text`: `Land Curacao`},"
                + " `Dutch short form`: {`text`: `Curacao`}}}}"));

    assertThatThrownBy(() -> importer().fields(dir, registry))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("the FIPS code 'cc' (the entry calls itself 'Curacao')");
  }

  @Test
  void malformedJsonNamesTheFileLineAndColumn() throws Exception {
    write(
        "2020-11-27-24b4d8dbbd40",
        "central-asia",
        "kz",
        "{\n  \"Geography\": {\n    \"Land boundaries\": {\"text\": \"13,364 km\"\n  }\n}");

    assertThatThrownBy(() -> importer().fields(dir, registry))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("central-asia/kz.json:")
        .hasMessageMatching("(?s).*malformed JSON at line \\d+, column \\d+: .*");
  }

  @Test
  void aTruncatedJsonFileFailsInsteadOfGivingPartOfTheEntry() throws Exception {
    String whole =
        q("{`Geography`: {`Land boundaries`: {`text`: `13,364 km`}}, `Economy`: {`Budget`: {}}}");
    write("2020-11-27-24b4d8dbbd40", "central-asia", "kz", whole.substring(0, whole.length() / 2));

    assertThatThrownBy(() -> importer().read(dir, registry))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("malformed JSON at line 1");
  }

  @Test
  void missingSectionsAndFieldsAreWarningsNotErrors() throws Exception {
    write(
        "2026-01-22-783ed27f7a11",
        "central-asia",
        "kz",
        q("{`Geography`: {`Land boundaries`: {`total`: {`text`: `13,364 km`}}}}"));
    SnapshotImporter importer = importer();

    List<FieldText> fields = importer.fields(dir, registry);

    assertThat(fields).hasSize(1);
    assertThat(importer.warnings())
        .contains(
            "2026-01-22-783ed27f7a11/central-asia/kz.json has no 'People and Society' section",
            "2026-01-22-783ed27f7a11/central-asia/kz.json has no 'Military and Security' or"
                + " 'Military' section",
            "snapshot 2026-01-22-783ed27f7a11 has no 'Disputes - international' field in any of"
                + " its 1 entries")
        .noneMatch(w -> w.contains("'Geography' section") || w.contains("'Land boundaries'"));
  }

  @Test
  void aFieldInFewerThanATenthOfTheEntriesIsAWarning() throws Exception {
    String with = q("{`Transnational Issues`: {`Disputes - international`: {`text`: `x`}}}");
    String without = q("{`Transnational Issues`: {`Refugees`: {`text`: `y`}}}");
    write("2026-01-22-783ed27f7a11", "africa", "so", with);
    for (String code : List.of("ca", "cv", "rs", "kz", "gg", "sx", "ez", "lo", "ri", "up")) {
      write("2026-01-22-783ed27f7a11", "europe", code, without);
    }
    SnapshotImporter importer = importer();

    importer.fields(dir, registry);

    assertThat(importer.warnings())
        .contains(
            "snapshot 2026-01-22-783ed27f7a11 has a 'Disputes - international' field in only 1 of"
                + " its 11 entries");
  }

  @Test
  void aFieldRepeatedInTwoSectionsWithTheSameTextIsReportedOnce() throws Exception {
    write(
        "2024-04-11-8a8f8c3e63b7",
        "central-asia",
        "kz",
        q(
            "{`Geography`: {`Climate`: {`text`: `continental`}}, `Environment`: {`Climate`:"
                + " {`text`: `continental`}, `Land use`: {`text`: ``}}}"));

    assertThat(importer().fields(dir, registry))
        .extracting(FieldText::location)
        .containsExactly(
            "factbook/2024-04-11-8a8f8c3e63b7/central-asia/kz.json: Geography > Climate");
  }

  @Test
  void readCallsTheParserOnEveryFieldBySnapshotDateThenCode() throws Exception {
    String body =
        q("{`People and Society`: {`Population`: {`text`: `1`}, `Languages`: {`text`: `2`}}}");
    write("2026-01-22-783ed27f7a11", "europe", "up", body);
    write("2015-10-26-1c1294a3de61", "europe", "up", body);
    write("2015-10-26-1c1294a3de61", "central-asia", "kz", body);
    SnapshotImporter importer = importer();

    List<Observation> obs = importer.read(dir, registry);

    assertThat(importer.dataset()).isEqualTo("factbook-json");
    assertThat(obs)
        .extracting(o -> o.published() + " " + o.country() + " " + o.key())
        .containsExactly(
            "2015-10-26 KAZ Population",
            "2015-10-26 KAZ Languages",
            "2015-10-26 UKR Population",
            "2015-10-26 UKR Languages",
            "2026-01-22 UKR Population",
            "2026-01-22 UKR Languages");
  }

  @Test
  void aParserFailureNamesTheFieldAndTheFile() throws Exception {
    write(
        "2026-01-22-783ed27f7a11",
        "central-asia",
        "kz",
        q("{`People and Society`: {`Ethnic groups`: {`text`: `Kazakh 140%`}}}"));
    SnapshotImporter importer =
        new SnapshotImporter(
            f -> {
              throw new IllegalArgumentException("share 140% is outside 0–100");
            },
            FactbookTestRegistry.NON_STATE_FIPS);

    assertThatThrownBy(() -> importer.read(dir, registry))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "factbook-json: factbook/2026-01-22-783ed27f7a11/central-asia/kz.json: People and"
                + " Society > Ethnic groups: cannot parse field 'Ethnic groups' of KAZ (2026-01-22"
                + " snapshot (factbook/factbook.json @ 783ed27)): share 140% is outside 0–100");
  }

  @Test
  void aSectionThatIsNotAnObjectFails() throws Exception {
    write("2026-01-22-783ed27f7a11", "central-asia", "kz", q("{`Geography`: [1, 2]}"));

    assertThatThrownBy(() -> importer().fields(dir, registry))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("section 'Geography' should be an object of fields but is an array");
  }

  @Test
  void aMissingSnapshotsFolderSaysWhatWasExpected() {
    assertThatThrownBy(() -> importer().read(dir, registry))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("the snapshots folder is missing");
  }
}
