package org.borderland.data.factbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderland.data.factbook.Fixtures.get;
import static org.borderland.data.factbook.Fixtures.keys;
import static org.borderland.data.factbook.Fixtures.parse;
import static org.borderland.data.factbook.Fixtures.parsed;

import java.util.List;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.junit.jupiter.api.Test;

class OrganisationsTest {
  private static final String MEMBER = Indicators.MEMBER_OF;

  @Test
  void eachMembershipIsARowWithValueOne() {
    List<Observation> obs =
        parse("KAZ", "Member of", "CIS, CSCE, IMF, NACC, OIC, UN, UNCTAD", 1992);
    assertThat(keys(obs, MEMBER))
        .containsExactly("CIS", "CSCE", "IMF", "NACC", "OIC", "UN", "UNCTAD");
    assertThat(obs).allSatisfy(o -> assertThat(o.value()).isEqualTo(1.0));
  }

  @Test
  void aQualifiedParticipationIsItsOwnKeySoThePlainKeyMeansFullMembership() {
    List<Observation> obs =
        parse(
            "KAZ",
            "International organization participation",
            "CIS, CSTO, NAM (observer), OAS (observer), WTrO (applicant), UN Security Council (temporary)",
            2000);
    assertThat(keys(obs, MEMBER))
        .containsExactly(
            "CIS",
            "CSTO",
            "NAM (observer)",
            "OAS (observer)",
            "WTrO (applicant)",
            "UN Security Council (temporary)");
    assertThat(get(obs, MEMBER, "NAM (observer)").note()).contains("(observer)");
    assertThat(keys(obs, MEMBER)).doesNotContain("NAM");
  }

  @Test
  void longQualifiersAreShortenedInTheKeyAndKeptInTheNote() {
    Observation cis =
        get(
            parse(
                "TKM",
                "International organization participation",
                "ADB, CIS (associate member, has not ratified the 1993 CIS charter although it participates in meetings), EAPC",
                2010),
            MEMBER,
            "CIS (associate member)");
    assertThat(cis.note()).contains("has not ratified the 1993 CIS charter");
  }

  @Test
  void anUnclosedParenthesisDoesNotSwallowTheRestOfTheList() {
    List<Observation> obs =
        parse(
            "BRA",
            "International organization participation",
            "OAS, OECD (Enhanced Engagement, OPANAL, OPCW, Paris Club (associate), PCA",
            2012);
    assertThat(keys(obs, MEMBER))
        .containsExactly(
            "OAS", "OECD (Enhanced Engagement)", "OPANAL", "OPCW", "Paris Club (associate)", "PCA");
  }

  @Test
  void the1990LongNamesKeyTheAbbreviationAndProseIsReported() {
    ParsedField p =
        parsed(
            "AFG",
            "Member of",
            "ADB, IDB--Islamic Development Bank, UN; suspended from OIC in January 1980",
            1990);
    assertThat(keys(p.observations(), MEMBER)).containsExactly("ADB", "IDB", "UN");
    assertThat(get(p.observations(), MEMBER, "IDB").note()).contains("Islamic Development Bank");
    assertThat(p.skipped(ParsedField.Reason.UNPARSED))
        .singleElement()
        .satisfies(s -> assertThat(s.item()).isEqualTo("suspended from OIC in January 1980"));
  }
}
