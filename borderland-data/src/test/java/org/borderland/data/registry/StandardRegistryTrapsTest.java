package org.borderland.data.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderland.core.country.CodeSystem.COW;
import static org.borderland.core.country.CodeSystem.COW_ABB;
import static org.borderland.core.country.CodeSystem.FIPS;
import static org.borderland.core.country.CodeSystem.ISO2;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.borderland.core.country.CodeSystem;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.country.CrosswalkEntry;
import org.borderland.core.country.UnknownCountryException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each code trap of issue 2, pinned on the tables Borderland ships. */
class StandardRegistryTrapsTest {
  private static final CountryRegistry R = RegistryTables.standard();

  private static String code(CodeSystem system, String code, int year) {
    return R.resolveCode(system, code, year).orElse("-");
  }

  @Test
  void fipsRsIsRussiaWhileIso2RsIsSerbia() {
    assertThat(code(FIPS, "RS", 2020)).isEqualTo("RUS");
    assertThat(code(ISO2, "RS", 2020)).isEqualTo("SRB");
    assertThat(code(ISO2, "RS", 2000)).as("ISO2 RS was not Serbia before 2006").isEqualTo("-");
    assertThat(code(FIPS, "RI", 2020)).isEqualTo("SRB");
    assertThat(code(ISO2, "RU", 2020)).isEqualTo("RUS");
    assertThat(R.codeOf("SRB", FIPS, 2020)).contains("RI");
    assertThat(R.codeOf("RUS", ISO2, 2020)).contains("RU");
  }

  @ParameterizedTest(name = "COW_ABB {0} is {1}, not ISO3")
  @CsvSource({"KZK,KAZ", "GRG,GEO", "MLD,MDA", "UKR,UKR", "BLR,BLR", "AUS,AUT", "SLV,SVN"})
  void cowAbbreviationIsNotIso3(String abb, String iso3) {
    assertThat(code(COW_ABB, abb, 2010)).isEqualTo(iso3);
  }

  @Test
  void cowAbbreviationsThatLookLikeOtherCountriesIso3() {
    assertThat(code(COW_ABB, "KAZ", 2010)).isEqualTo("-");
    assertThat(code(COW_ABB, "AUS", 2010)).isEqualTo("AUT");
    assertThat(R.get("AUS").name()).isEqualTo("Australia");
    assertThat(code(COW_ABB, "MNG", 2010)).isEqualTo("MNE");
    assertThat(code(COW_ABB, "MAC", 2010)).isEqualTo("MKD");
    assertThat(code(COW_ABB, "SWZ", 2010)).as("Switzerland, not Eswatini").isEqualTo("CHE");
    assertThat(code(COW_ABB, "SWA", 2010)).isEqualTo("SWZ");
    assertThat(code(COW_ABB, "KOR", 1900)).as("the Korean Empire").isEqualTo("XKO");
    assertThat(code(COW_ABB, "KOR", 2010)).isEqualTo("-");
    assertThat(code(COW_ABB, "ROK", 2010)).isEqualTo("KOR");
  }

  @Test
  void cowCzeIsCzechoslovakiaUntil1992AndCzechiaIs316Czr() {
    assertThat(code(COW_ABB, "CZE", 1992)).isEqualTo("CSK");
    assertThat(code(COW, "315", 1992)).isEqualTo("CSK");
    assertThat(code(COW_ABB, "CZE", 1993)).isEqualTo("-");
    assertThat(code(COW, "315", 1993)).isEqualTo("-");
    assertThat(code(COW, "316", 1993)).isEqualTo("CZE");
    assertThat(code(COW_ABB, "CZR", 1993)).isEqualTo("CZE");
    assertThat(code(COW, "315", 1942)).as("occupied 1939-1945").isEqualTo("-");
    assertThat(R.get("CZE").name()).isEqualTo("Czechia");
    assertThat(R.get("CSK").toYear()).isEqualTo(1992);
  }

  @Test
  void cow365IsTheSovietUnionUpTo1991AndRussiaFrom1992() {
    assertThat(code(COW, "365", 1991)).isEqualTo("SUN");
    assertThat(code(COW, "365", 1950)).isEqualTo("SUN");
    assertThat(code(COW, "365", 1992)).isEqualTo("RUS");
    assertThat(code(COW, "365", 1900)).isEqualTo("XRE");
    assertThat(code(COW_ABB, "RUS", 1991)).isEqualTo("SUN");
    assertThat(code(COW_ABB, "RUS", 1992)).isEqualTo("RUS");
    assertThat(R.codeOf("SUN", COW, 1980)).contains("365");
    assertThat(R.codeOf("RUS", COW, 1991)).isEmpty();
  }

  @Test
  void cow345IsYugoslaviaThenSerbiaAndMontenegroThenSerbia() {
    assertThat(code(COW, "345", 1991)).isEqualTo("YUG");
    assertThat(code(COW, "345", 1992)).isEqualTo("SCG");
    assertThat(code(COW, "345", 2005)).isEqualTo("SCG");
    assertThat(code(COW, "345", 2006)).isEqualTo("SRB");
    assertThat(code(COW, "345", 2022)).isEqualTo("SRB");
    assertThat(code(COW, "345", 1942)).as("occupied 1941-1944").isEqualTo("-");
    assertThat(code(COW_ABB, "YUG", 2010)).isEqualTo("SRB");
    assertThat(code(COW, "341", 2006)).isEqualTo("MNE");
  }

