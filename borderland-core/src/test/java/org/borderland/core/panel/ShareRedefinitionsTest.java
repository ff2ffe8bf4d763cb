package org.borderland.core.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShareRedefinitionsTest {
  private static Observation lang(String key, double v, Integer ref, int edition) {
    return new Observation(
        "RUS",
        "language_share",
        key,
        v,
        "%",
        ref,
        edition,
        LocalDate.of(edition, 12, 31),
        true,
        new Source("factbook-archive", edition + " edition", "Languages", "t"));
  }

  @Test
  void aChangeForTheSameYearIsMarkedAsARedefinition() {
    List<Observation> out =
        ShareRedefinitions.mark(
            List.of(lang("Russian", 96.3, 2010, 2015), lang("Russian", 85.7, 2010, 2016)));
    assertThat(ShareRedefinitions.isRedefinition(out.get(0))).isFalse();
    assertThat(out.get(1).note())
        .startsWith("redefined or revised: 96.3% for 2010 in the 2015 edition, 85.7% for 2010");
    assertThat(ShareRedefinitions.isRedefinition(out.get(1))).isTrue();
    assertThat(out.get(1).value()).isEqualTo(85.7);
  }

  @Test
  void aNewerCensusOrAnUndatedFigureIsNotMarked() {
    List<Observation> out =
        ShareRedefinitions.mark(
            List.of(
                lang("Russian", 30.0, 1999, 2005),
                lang("Russian", 23.7, 2009, 2011),
                lang("Russian", 20.0, null, 2019),
                lang("Tatar", 3.0, 2010, 2015),
                lang("Tatar", 3.0, 2010, 2016)));
    assertThat(out).noneMatch(ShareRedefinitions::isRedefinition);
  }
}
