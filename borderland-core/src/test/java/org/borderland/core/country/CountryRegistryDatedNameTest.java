package org.borderland.core.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryRegistryDatedNameTest {
  private static final Country YUG =
      new Country("YUG", "Yugoslavia", "", Country.Kind.STATE, 1878, 1992, List.of("SFRY"), "");
  private static final Country SCG =
      new Country(
          "SCG", "Serbia and Montenegro", "", Country.Kind.STATE, 1992, 2006, List.of(), "");
  private static final Country COD =
      new Country(
          "COD", "Democratic Republic of the Congo", "", Country.Kind.STATE, 1960, null, null, "");
  private static final Country DEU =
      new Country("DEU", "Germany", "", Country.Kind.STATE, 1800, null, null, "");

  private static CountryRegistry registry(List<DatedName> dated) {
    return new CountryRegistry(List.of(YUG, SCG, COD, DEU), List.of(), dated);
  }

  @Test
  void datedNameWinsInItsYearsAndPlainNameOtherwise() {
    CountryRegistry r = registry(List.of(new DatedName("SCG", "Yugoslavia", 1992, 2003)));

    assertThat(r.findByName("Yugoslavia", 1991)).contains(YUG);
    assertThat(r.findByName("Yugoslavia", 2001)).contains(SCG);
    assertThat(r.findByName("YUGOSLAVIA", 2004)).contains(YUG);
    assertThat(r.findByName("Yugoslavia")).contains(YUG);
  }

  @Test
  void nameKnownOnlyAsDatedNameResolvesWithoutAndOutsideItsYears() {
    CountryRegistry r = registry(List.of(new DatedName("COD", "Zaire", 1971, 1997)));

    assertThat(r.findByName("Zaire")).contains(COD);
    assertThat(r.findByName("Zaire", 1985)).contains(COD);
    assertThat(r.findByName("Zaire", 2010)).contains(COD);
    assertThat(r.datedNamesOf("COD")).extracting(DatedName::name).containsExactly("Zaire");
  }

  @Test
  void oneDatedNameForTwoCountriesInOverlappingYearsIsRejected() {
    List<DatedName> clash =
        List.of(
            new DatedName("SCG", "Yugoslavia", 1992, 2003),
            new DatedName("YUG", "Yugoslavia", 1990, 1992));

    assertThatThrownBy(() -> registry(clash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Yugoslavia' means both SCG (1992-2003) and YUG (1990-1992)");
  }

  @Test
  void datedNameOfUnknownCountryIsRejected() {
    assertThatThrownBy(() -> registry(List.of(new DatedName("XXX", "Nowhere", 1990, null))))
        .hasMessageContaining("unknown country XXX");
  }

  @Test
  void datedNameEndingBeforeItStartsIsRejected() {
    assertThatThrownBy(() -> new DatedName("COD", "Zaire", 1997, 1971))
        .hasMessageContaining("ends in 1971, before 1997");
  }

  @Test
  void requireNameWithYearSuggestsClosestMatches() {
    CountryRegistry r = registry(List.of());

    assertThatThrownBy(() -> r.requireName("Germny", 1990, "test line 3"))
        .isInstanceOf(UnknownCountryException.class)
        .hasMessageContaining("'Germny' in test line 3; did you mean DEU (Germany)?");
  }

  @Test
  void codeOfPicksTheSameCodeEveryTimeWhenTwoCodesHoldInOneYear() {
    List<CrosswalkEntry> rows =
        List.of(
            new CrosswalkEntry("DEU", CodeSystem.COW, "260", 1955, 1990, ""),
            new CrosswalkEntry("DEU", CodeSystem.COW, "255", 1990, null, ""),
            new CrosswalkEntry("COD", CodeSystem.ISO2, "CD", 1960, null, ""),
            new CrosswalkEntry("COD", CodeSystem.ISO2, "ZR", 1971, 1997, ""),
            new CrosswalkEntry("YUG", CodeSystem.ISO2, "YU", 1878, 1991, ""),
            new CrosswalkEntry("YUG", CodeSystem.ISO2, "XY", 1878, null, ""));
    CountryRegistry r = new CountryRegistry(List.of(YUG, SCG, COD, DEU), rows);

    assertThat(r.codeOf("DEU", CodeSystem.COW, 1990)).contains("255");
    assertThat(r.codeOf("DEU", CodeSystem.COW, 1989)).contains("260");
    assertThat(r.codeOf("COD", CodeSystem.ISO2, 1980)).contains("ZR");
    assertThat(r.codeOf("COD", CodeSystem.ISO2, 2000)).contains("CD");
    assertThat(r.codeOf("YUG", CodeSystem.ISO2, 1980)).contains("YU");
  }

  @Test
  void plainNameOfTwoCountriesIsStillRejected() {
    Country other = new Country("SRB", "Serbia", "", Country.Kind.STATE, 2006, null, null, "");
    Country clash =
        new Country("MNE", "Montenegro", "", Country.Kind.STATE, 2006, null, List.of("Serbia"), "");

    assertThatThrownBy(() -> new CountryRegistry(List.of(other, clash), List.of()))
        .hasMessageContaining("Name 'Serbia' belongs to both SRB and MNE");
  }
}
