package org.borderland.data.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderland.core.country.CodeSystem;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader on tiny tables the tests write: good input, and each kind of bad input. */
class RegistryTablesLoadTest {
  private static final String COUNTRIES_HEADER =
      "iso3,name,official_name,kind,from_year,to_year,aliases,note\n";
  private static final String CROSSWALK_HEADER = "iso3,system,code,from_year,to_year,note\n";
  private static final String GOOD_COUNTRIES =
      COUNTRIES_HEADER
          + "KAZ,Kazakhstan,Republic of Kazakhstan,STATE,1991,,Kazakstan|Kazakh SSR@1936-1991,\n"
          + "SHN,\"Saint Helena, Ascension and Tristan da Cunha\",,TERRITORY,1800,,"
          + "\"St. Helena|Saint Helena\",\"note, with a comma\"\n"
          + "SUN,Soviet Union,,STATE,1917,1991,USSR,ISO 3166-3 former code\n"
          + "RUS,Russia,Russian Federation,STATE,1991,,,\n";
  private static final String GOOD_CROSSWALK =
      CROSSWALK_HEADER
          + "KAZ,ISO2,KZ,1991,,\n"
          + "KAZ,COW_ABB,KZK,1991,,not ISO3\n"
          + "SUN,COW,365,1918,1991,\n"
          + "RUS,COW,365,1992,,\n"
          + "RUS,FIPS,RS,1991,,\"FIPS RS is Russia, ISO2 RS is Serbia\"\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private CountryRegistry load(String countries, String crosswalk) throws IOException {
    return RegistryTables.load(
        write("countries.csv", countries), write("crosswalk.csv", crosswalk));
  }

  @Test
  void goodTablesLoadWithQuotedFieldsAndDatedAliases() throws IOException {
    CountryRegistry r = load(GOOD_COUNTRIES, GOOD_CROSSWALK);

    Country shn = r.get("SHN");
    assertThat(shn.name()).isEqualTo("Saint Helena, Ascension and Tristan da Cunha");
    assertThat(shn.officialName()).isEqualTo(shn.name());
    assertThat(shn.aliases()).containsExactly("St. Helena", "Saint Helena");
    assertThat(shn.note()).isEqualTo("note, with a comma");
    assertThat(r.get("SUN").toYear()).isEqualTo(1991);
    assertThat(r.get("RUS").toYear()).isNull();
    assertThat(r.findByName("Kazakh SSR", 1980)).map(Country::iso3).contains("KAZ");
    assertThat(r.get("KAZ").aliases()).containsExactly("Kazakstan");
    assertThat(r.resolveCode(CodeSystem.COW, "365", 1991)).contains("SUN");
    assertThat(r.resolveCode(CodeSystem.COW, "365", 1992)).contains("RUS");
    assertThat(r.resolveCode(CodeSystem.FIPS, "RS", 2020)).contains("RUS");
  }

  @Test
  void readersWithoutFileNamesAreReportedUnderTheStandardNames() {
    String bad = COUNTRIES_HEADER + "KAZ,Kazakhstan,,COUNTRY,1991,,,\n";

    assertThatThrownBy(
            () -> RegistryTables.load(new StringReader(bad), new StringReader(GOOD_CROSSWALK)))
        .isInstanceOf(RegistryTableException.class)
        .hasMessage(
            "countries.csv line 2: kind 'COUNTRY' of KAZ is not one of STATE, TERRITORY, DISPUTED");
  }

  @Test
  void badYearNamesFileLineColumnAndValue() throws IOException {
    String bad = GOOD_COUNTRIES + "UKR,Ukraine,,STATE,19xx,,,\n";

    assertThatThrownBy(() -> load(bad, GOOD_CROSSWALK))
        .isInstanceOf(RegistryTableException.class)
        .hasMessageContaining(dir.resolve("countries.csv") + " line 6: from_year '19xx' of UKR")
        .satisfies(e -> assertThat(((RegistryTableException) e).line()).isEqualTo(6));
  }

  @Test
  void invalidIso3IsReportedWithItsLine() throws IOException {
    String bad = GOOD_COUNTRIES + "Ukr,Ukraine,,STATE,1991,,,\n";

    assertThatThrownBy(() -> load(bad, GOOD_CROSSWALK))
        .hasMessageContaining("line 6: Invalid country code 'Ukr': must be three upper-case");
  }

  @Test
  void repeatedCountryCodeNamesBothLines() throws IOException {
    String bad = GOOD_COUNTRIES + "KAZ,Kazakstan Again,,STATE,1991,,,\n";

    assertThatThrownBy(() -> load(bad, GOOD_CROSSWALK))
        .hasMessageContaining("line 6: country code KAZ is already listed on line 2");
  }

  @Test
  void nameOfTwoCountriesNamesBothAndTheFix() throws IOException {
    String bad = GOOD_COUNTRIES + "UKR,Ukraine,,STATE,1991,,Russian Federation,\n";

    assertThatThrownBy(() -> load(bad, GOOD_CROSSWALK))
        .hasMessageContaining(
            "line 6: name 'Russian Federation' of UKR is already a name of RUS (line 5)")
        .hasMessageContaining("name@YYYY-YYYY");
  }

  @Test
  void malformedDatedAliasIsRejected() throws IOException {
    String bad = GOOD_COUNTRIES + "COD,Congo (Kinshasa),,STATE,1960,,Zaire@seventies,\n";

    assertThatThrownBy(() -> load(bad, GOOD_CROSSWALK))
        .hasMessageContaining("line 6: dated alias 'Zaire@seventies' of COD must look like");
  }

  @Test
  void emptyAliasBetweenBarsIsRejected() throws IOException {
    String bad = GOOD_COUNTRIES + "UKR,Ukraine,,STATE,1991,,Ukraina||,\n";

    assertThatThrownBy(() -> load(bad, GOOD_CROSSWALK))
        .hasMessageContaining("line 6: aliases of UKR have an empty entry ('Ukraina||')");
  }

  @Test
  void crosswalkRowForUnknownCountryIsRejected() throws IOException {
    String bad = GOOD_CROSSWALK + "SRB,ISO2,RS,2006,,\n";

    assertThatThrownBy(() -> load(GOOD_COUNTRIES, bad))
        .hasMessageContaining("crosswalk.csv line 7: country code 'SRB' is not in");
  }

  @Test
  void codeWithTwoMeaningsInOverlappingYearsNamesBothLines() throws IOException {
    String bad = GOOD_CROSSWALK + "SUN,COW,365,1990,1992,\n";

    assertThatThrownBy(() -> load(GOOD_COUNTRIES, bad))
        .hasMessageContaining(
            "crosswalk.csv line 7: COW 365 means SUN in 1990-1992 but RUS in 1992- (line 5)");
  }

  @Test
  void unknownSystemAndIso3SystemAreRejected() throws IOException {
    assertThatThrownBy(() -> load(GOOD_COUNTRIES, GOOD_CROSSWALK + "KAZ,GEC,KZ,1991,,\n"))
        .hasMessageContaining(
            "line 7: system 'GEC' for KAZ is not one of ISO2, FIPS, COW, COW_ABB");
    assertThatThrownBy(() -> load(GOOD_COUNTRIES, GOOD_CROSSWALK + "KAZ,ISO3,KAZ,1991,,\n"))
        .hasMessageContaining("system 'ISO3'");
  }

  @Test
  void codeOfTheWrongShapeIsRejected() throws IOException {
    assertThatThrownBy(() -> load(GOOD_COUNTRIES, GOOD_CROSSWALK + "KAZ,COW,KZK,1991,,\n"))
        .hasMessageContaining("line 7: COW code 'KZK' for KAZ must be a number, e.g. 705");
    assertThatThrownBy(() -> load(GOOD_COUNTRIES, GOOD_CROSSWALK + "KAZ,ISO2,KAZ,1991,,\n"))
        .hasMessageContaining("ISO2 code 'KAZ' for KAZ must be two upper-case letters");
  }

  @Test
  void crosswalkRowEndingBeforeItStartsIsRejected() throws IOException {
    assertThatThrownBy(() -> load(GOOD_COUNTRIES, GOOD_CROSSWALK + "KAZ,FIPS,KZ,1995,1991,\n"))
        .hasMessageContaining("crosswalk.csv line 7: Crosswalk row FIPS KZ → KAZ ends before");
  }

  @Test
  void missingFileIsReportedWithItsPath() {
    Path missing = dir.resolve("nope.csv");

    assertThatThrownBy(() -> RegistryTables.load(missing, missing))
        .hasMessageContaining("nope.csv");
  }
}