  @Test
  void kosovoIsInOurCrosswalkUnderEveryCode() {
    assertThat(code(COW, "347", 2008)).isEqualTo("XKX");
    assertThat(code(COW_ABB, "KOS", 2010)).isEqualTo("XKX");
    assertThat(code(FIPS, "KV", 2020)).isEqualTo("XKX");
    assertThat(code(ISO2, "XK", 2020)).isEqualTo("XKX");
    assertThat(code(COW, "347", 2007)).isEqualTo("-");
    Country kosovo = R.get("XKX");
    assertThat(kosovo.kind()).isEqualTo(Country.Kind.DISPUTED);
    assertThat(kosovo.fromYear()).isEqualTo(2008);
    assertThat(R.codeOf("XKX", COW, 2010)).contains("347");
  }

  @Test
  void germanyIs255Then260AndEastGermany265() {
    assertThat(code(COW, "255", 1900)).isEqualTo("DEU");
    assertThat(code(COW, "255", 1950)).isEqualTo("-");
    assertThat(code(COW, "260", 1960)).isEqualTo("DEU");
    assertThat(code(COW_ABB, "GFR", 1960)).isEqualTo("DEU");
    assertThat(code(COW, "265", 1960)).isEqualTo("DDR");
    assertThat(code(COW_ABB, "GDR", 1960)).isEqualTo("DDR");
    assertThat(code(COW, "260", 1991)).isEqualTo("-");
    assertThat(code(COW, "265", 1991)).isEqualTo("-");
    assertThat(code(COW, "255", 1991)).isEqualTo("DEU");
    assertThat(R.codeOf("DEU", COW, 1990)).as("255 and 260 both hold in 1990").contains("255");
    assertThat(R.codeOf("DEU", COW, 1989)).contains("260");
    assertThat(R.get("DDR").toYear()).isEqualTo(1990);
  }

  @Test
  void yemenIs678And680Until1990And679After() {
    assertThat(code(COW, "678", 1980)).isEqualTo("YEM");
    assertThat(code(COW, "680", 1980)).isEqualTo("YMD");
    assertThat(code(COW_ABB, "YPR", 1980)).isEqualTo("YMD");
    assertThat(code(COW_ABB, "YAR", 1980)).isEqualTo("YEM");
    assertThat(code(COW, "679", 1991)).isEqualTo("YEM");
    assertThat(code(COW, "678", 1991)).isEqualTo("-");
    assertThat(code(COW, "680", 1991)).isEqualTo("-");
    assertThat(R.codeOf("YEM", COW, 1990)).contains("679");
    assertThat(R.findByName("Yemen, People's Democratic Republic of"))
        .map(Country::iso3)
        .contains("YMD");
  }

  @Test
  void iso2CsWasCzechoslovakiaThenSerbiaAndMontenegro() {
    assertThat(code(ISO2, "CS", 1990)).isEqualTo("CSK");
    assertThat(code(ISO2, "CS", 1998)).isEqualTo("-");
    assertThat(code(ISO2, "CS", 2004)).isEqualTo("SCG");
    assertThat(code(ISO2, "YU", 1990)).isEqualTo("YUG");
    assertThat(code(ISO2, "YU", 1998)).isEqualTo("SCG");
    assertThat(code(ISO2, "SU", 1990)).isEqualTo("SUN");
    assertThat(code(ISO2, "ZR", 1990)).isEqualTo("COD");
  }

  @Test
  void fipsCodesTheFactbookChanged() {
    assertThat(code(FIPS, "TC", 2002)).isEqualTo("ARE");
    assertThat(code(FIPS, "AE", 2004)).isEqualTo("ARE");
    assertThat(code(FIPS, "CC", 2015)).isEqualTo("CUW");
    assertThat(code(FIPS, "UC", 2020)).isEqualTo("CUW");
    assertThat(code(FIPS, "CK", 2020)).as("Cocos, not Curacao").isEqualTo("CCK");
    assertThat(code(FIPS, "SK", 2015)).isEqualTo("SXM");
    assertThat(code(FIPS, "NN", 2020)).isEqualTo("SXM");
    assertThat(code(FIPS, "RB", 2007)).isEqualTo("SRB");
    assertThat(code(FIPS, "YI", 2003)).isEqualTo("SCG");
  }

