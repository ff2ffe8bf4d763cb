package org.borderland.data.factbook.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;
import org.borderland.data.factbook.FieldText;
import org.borderland.data.importer.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveImporterTest {
  @TempDir Path dir;

  private final CountryRegistry registry = FactbookTestRegistry.registry();

  private ArchiveImporter importer() {
    return new ArchiveImporter(
        FactbookTestRegistry.STUB_PARSER, FactbookTestRegistry.NON_STATE_NAMES);
  }

  private ArchiveFixture fixture() {
    return new ArchiveFixture(dir);
  }

  @Test
  void tokenizerKeepsQuotesLineBreaksParenthesesAndNPrefixesInsideText() throws Exception {
    String tricky =
        "FLEC, N'ZITA Tiago, leader; Cote d'Ivoire (south), 4,133 km),\r\n  (99, 1, 2, N'x', N'y'"
            + " -- not a comment /* nor this */";
    String sql =
        ArchiveFixture.dump(
            1995,
            List.of(
                "  (1, 1, 10, N'Other political or pressure groups', N'"
                    + tricky.replace("'", "''")
                    + "')",
                "  (2, 1, 10, N'Note', N'line one\r\r\nline two\r\n')"));
    fixture().country(10, 1995, "kz", "Kazakhstan", 142).writeCountries().editionText(1995, sql);

    List<FieldText> fields = importer().fields(dir, registry, 1995);

    assertThat(fields)
        .extracting(FieldText::field)
        .containsExactly("Other political or pressure groups", "Note");
    assertThat(fields.get(0).text())
        .isEqualTo(
            "FLEC, N'ZITA Tiago, leader; Cote d'Ivoire (south), 4,133 km),\n  (99, 1, 2, N'x',"
                + " N'y' -- not a comment /* nor this */");
    assertThat(fields.get(1).text()).isEqualTo("line one\nline two");
  }

  @Test
  void rowsKeepTheirLineNumbersWhenTextSpansLines() throws Exception {
    String sql =
        ArchiveFixture.dump(
            2018,
            List.of(
                "  (1, 1, 10, N'Capital', N'Bern\r\nSuisse (French)\r\nSvizra (Romansh)')",
                "  (2, 1, 10, N'Population', N'8,292,809 (July 2018 est.)')"));
    fixture().country(10, 2018, "kz", "Kazakhstan", 142).writeCountries().editionText(2018, sql);

    List<FieldText> fields = importer().fields(dir, registry, 2018);

    // header 2 lines, blank, SET, GO, blank, INSERT, VALUES: first row on line 9, spanning 3 lines
    assertThat(fields.get(0).location())
        .isEqualTo("factbook-archive-1990-2025/fields/country_fields_2018.sql.gz:9");
    assertThat(fields.get(1).location()).endsWith("country_fields_2018.sql.gz:12");
  }

  @Test
  void editionPublishedDateSourceEditionAndDatasetFollowTheFileYear() throws Exception {
    fixture()
        .country(10, 1995, "kz", "Kazakhstan", 142)
        .writeCountries()
        .edition(
            1995, List.of(ArchiveFixture.row(1, 10, "Population", "17,376,615 (July 1995 est.)")));

    FieldText f = importer().fields(dir, registry, 1995).get(0);

    assertThat(f)
        .isEqualTo(
            new FieldText(
                "KAZ",
                "Population",
                "17,376,615 (July 1995 est.)",
                1995,
                LocalDate.of(1995, 12, 31),
                "factbook-archive",
                "1995 edition (CIA-World-Factbooks-Archive-1990-2025 @ b998f60)",
                "factbook-archive-1990-2025/fields/country_fields_1995.sql.gz:9"));
  }

  @Test
  void oneCodeNamingTwoCountriesInOneYearIsResolvedByName() throws Exception {
    fixture()
        .country(12005, 1992, "ca", "Canada", 41)
        .country(12006, 1992, "ca", "Cape Verde", 60)
        .writeCountries()
        .edition(
            1992,
            List.of(
                ArchiveFixture.row(1, 12005, "Capital", "Ottawa"),
                ArchiveFixture.row(2, 12006, "Capital", "Praia")));

    List<FieldText> fields = importer().fields(dir, registry, 1992);

    assertThat(fields)
        .extracting(FieldText::country, FieldText::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CAN", "Ottawa"),
            org.assertj.core.groups.Tuple.tuple("CPV", "Praia"));
  }

  @Test
  void soIsTheSovietUnionIn1991AndSomaliaInBothYears() throws Exception {
    fixture()
        .country(13471, 1991, "so", "Somalia", 228)
        .country(13474, 1991, "so", "Soviet Union", 214)
        .country(12177, 1992, "so", "Somalia", 228)
        .writeCountries()
        .edition(
            1991,
            List.of(
                ArchiveFixture.row(1, 13471, "Capital", "Mogadishu"),
                ArchiveFixture.row(2, 13474, "Capital", "Moscow")))
        .edition(1992, List.of(ArchiveFixture.row(3, 12177, "Capital", "Mogadishu")));

    List<FieldText> fields = importer().fields(dir, registry);

    assertThat(fields)
        .extracting(f -> f.edition() + " " + f.country() + " " + f.text())
        .containsExactly("1991 SOM Mogadishu", "1991 SUN Moscow", "1992 SOM Mogadishu");
  }

  @Test
  void secondGgEntryOf1997IsSouthGeorgiaNotGeorgia() throws Exception {
    fixture()
        .country(20755, 1997, "gg", "Georgia", 93)
        .country(20887, 1997, "gg", "South Georgia and the", 93)
        .writeCountries()
        .edition(
            1997,
            List.of(
                ArchiveFixture.row(1, 20755, "Capital", "T'bilisi"),
                ArchiveFixture.row(2, 20887, "Map references", "Antarctic Region")));

    ArchiveImporter importer = importer();
    List<FieldText> fields = importer.fields(dir, registry, 1997);

    assertThat(fields)
        .extracting(f -> f.country() + " " + f.field())
        .containsExactly("GEO Capital", "SGS Map references");
    assertThat(importer.warnings()).isEmpty();
  }

  @Test
  void truncatedSouthGeorgiaNameIsUnknownWithoutTheCorrection() throws Exception {
    fixture()
        .country(20887, 1997, "gg", "South Georgia and the", 93)
        .writeCountries()
        .edition(1997, List.of(ArchiveFixture.row(2, 20887, "Map references", "Antarctic Region")));
    ArchiveImporter bare =
        new ArchiveImporter(
            FactbookTestRegistry.STUB_PARSER,
            FactbookTestRegistry.NON_STATE_NAMES,
            List.of(),
            "b998f60");

    assertThatThrownBy(() -> bare.fields(dir, registry, 1997))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("'South Georgia and the'")
        .hasMessageContaining("SGS (South Georgia and the South Sandwich Islands)");
  }

  @Test
  void predecessorRowsAreNeverAttributedToSuccessorsWhateverTheMasterTableSays() throws Exception {
    // MasterCountryID as in the real table: USSR -> 214 (Russia), Czechoslovakia -> 148
    // (Slovakia), Yugoslavia -> 283 (Serbia and Montenegro)
    fixture()
        .country(13226, 1990, "so", "Soviet Union", 214)
        .country(13080, 1990, "lo", "Czechoslovakia", 148)
        .country(13266, 1990, "yu", "Yugoslavia", 283)
        .country(12024, 1992, "lo", "Czechoslovakia", 148)
        .country(12160, 1992, "rs", "Russia", 214)
        .country(21412, 1993, "lo", "Slovakia", 148)
        .writeCountries()
        .edition(
            1990,
            List.of(
                ArchiveFixture.row(1, 13226, "Population", "290,938,469 (July 1990)"),
                ArchiveFixture.row(2, 13080, "Population", "15,683,234 (July 1990)"),
                ArchiveFixture.row(3, 13266, "Population", "23,841,608 (July 1990)")))
        .edition(
            1992,
            List.of(
                ArchiveFixture.row(4, 12024, "Population", "15,695,696 (July 1992)"),
                ArchiveFixture.row(5, 12160, "Population", "149,608,953 (July 1992)")))
        .edition(1993, List.of(ArchiveFixture.row(6, 21412, "Population", "5,358,850")));

    List<FieldText> fields = importer().fields(dir, registry);

    assertThat(fields)
        .extracting(f -> f.edition() + " " + f.country())
        .containsExactly("1990 SUN", "1990 CSK", "1990 YUG", "1992 CSK", "1992 RUS", "1993 SVK");
  }

  @Test
  void yugoslaviaOfThe2001EditionIsSerbiaAndMontenegro() throws Exception {
    fixture()
        .country(21991, 2001, "yu", "Yugoslavia", 283)
        .writeCountries()
        .edition(2001, List.of(ArchiveFixture.row(1, 21991, "Capital", "Belgrade")));

    assertThat(importer().fields(dir, registry, 2001))
        .extracting(FieldText::country)
        .containsExactly("SCG");
  }

  @Test
  void aCountryThatDidNotExistInTheEditionYearStopsTheImport() throws Exception {
    fixture()
        .country(77, 1995, "so", "Soviet Union", 214)
        .writeCountries()
        .edition(1995, List.of(ArchiveFixture.row(1, 77, "Capital", "Moscow")));

    assertThatThrownBy(() -> importer().fields(dir, registry, 1995))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("countries.csv:2")
        .hasMessageContaining("CountryID 77")
        .hasMessageContaining("SUN (Soviet Union, 1922–1991), not existing in 1995");
  }

  @Test
  void nonStateEntriesAreSkippedCountedAndReported() throws Exception {
    fixture()
        .country(1, 2004, "xx", "World", 0)
        .country(2, 2004, "ee", "European Union", 0)
        .country(3, 2004, "kz", "Kazakhstan", 142)
        .country(4, 2005, "xx", "World", 0)
        .writeCountries()
        .edition(
            2004,
            List.of(
                ArchiveFixture.row(1, 1, "Population", "6,379,157,361 (July 2004 est.)"),
                ArchiveFixture.row(2, 2, "Population", "456,285,839 (July 2004 est.)"),
                ArchiveFixture.row(3, 3, "Population", "16,798,552 (July 2004 est.)")))
        .edition(2005, List.of(ArchiveFixture.row(4, 4, "Population", "6,446,131,400")));
    ArchiveImporter importer = importer();

    List<FieldText> fields = importer.fields(dir, registry);

    assertThat(fields).extracting(FieldText::country).containsExactly("KAZ");
    assertThat(importer.skippedNonState()).isEqualTo(Map.of("World", 2, "European Union", 1));
    assertThat(importer.warnings())
        .containsExactly("skipped non-state entries (name: editions): European Union: 1, World: 2");
  }

  @Test
  void unknownNameStopsTheImportNamingFileLineCountryIdAndClosestMatches() throws Exception {
    fixture()
        .country(3, 1996, "kz", "Kazakhstan", 142)
        .country(12615, 1996, "ka", "Kazakstan", 142)
        .writeCountries()
        .edition(1996, List.of(ArchiveFixture.row(1, 12615, "Capital", "Almaty")));

    assertThatThrownBy(() -> importer().fields(dir, registry, 1996))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("factbook-archive: ")
        .hasMessageContaining("reference_tables/countries.csv:3: ")
        .hasMessageContaining("CountryID 12615 (edition 1996, code 'ka') is named 'Kazakstan'")
        .hasMessageContaining("closest matches: KAZ (Kazakhstan)");
  }

  @Test
  void truncatedGzipFailsNamingTheFileAndTheLastGoodLine() throws Exception {
    List<String> rows = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 1; i <= 400; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = 0; j < 40; j++) {
        text.append(Integer.toString(random.nextInt(1 << 30), 36)).append(' ');
      }
      rows.add(ArchiveFixture.row(i, 10, "Field " + i, text.toString()));
    }
    ArchiveFixture fx = fixture().country(10, 1999, "kz", "Kazakhstan", 142).writeCountries();
    fx.edition(1999, rows);
    Path file = fx.fieldsFile(1999);
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
    List<FieldText> seen = new ArrayList<>();

    assertThatThrownBy(() -> importer().forEachField(dir, registry, 1999, seen::add))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("country_fields_1999.sql.gz:")
        .hasMessageContaining("truncated or corrupt")
        .hasMessageMatching("(?s).*the last good line is \\d+, the end of row \\d+.*");
    assertThat(seen).isNotEmpty().hasSizeLessThan(400);
    // read() never returns the partial edition
    assertThatThrownBy(() -> importer().read(dir, registry)).isInstanceOf(ImportException.class);
  }

  @Test
  void textEndingInsideARowFailsEvenWhenTheGzipIsWhole() throws Exception {
    String sql = ArchiveFixture.dump(2000, List.of(ArchiveFixture.row(1, 10, "Capital", "Astana")));
    String cut =
        sql
            + "INSERT INTO CountryFields (FieldID, CategoryID, CountryID, FieldName, Content)"
            + "\r\nVALUES\r\n  (2, 1, 10, N'Population', N'16,733,227 (Ju";
    fixture().country(10, 2000, "kz", "Kazakhstan", 142).writeCountries().editionText(2000, cut);

    assertThatThrownBy(() -> importer().fields(dir, registry, 2000))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("country_fields_2000.sql.gz:16")
        .hasMessageContaining("the file ends inside the string")
        .hasMessageContaining("last complete row ends at line 9")
        .hasMessageContaining("looks truncated");
  }

  @Test
  void fewerRowsThanTheHeaderAnnouncesFails() throws Exception {
    String sql =
        ArchiveFixture.dump(2000, List.of(ArchiveFixture.row(1, 10, "Capital", "Astana")))
            .replace("2000: 1 rows", "2000: 2 rows");
    fixture().country(10, 2000, "kz", "Kazakhstan", 142).writeCountries().editionText(2000, sql);

    assertThatThrownBy(() -> importer().fields(dir, registry, 2000))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("the header announces 2 rows but the file holds 1");
  }

  @Test
  void anUnexpectedStatementFailsWithLineAndColumn() throws Exception {
    String sql =
        ArchiveFixture.dump(2000, List.of(ArchiveFixture.row(1, 10, "Capital", "Astana")))
            + "DELETE FROM CountryFields;\r\n";
    fixture().country(10, 2000, "kz", "Kazakhstan", 142).writeCountries().editionText(2000, sql);

    assertThatThrownBy(() -> importer().fields(dir, registry, 2000))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("country_fields_2000.sql.gz:14: column 1: unexpected 'DELETE'");
  }

  @Test
  void aRowWithTooFewValuesFails() throws Exception {
    String sql =
        ArchiveFixture.dump(2000, List.of("  (1, 1, 10, N'Capital')"))
            .replace("2000: 1 rows", "2000: 1 rows");
    fixture().country(10, 2000, "kz", "Kazakhstan", 142).writeCountries().editionText(2000, sql);

    assertThatThrownBy(() -> importer().fields(dir, registry, 2000))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining(":9: column 3: the row has 4 values for 5 columns");
  }

  @Test
  void invalidUtf8IsReportedAsCorruption() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(
        ArchiveFixture.dump(2000, List.of(ArchiveFixture.row(1, 10, "Capital", "Astana")))
            .getBytes(StandardCharsets.UTF_8));
    b.write(new byte[] {(byte) 0xC3, (byte) 0x28});
    fixture()
        .country(10, 2000, "kz", "Kazakhstan", 142)
        .writeCountries()
        .editionBytes(2000, b.toByteArray());

    assertThatThrownBy(() -> importer().fields(dir, registry, 2000))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("not valid UTF-8 after line")
        .hasMessageContaining("country_fields_2000.sql.gz");
  }

  @Test
  void aCountryIdMissingFromTheCountryTableFails() throws Exception {
    fixture()
        .country(10, 2000, "kz", "Kazakhstan", 142)
        .writeCountries()
        .edition(2000, List.of(ArchiveFixture.row(1, 11, "Capital", "Astana")));

    assertThatThrownBy(() -> importer().fields(dir, registry, 2000))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("country_fields_2000.sql.gz:9: CountryID 11 is not in");
  }

  @Test
  void aCountryIdOfAnotherEditionFails() throws Exception {
    fixture()
        .country(10, 2000, "kz", "Kazakhstan", 142)
        .country(11, 2001, "kz", "Kazakhstan", 142)
        .writeCountries()
        .edition(2000, List.of(ArchiveFixture.row(1, 11, "Capital", "Astana")));

    assertThatThrownBy(() -> importer().fields(dir, registry, 2000))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("CountryID 11 ('Kazakhstan') belongs to the 2001 edition");
  }

  @Test
  void twoEntriesForOneCountryKeepTheHigherCountryIdAndWarn() throws Exception {
    fixture()
        .country(9258, 2008, "rb", "Serbia", 208)
        .country(9259, 2008, "ri", "Serbia", 208)
        .writeCountries()
        .edition(
            2008,
            List.of(
                ArchiveFixture.row(1, 9258, "Oil - production", "14,660 bbl/day (2003)"),
                ArchiveFixture.row(2, 9259, "Oil - production", "11,410 bbl/day (2007 est.)")));
    ArchiveImporter importer = importer();

    List<FieldText> fields = importer.fields(dir, registry, 2008);

    assertThat(fields).extracting(FieldText::text).containsExactly("11,410 bbl/day (2007 est.)");
    assertThat(importer.warnings())
        .containsExactly(
            "edition 2008 has two entries for SRB: kept CountryID 9259 ('Serbia', code ri),"
                + " dropped CountryID 9258 ('Serbia', code rb)");
  }

  @Test
  void aFieldRepeatedWithTheSameTextIsReportedOnceButDifferentTextsAreKept() throws Exception {
    fixture()
        .country(10, 2021, "kz", "Kazakhstan", 142)
        .writeCountries()
        .edition(
            2021,
            List.of(
                ArchiveFixture.row(1, 10, "Climate", "continental"),
                ArchiveFixture.row(2, 10, "Note", "first"),
                ArchiveFixture.row(3, 10, "Climate", "continental "),
                ArchiveFixture.row(4, 10, "Note", "second"),
                ArchiveFixture.row(5, 10, "Empty", "  ")));

    assertThat(importer().fields(dir, registry, 2021))
        .extracting(f -> f.field() + "=" + f.text())
        .containsExactly("Climate=continental", "Note=first", "Note=second");
  }

  @Test
  void readCallsTheParserOnEveryFieldInEditionAndFileOrder() throws Exception {
    fixture()
        .country(3, 1993, "kz", "Kazakhstan", 142)
        .country(2, 1992, "kz", "Kazakhstan", 142)
        .country(4, 1992, "up", "Ukraine", 1)
        .writeCountries()
        .edition(1993, List.of(ArchiveFixture.row(9, 3, "Population", "17,186,000")))
        .edition(
            1992,
            List.of(
                ArchiveFixture.row(5, 4, "Population", "51,940,426"),
                ArchiveFixture.row(6, 2, "Population", "16,793,000")));
    ArchiveImporter importer = importer();

    List<Observation> obs = importer.read(dir, registry);

    assertThat(importer.dataset()).isEqualTo("factbook-archive");
    assertThat(obs)
        .extracting(o -> o.edition() + " " + o.country() + " " + o.source().text())
        .containsExactly("1992 UKR 51,940,426", "1992 KAZ 16,793,000", "1993 KAZ 17,186,000");
  }

  @Test
  void aParserFailureNamesTheFieldAndWhereItCameFrom() throws Exception {
    fixture()
        .country(3, 1993, "kz", "Kazakhstan", 142)
        .writeCountries()
        .edition(1993, List.of(ArchiveFixture.row(9, 3, "Ethnic divisions", "Kazakh 140%")));
    ArchiveImporter importer =
        new ArchiveImporter(
            f -> {
              throw new IllegalArgumentException("share 140% is outside 0–100");
            },
            FactbookTestRegistry.NON_STATE_NAMES);

    assertThatThrownBy(() -> importer.read(dir, registry))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "factbook-archive: factbook-archive-1990-2025/fields/country_fields_1993.sql.gz:9:"
                + " cannot parse field 'Ethnic divisions' of KAZ (1993 edition): share 140% is"
                + " outside 0–100");
  }

  @Test
  void aMissingArchiveFolderSaysWhatWasExpected() {
    assertThatThrownBy(() -> importer().read(dir, registry))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("the archive's fields folder is missing");
  }

  @Test
  void aGapBetweenEditionsIsAWarning() throws Exception {
    fixture()
        .country(2, 1992, "kz", "Kazakhstan", 142)
        .country(3, 1994, "kz", "Kazakhstan", 142)
        .writeCountries()
        .edition(1992, List.of(ArchiveFixture.row(1, 2, "Capital", "Almaty")))
        .edition(1994, List.of(ArchiveFixture.row(2, 3, "Capital", "Almaty")));
    ArchiveImporter importer = importer();

    importer.read(dir, registry);

    assertThat(importer.warnings())
        .containsExactly("no archive edition between 1992 and 1994 (missing country_fields files)");
  }

  @Test
  void countryNamesWithCommasAreReadFromQuotedCells() throws Exception {
    fixture()
        .country(7, 2000, "mk", "Macedonia, The Former Yugoslav Republic of", 163)
        .writeCountries()
        .edition(2000, List.of(ArchiveFixture.row(1, 7, "Capital", "Skopje")));

    assertThatThrownBy(() -> importer().fields(dir, registry, 2000))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("is named 'Macedonia, The Former Yugoslav Republic of'");
  }
}
