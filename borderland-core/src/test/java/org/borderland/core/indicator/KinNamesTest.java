package org.borderland.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KinNamesTest {
  @ParameterizedTest
  @CsvSource({
    "Russian, Russians",
    "Hungarian, Magyar",
    "Serb, Serbian",
    "Azerbaijani, Azeri",
    "Azerbaijani, Azerbaijan",
    "Turkish, Turk",
    "Han Chinese, Chinese",
    "Albanian, Albanians",
    "Armenian, armenian",
    "Somali, Somalie",
    "Pashtun, Pakhtun",
    "Pashtun, Pathan",
    "Kurd, Kurdish",
    "Roma, Romani"
  })
  void variantsOfOneGroupNameTheSameGroup(String a, String b) {
    assertThat(KinNames.same(a, b, true)).isTrue();
    assertThat(KinNames.same(b, a, true)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "Standard Chinese or Mandarin, Chinese",
    "Mandarin, Chinese dialects",
    "Pashto, Pashtu",
    "Farsi, Persian",
    "Azerbaijani Turkic, Azeri",
    "Serbian, serbian",
    "Uzbek, Uzbeki",
    "Somali, Somaligna"
  })
  void variantsOfOneLanguageNameTheSameLanguage(String a, String b) {
    assertThat(KinNames.same(a, b, false)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "Turkish, Turkmen",
    "Turk, Turkmen",
    "Turkish, Turkic",
    "Turkish, Turkana",
    "Russian, Russian and Ukrainian",
    "Russian, Russian Azari",
    "Serb, Serbo-Croatian",
    "Romanian, Moldovan/Romanian"
  })
  void differentGroupsNeverMatch(String a, String b) {
    assertThat(KinNames.same(a, b, true)).isFalse();
    assertThat(KinNames.same(a, b, false)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "White",
        "Black",
        "Asian",
        "Amerindian and Alaska native",
        "Native Hawaiian and other Pacific islander",
        "Two or more race",
        "Mestizo",
        "Black African",
        "Israel-born",
        "Europe/America/Oceania-born",
        "Other",
        "Other or unknown",
        "Unspecified",
        "Undeclared or unknown",
        "Non-Jewish",
        "Foreign nationals"
      })
  void racesBirthplacesAndResidualCategoriesCannotBeAMainGroup(String key) {
    assertThat(KinNames.excludedGroup(key)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Russian", "Han Chinese", "Turkish", "Jewish", "Arab", "Hungarian", "Serb"})
  void peoplesCanBeAMainGroup(String key) {
    assertThat(KinNames.excludedGroup(key)).isFalse();
  }

  @Test
  void listsAndResidualLanguagesCannotBeTheLanguage() {
    assertThat(KinNames.excludedLanguage("Other minority languages")).isTrue();
    assertThat(KinNames.excludedLanguage("English and French")).isTrue();
    assertThat(KinNames.excludedLanguage("Unspecified")).isTrue();
    assertThat(KinNames.excludedLanguage("Standard Chinese or Mandarin")).isFalse();
  }

  @Test
  void theLanguageOfAGroupIsNamedAsTheGroupIs() {
    assertThat(KinNames.languageOfGroup("Russian")).isEqualTo("russian");
    assertThat(KinNames.languageOfGroup("Han Chinese")).isEqualTo("chinese");
    assertThat(KinNames.languageOfGroup("Serb")).isEqualTo("serbian");
    assertThat(KinNames.languageOfGroup("Pashtun")).isEqualTo("pashto");
    assertThat(KinNames.languageOfGroup("Turk")).isEqualTo("turkish");
  }
}
