package org.borderland.data.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {
  @Test
  void parsesDayMonthAndYearPrecision() {
    assertThat(PartialDate.parse("2014-08-29").precision()).isEqualTo(PartialDate.Precision.DAY);
    assertThat(PartialDate.parse("2014-08").precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(PartialDate.parse("2014").precision()).isEqualTo(PartialDate.Precision.YEAR);
  }

  @Test
  void monthPrecisionSpansTheWholeMonth() {
    PartialDate d = PartialDate.parse("2024-02");
    assertThat(d.earliest()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(d.latest()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void yearPrecisionSpansTheWholeYear() {
    PartialDate d = PartialDate.parse("2014");
    assertThat(d.earliest()).isEqualTo(LocalDate.of(2014, 1, 1));
    assertThat(d.latest()).isEqualTo(LocalDate.of(2014, 12, 31));
  }

  @Test
  void printsAsWrittenSoThePrecisionStaysVisible() {
    assertThat(PartialDate.parse("2014-08")).hasToString("2014-08");
    assertThat(PartialDate.parse("2014-08-29")).hasToString("2014-08-29");
    assertThat(PartialDate.parse("2014")).hasToString("2014");
  }

  @Test
  void rejectsImpossibleDatesAndOtherForms() {
    assertThatThrownBy(() -> PartialDate.parse("2014-02-30"))
        .hasMessageContaining("Not a calendar date");
    assertThatThrownBy(() -> PartialDate.parse("29.08.2014"))
        .hasMessageContaining("YYYY-MM-DD, YYYY-MM or YYYY");
    assertThatThrownBy(() -> PartialDate.parse("2014-13")).hasMessageContaining("Not a calendar");
  }

  @Test
  void ordersByEarliestDayThenLessPreciseFirst() {
    assertThat(PartialDate.parse("2014-08").compareTo(PartialDate.parse("2014-08-01")))
        .isNegative();
    assertThat(PartialDate.parse("2014-08-29").compareTo(PartialDate.parse("2014-09")))
        .isNegative();
  }
}
