package org.borderland.data.factbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderland.data.factbook.Fixtures.field;

import java.time.LocalDate;
import java.util.List;
import org.borderland.core.panel.Observation;
import org.junit.jupiter.api.Test;

class FactbookObservationsTest {
  private static final String TEXT =
      "Kazakh (Qazaq) 63.1%, Russian 23.7%, Uzbek 2.9%, Ukrainian 2.1%, Uighur 1.4%, Tatar 1.3%,"
          + " German 1.1%, other 4.4% (2009 est.)";

  @Test
  void everyRowCarriesTheFieldsEditionDatasetAndWholeText() {
    FieldText f = field("KAZ", "Ethnic groups", TEXT, 2014);
    List<Observation> obs = FactbookObservations.from(f, Fixtures.REGISTRY);
    assertThat(obs).hasSize(8);
    assertThat(obs)
        .allSatisfy(
            o -> {
              assertThat(o.country()).isEqualTo("KAZ");
              assertThat(o.edition()).isEqualTo(2014);
              assertThat(o.published()).isEqualTo(LocalDate.of(2014, 12, 31));
              assertThat(o.asKnown()).isTrue();
              assertThat(o.unit()).isEqualTo("%");
              assertThat(o.refYear()).isEqualTo(2009);
              assertThat(o.source().dataset()).isEqualTo("factbook-archive");
              assertThat(o.source().edition()).isEqualTo("2014 (fixture)");
              assertThat(o.source().field()).isEqualTo("Ethnic groups");
              assertThat(o.source().text()).isEqualTo(TEXT);
            });
  }

  @Test
  void theOrderIsTheOrderOfTheFieldAndRepeatable() {
    FieldText f = field("KAZ", "Ethnic groups", TEXT, 2014);
    List<Observation> first = FactbookObservations.from(f, Fixtures.REGISTRY);
    assertThat(first)
        .extracting(Observation::key)
        .containsExactly(
            "Kazakh", "Russian", "Uzbek", "Ukrainian", "Uyghur", "Tatar", "German", "Other");
    assertThat(FactbookObservations.from(f, Fixtures.REGISTRY)).isEqualTo(first);
  }

  @Test
  void aFieldBorderlandDoesNotParseGivesNothing() {
    assertThat(
            FactbookObservations.from(
                field("KAZ", "Climate", "dry continental", 2014), Fixtures.REGISTRY))
        .isEmpty();
    assertThat(
            FactbookObservations.from(field("KAZ", "Ethnic groups", " ", 2014), Fixtures.REGISTRY))
        .isEmpty();
  }
}
