package org.borderland.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.borderland.core.model.ModelFixtures.FACTBOOK;
import static org.borderland.core.model.ModelFixtures.cell;
import static org.borderland.core.model.ModelFixtures.fb;
import static org.borderland.core.model.ModelFixtures.panel;
import static org.borderland.core.model.ModelFixtures.spec;

import org.borderland.core.model.Definition;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Panel;
import org.junit.jupiter.api.Test;

class EthnicMixTest {
  private static final IndicatorSpec FRAC =
      spec("frac", new Definition.Fractionalisation(), FACTBOOK);
  private static final IndicatorSpec POL = spec("pol", new Definition.Polarisation(), FACTBOOK);
  private static final String E = "ethnic_share";

  @Test
  void twoEqualGroupsGiveFractionalisationOneHalfAndPolarisationOne() {
    Panel p =
        panel(fb("KAZ", E, "Kazakh", 50.0, 2009, 2010), fb("KAZ", E, "Russian", 50.0, 2009, 2010));
    assertThat(cell(p, FRAC, "KAZ", 2010).value()).isCloseTo(0.5, within(1e-12));
    assertThat(cell(p, POL, "KAZ", 2010).value()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void oneGroupGivesZeroForBoth() {
    Panel p = panel(fb("ISL", E, "Icelandic", 100.0, 2010, 2010));
    assertThat(cell(p, FRAC, "ISL", 2010).value()).isZero();
    assertThat(cell(p, POL, "ISL", 2010).value()).isZero();
  }

  @Test
  void followsTheFormulasOnAnUnevenList() {
    // 0.6, 0.3, 0.1: F = 1 − (0.36 + 0.09 + 0.01) = 0.54; P = 4 (0.36·0.4 + 0.09·0.7 + 0.01·0.9)
    Panel p =
        panel(
            fb("GEO", E, "Georgian", 60.0, 2002, 2010),
            fb("GEO", E, "Azerbaijani", 30.0, 2002, 2010),
            fb("GEO", E, "Armenian", 10.0, 2002, 2010));
    assertThat(cell(p, FRAC, "GEO", 2010).value()).isCloseTo(0.54, within(1e-12));
    assertThat(cell(p, POL, "GEO", 2010).value())
        .isCloseTo(4 * (0.144 + 0.063 + 0.009), within(1e-12));
  }

  @Test
  void nonResponseIsLeftOutAndTheRestDividedByItsTotal() {
    Panel p =
        panel(
            fb("HUN", E, "Hungarian", 72.0, 2011, 2020),
            fb("HUN", E, "German", 8.0, 2011, 2020),
            fb("HUN", E, "Unspecified", 20.0, 2011, 2020));
    RawValue v = cell(p, FRAC, "HUN", 2020);
    // 0.9 and 0.1 of the 80% who answered
    assertThat(v.value()).isCloseTo(1 - 0.81 - 0.01, within(1e-12));
    assertThat(v.note()).contains("non-response (20%) left out");
  }

  @Test
  void groupsPrintedInsideAnotherAreNotCountedTwice() {
    Panel p =
        panel(
            fb("MDA", E, "Moldovan/Romanian", 80.0, 2004, 2010),
            fb("MDA", E, "Moldovan", 60.0, 2004, 2010)
                .withNote("part of Moldovan/Romanian 80%; not additional"),
            fb("MDA", E, "Ukrainian", 20.0, 2004, 2010));
    assertThat(cell(p, FRAC, "MDA", 2010).value()).isCloseTo(1 - 0.64 - 0.04, within(1e-12));
  }

  @Test
  void otherCountsAsOneGroupAndTheNoteSaysItIsALowerBound() {
    Panel p =
        panel(fb("KAZ", E, "Kazakh", 80.0, 2010, 2014), fb("KAZ", E, "Other", 20.0, 2010, 2014));
    RawValue v = cell(p, FRAC, "KAZ", 2014);
    assertThat(v.value()).isCloseTo(1 - 0.64 - 0.04, within(1e-12));
    assertThat(v.note()).contains("'other' counted as one group").contains("lower bound");
  }

  @Test
  void aListWhoseFiguresCoverTooLittleIsMissing() {
    Panel p =
        panel(fb("KAZ", E, "Russian", 23.7, 2009, 2010), fb("KAZ", E, "Kazakh", null, null, 2010));
    RawValue v = cell(p, FRAC, "KAZ", 2010);
    assertThat(v.isFilled()).isFalse();
    assertThat(v.note()).contains("cover 23.7%").contains("less than 90%");
  }

  @Test
  void usesTheNewestEditionKnownInTheYear() {
    Panel p =
        panel(
            fb("KAZ", E, "Kazakh", 50.0, 1999, 2005),
            fb("KAZ", E, "Russian", 50.0, 1999, 2005),
            fb("KAZ", E, "Kazakh", 100.0, 2009, 2012));
    assertThat(cell(p, FRAC, "KAZ", 2011).value()).isCloseTo(0.5, within(1e-12));
    assertThat(cell(p, FRAC, "KAZ", 2012).value()).isZero();
  }
}
