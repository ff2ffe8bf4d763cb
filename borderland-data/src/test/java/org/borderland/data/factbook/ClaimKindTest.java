package org.borderland.data.factbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of {@link ClaimKind} on sentences as the Factbook prints them. */
class ClaimKindTest {
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Russia's military support and subsequent recognition of Abkhazia and South Ossetia independence in 2008 continue to sour relations with Georgia | BREAKAWAY
          Armenia supports ethnic Armenian secessionists in Nagorno-Karabakh | BREAKAWAY
          Moldova's break-away Transnistria region remains under a peacekeeping mission | BREAKAWAY
          Russia-backed separatists hold parts of Donetsk | BREAKAWAY
          Russia annexed Crimea in 2014 | ANNEXATION
          Russia maintains military bases and troops in Abkhazia and South Ossetia, occupying about 20 percent of Georgia's territory | OCCUPATION
          Golan Heights is Israeli-occupied | OCCUPATION
          Turkey maintains a military presence in northern Iraq to combat the PKK | OCCUPATION
          Guatemala persists in its territorial claim to half of Belize | CLAIM
          Saudi Arabia claims Egyptian-administered islands of Tiran and Sanafir | CLAIM
          South Tyrol question with Austria | CLAIM
          the Marshall Islands considers Wake Island part of its territory | CLAIM
          boundary with Armenia remains undemarcated | BOUNDARY
          Russia and Georgia agree on delimiting 80% of their common border, leaving certain small, strategic segments and the maritime boundary unresolved | BOUNDARY
          1990 Maritime Boundary Agreement in the Bering Sea still awaits Russian Duma ratification | BOUNDARY
          field demarcation commenced in 2007 | BOUNDARY
          field demarcation commenced in 2007 and was expected to be completed by 2013 | BOUNDARY
          delimitation of boundary with Russia is scheduled for completion in 2003 | BOUNDARY
          in 1998, Kazakhstan and China agreed to split two disputed border areas nearly evenly | RESOLVED
          potential dispute with Russia over Crimea | BOUNDARY
          status of Kashmir with Pakistan | BOUNDARY
          boundary with India | BOUNDARY
          Norway and Russia signed a comprehensive maritime boundary agreement in 2010, ending a dispute over an area of the Barents Sea | RESOLVED
          in 2007, Latvia and Russia signed a border treaty, which includes Latvia withdrawing claims to a district now in Russia | RESOLVED
          none identified | RESOLVED
          demarcation with China completed in 2002 | SETTLED
          after 40 years of negotiations, the two countries signed an agreement defining their maritime boundaries | SETTLED
          Egypt vigilantly monitors the Sinai and borders with Israel and the Gaza Strip to deter terrorist, smuggling, and other illegal activities | MONITORING
          Gazan breaches in the security wall with Egypt in January 2008 highlight difficulties in monitoring the Sinai border | MONITORING
          tens of thousands of Ukrainian refugees are crossing the border to Slovakia to escape the Russian invasion in their country | REFUGEES
          Russia remains concerned about the smuggling of poppy derivatives from Afghanistan | TRAFFICKING
          Ethiopia's construction of a large dam on the Blue Nile has become a focal point of relations with Egypt | WATER
          Armenians continue to emigrate, primarily to Russia, seeking employment | OTHER
          """)
  void sentencesGetTheKindTheRulesSay(String sentence, ClaimKind kind) {
    assertThat(ClaimKind.of(sentence)).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource({"BREAKAWAY,true", "OCCUPATION,true", "BOUNDARY,true", "SETTLED,false", "OTHER,false"})
  void onlyTheClaimKindsCount(ClaimKind kind, boolean claim) {
    assertThat(kind.claim()).isEqualTo(claim);
  }
}
