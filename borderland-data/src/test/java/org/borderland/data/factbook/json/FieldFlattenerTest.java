package org.borderland.data.factbook.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FieldFlattenerTest {
  private static String flatten(String json) throws Exception {
    return FieldFlattener.flatten(new ObjectMapper().readTree(json.replace('`', '"')));
  }

  @Test
  void textOnlyFieldGivesItsText() throws Exception {
    assertThat(flatten("{`text`: `18,157,122 (July 2015 est.)`}"))
        .isEqualTo("18,157,122 (July 2015 est.)");
  }

  @Test
  void nullAndEmptyTextsAreLeftOut() throws Exception {
    assertThat(flatten("{`text`: null}")).isEmpty();
    assertThat(flatten("{`a`: {`text`: ``}, `b`: {`text`: `x`}}")).isEqualTo("b: x");
  }

  @Test
  void entitiesAreDecodedIncludingAccentedLetters() {
    assertThat(FieldFlattener.clean("R&eacute;union, S&atilde;o Tom&eacute;, &Uuml;ber, &ccedil;a"))
        .isEqualTo("Réunion, São Tomé, Über, ça");
    assertThat(FieldFlattener.clean("&lt;1% &amp; 5&deg; &#8211; &#x41; &bogus;"))
        .isEqualTo("<1% & 5° – A &bogus;");
  }

  @Test
  void aLessThanSignThatIsNotATagIsKept() {
    assertThat(FieldFlattener.clean("<1% and <br>next")).isEqualTo("<1% and\nnext");
  }

  @Test
  void breaksParagraphsAndListItemsBecomeLinesAndBlankLinesCollapse() {
    assertThat(FieldFlattener.clean("<p>one</p>\n<p>two<br/><br />three</p><ul><li>four</li></ul>"))
        .isEqualTo("one\ntwo\nthree\nfour");
  }

  @Test
  void spacesCollapseAndNonBreakingSpacesBecomeSpaces() {
    assertThat(FieldFlattener.clean("  Ukrainian 1.3%,&nbsp; Tatar\u00A0 1%  "))
        .isEqualTo("Ukrainian 1.3%, Tatar 1%");
  }
}