  @Test
  void spellingsFromTheSourcesResolve() {
    Map<String, String> names = new HashMap<>();
    names.put("Kazakstan", "KAZ");
    names.put("Kyrgyz Republic", "KGZ");
    names.put("Republic of Moldova", "MDA");
    names.put("Burma", "MMR");
    names.put("Korea, North", "PRK");
    names.put("Korea, South", "KOR");
    names.put("Macedonia, The Former Yugoslav Republic of", "MKD");
    names.put("Turkey (Turkiye)", "TUR");
    names.put("Cote d'Ivoire", "CIV");
    names.put("Côte d’Ivoire", "CIV");
    names.put("Zaire", "COD");
    names.put("Congo", "COG");
    names.put("Soviet Union", "SUN");
    names.put("Czechoslovakia", "CSK");
    names.put("German Democratic Republic", "DDR");
    names.put("Germany, Federal Republic of", "DEU");
    names.put("Iraq - Saudi Arabia Neutral Zone", "NTZ");
    names.put("Pacific Islands, Trust Territory of the", "PCI");
    names.put("Wuerttemburg", "XWT");
    names.put("Bahamas, The", "BHS");
    names.put("Holy See (Vatican City)", "VAT");
    names.put("Erithea", "ERI");
    names.put("PDRY", "YMD");
    names.forEach(
        (name, iso3) -> assertThat(R.findByName(name)).as(name).map(Country::iso3).contains(iso3));
  }

  @Test
  void yugoslaviaIsSfryBut2001FactbookYugoslaviaIsSerbiaAndMontenegro() {
    assertThat(R.findByName("Yugoslavia")).map(Country::iso3).contains("YUG");
    assertThat(R.findByName("Yugoslavia", 1991)).map(Country::iso3).contains("YUG");
    assertThat(R.findByName("Yugoslavia", 2001)).map(Country::iso3).contains("SCG");
    assertThat(R.findByName("Serbia and Montenegro", 1995)).map(Country::iso3).contains("SCG");
    assertThat(R.findByName("Zaire", 1990)).map(Country::iso3).contains("COD");
  }

  @Test
  void unknownCodeSuggestsClosestMatch() {
    assertThatThrownBy(() -> R.get("KAZZ", "scenario.yaml line 4"))
        .isInstanceOf(UnknownCountryException.class)
        .hasMessageStartingWith(
            "Unknown country code 'KAZZ' in scenario.yaml line 4; did you mean KAZ (Kazakhstan)");
    UnknownCountryException e =
        (UnknownCountryException) catchThrowable(() -> R.resolve("Kazakhstn", "cli"));
    assertThat(e.suggestions()).extracting(Country::iso3).first().isEqualTo("KAZ");
    assertThat(R.resolve("kazakstan", "cli").iso3()).isEqualTo("KAZ");
  }

  private static Throwable catchThrowable(Runnable r) {
    try {
      r.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  @Test
  void sovietUnionAndRussiaAreDifferentCountries() {
    Country sun = R.get("SUN");
    Country rus = R.get("RUS");
    assertThat(sun.existsIn(1990)).isTrue();
    assertThat(sun.existsIn(1992)).isFalse();
    assertThat(rus.existsIn(1990)).isFalse();
    assertThat(rus.existsIn(1992)).isTrue();
    assertThat(R.findByName("Russian Federation")).map(Country::iso3).contains("RUS");
  }

  @Nested
  class WholeTable {
    @Test
    void disputedStatesAreExactlyKosovoTaiwanWesternSaharaAndPalestine() {
      assertThat(R.all())
          .filteredOn(c -> c.kind() == Country.Kind.DISPUTED)
          .extracting(Country::iso3)
          .containsExactlyInAnyOrder("ESH", "PSE", "TWN", "XKX");
      assertThat(R.get("XPG").isState()).as("Spratly Islands are a place").isFalse();
      assertThat(R.get("XWE").isState()).isFalse();
    }

    @Test
    void everyDocumentedCodeCarriesANote() {
      Set<String> iso3 = new HashSet<>();
      for (Country c : R.all()) {
        boolean documented =
            c.iso3().startsWith("X")
                || List.of("SUN", "YUG", "SCG", "CSK", "DDR", "YMD", "ANT", "NTZ", "PCI")
                    .contains(c.iso3());
        if (documented) {
          iso3.add(c.iso3());
          assertThat(c.note()).as(c.iso3()).isNotBlank();
        }
      }
      assertThat(iso3).contains("XKX", "SUN", "YUG", "SCG", "CSK", "DDR", "XRE");
    }

    @Test
    void everyCrosswalkRowLiesWithinItsCountrysYears() {
      for (Country c : R.all()) {
        for (CrosswalkEntry e : R.crosswalkOf(c.iso3())) {
          assertThat(c.existsIn(e.fromYear()))
              .as("%s %s %s from %d", c.iso3(), e.system(), e.code(), e.fromYear())
              .isTrue();
          if (e.toYear() != null) {
            assertThat(c.existsIn(e.toYear())).as("%s %s to", c.iso3(), e.code()).isTrue();
          } else {
            assertThat(c.toYear()).as("%s %s open", c.iso3(), e.code()).isNull();
          }
        }
      }
    }

    @Test
    void standardIsLoadedOnceEvenFromManyThreads() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Callable<CountryRegistry>> calls =
            List.of(
                RegistryTables::standard,
                RegistryTables::standard,
                RegistryTables::standard,
                RegistryTables::standard);
        for (Future<CountryRegistry> f : pool.invokeAll(calls)) {
          assertThat(f.get()).isSameAs(R);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
