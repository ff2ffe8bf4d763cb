package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** {@link CountryConverter} on the registry Borderland ships. */
class CountryConverterTest {
  private final CountryConverter converter = new CountryConverter();

  @Test
  void anIso3CodeIsItself() {
    assertThat(converter.convert("KAZ")).isEqualTo("KAZ");
  }

  @Test
  void aLowerCaseCodeWithSpacesIsReadAsTheCode() {
    assertThat(converter.convert(" kaz ")).isEqualTo("KAZ");
  }

  @Test
  void aNameOrAliasGivesItsCode() {
    assertThat(converter.convert("Kazakhstan")).isEqualTo("KAZ");
    assertThat(converter.convert("russia")).isEqualTo("RUS");
  }

  @Test
  void anUnknownValueNamesItAndTheClosestCountries() {
    assertThatThrownBy(() -> converter.convert("KAZZ"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageStartingWith("'KAZZ' is not a country code or name; did you mean ")
        .hasMessageContaining("KAZ (Kazakhstan)")
        .hasMessageEndingWith("?");
  }

  @Test
  void aValueNothingIsCloseToSaysWhereTheCodesAreListed() {
    assertThatThrownBy(() -> converter.convert("Qqqqqqqqqqqqqqqq"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage(
            "'Qqqqqqqqqqqqqqqq' is not a country code or name; run `borderland data countries`"
                + " to list them");
  }
}
