package org.borderland.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void distanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("flaw", "lawn")).isEqualTo(2);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("abc", "")).isEqualTo(3);
    assertThat(Suggestions.distance("same", "same")).isZero();
  }

  @Test
  void distanceIsSymmetricAndCaseSensitive() {
    assertThat(Suggestions.distance("winmx", "winmax"))
        .isEqualTo(Suggestions.distance("winmax", "winmx"))
        .isEqualTo(1);
    assertThat(Suggestions.distance("KAZ", "kaz")).isEqualTo(3);
  }

  @Test
  void closestIgnoresCaseAndReturnsTheCandidateAsWritten() {
    assertThat(Suggestions.closest("Kin_Shar", List.of("kin_absolute", "kin_share"), 2))
        .contains("kin_share");
    assertThat(Suggestions.closest("lpi", List.of("LPI", "Gas"), 0)).contains("LPI");
  }

  @Test
  void closestIsEmptyBeyondTheLimit() {
    assertThat(Suggestions.closest("territory", List.of("territorial_claims", "hedging"), 2))
        .isEmpty();
    assertThat(Suggestions.closest("anything", List.of(), 5)).isEmpty();
  }

  @Test
  void closestPrefersTheNearestAndOfEqualOnesTheFirst() {
    assertThat(Suggestions.closest("cat", List.of("chart", "cut"), 2)).contains("cut");
    assertThat(Suggestions.closest("cat", List.of("cap", "cut"), 2)).contains("cap");
  }

  @Test
  void aLimitPerCandidateSkipsATooShortCandidateForAFartherLongerOne() {
    // 'P' is one edit from 'LP' but shares too little; 'LPXY' is two edits away and long enough.
    List<String> candidates = List.of("P", "LPXY");
    assertThat(Suggestions.closest("LP", candidates, c -> c.length() < 2 ? 0 : 2)).contains("LPXY");
    assertThat(Suggestions.closest("LP", candidates, 2)).contains("P");
  }
}
