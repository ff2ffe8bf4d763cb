package org.borderland.data.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NonStatesTest {
  @TempDir Path dir;

  private NonStates load(String text) throws IOException {
    Path p = dir.resolve("non-states.csv");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    try (Reader r = Files.newBufferedReader(p)) {
      return NonStates.load(r, p.toString());
    }
  }

  @Test
  void namesAreComparedNormalisedAndCodesInAnyCase() throws IOException {
    NonStates ns =
        load("fips,name,reason\nXX,World,\"the whole world, aggregated\"\nEE,European Union,x\n");

    assertThat(ns.isNonStateName("WORLD")).isTrue();
    assertThat(ns.isNonStateName("  the world ")).isTrue();
    assertThat(ns.isNonStateName("European-Union")).isTrue();
    assertThat(ns.isNonStateName("Europe")).isFalse();
    assertThat(ns.isNonStateName(null)).isFalse();
    assertThat(ns.isNonStateFips("xx")).isTrue();
    assertThat(ns.isNonStateFips("RS")).isFalse();
    assertThat(ns.entries().get(0).reason()).isEqualTo("the whole world, aggregated");
  }

  @Test
  void badFipsCodeNamesFileAndLine() {
    assertThatThrownBy(() -> load("fips,name,reason\nXX,World,\nXXX,Ocean,\n"))
        .isInstanceOf(RegistryTableException.class)
        .hasMessageContaining("non-states.csv line 3: FIPS code 'XXX' must be two letters");
  }

  @Test
  void repeatedNameIsRejected() {
    assertThatThrownBy(() -> load("fips,name,reason\nXX,World,\nXW,the World,\n"))
        .hasMessageContaining("line 3: name 'the World' is already listed on line 2");
  }

  @Test
  void bundledListHoldsTheUnionTheWorldAndTheOceansButNotAntarctica() {
    NonStates ns = NonStates.standard();

    assertThat(ns.entries())
        .extracting(NonStates.Entry::fips)
        .containsExactlyInAnyOrder("EE", "XX", "XQ", "ZH", "XO", "ZN", "OO");
    assertThat(ns.isNonStateName("Southern Ocean")).isTrue();
    assertThat(ns.isNonStateName("Antarctica")).isFalse();
    assertThat(NonStates.standard()).isSameAs(ns);
  }

  @Test
  void noNonStateIsInTheRegistryAndNoRegistryPlaceIsANonState() {
    NonStates ns = NonStates.standard();
    CountryRegistry registry = RegistryTables.standard();

    for (NonStates.Entry e : ns.entries()) {
      assertThat(registry.findByName(e.name())).as(e.name()).isEmpty();
      assertThat(registry.resolveCode(org.borderland.core.country.CodeSystem.FIPS, e.fips(), 2020))
          .as(e.fips())
          .isEmpty();
    }
    for (Country c : registry.all()) {
      assertThat(ns.isNonStateName(c.name())).as(c.iso3()).isFalse();
    }
    assertThat(registry.get("ATA").kind()).isEqualTo(Country.Kind.TERRITORY);
  }
}
