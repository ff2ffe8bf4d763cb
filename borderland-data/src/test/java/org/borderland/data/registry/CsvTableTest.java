package org.borderland.data.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
  private static final List<String> HEADER = List.of("a", "b", "c");

  private static CsvTable read(String text) {
    return CsvTable.read(new StringReader(text), "t.csv", HEADER);
  }

  @Test
  void quotedFieldKeepsCommasDoubledQuotesAndLineBreaks() {
    CsvTable t = read("a,b,c\nSHN,\"Saint Helena, Ascension\",\"say \"\"hi\"\"\nthere\"\nX,,\n");

    assertThat(t.rows()).hasSize(2);
    assertThat(t.rows().get(0).fields())
        .containsExactly("SHN", "Saint Helena, Ascension", "say \"hi\"\nthere");
    assertThat(t.rows().get(0).line()).isEqualTo(2);
    assertThat(t.rows().get(1).fields()).containsExactly("X", "", "");
    assertThat(t.rows().get(1).line()).isEqualTo(4);
  }

  @Test
  void crlfBlankLinesAndByteOrderMarkAreAccepted() {
    CsvTable t = read("\uFEFFa,b,c\r\n1,2,3\r\n\r\n4,5,6");

    assertThat(t.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4);
    assertThat(t.rows().get(1).fields()).containsExactly("4", "5", "6");
  }

  @Test
  void unclosedQuoteNamesTheLineItStartsOn() {
    assertThatThrownBy(() -> read("a,b,c\n1,2,3\n4,\"five,6\n7,8,9\n"))
        .isInstanceOf(RegistryTableException.class)
        .hasMessage(
            "t.csv line 3: has a quoted field that is never closed; add the closing double quote");
  }

  @Test
  void rowOfTheWrongWidthNamesLineAndCounts() {
    assertThatThrownBy(() -> read("a,b,c\n1,2,3\nSaint Helena, Ascension,x,y\n"))
        .isInstanceOf(RegistryTableException.class)
        .hasMessageContaining("t.csv line 3: has 4 fields but the header has 3 (a,b,c)")
        .hasMessageContaining("quote fields that contain commas");
  }

  @Test
  void wrongHeaderSaysWhatWasFoundAndWhatIsExpected() {
    assertThatThrownBy(() -> read("a,c,b\n1,2,3\n"))
        .hasMessage("t.csv line 1: header is 'a,c,b' but must be 'a,b,c'");
  }

  @Test
  void stray_quoteInsideUnquotedFieldIsRejected() {
    assertThatThrownBy(() -> read("a,b,c\nCote d\"Ivoire,2,3\n"))
        .hasMessageContaining("t.csv line 2: has a double quote inside an unquoted field");
  }

  @Test
  void textAfterClosingQuoteIsRejected() {
    assertThatThrownBy(() -> read("a,b,c\n\"x\"y,2,3\n"))
        .hasMessageContaining("t.csv line 2: has text after a closing quote ('y')");
  }

  @Test
  void emptyTableIsRejected() {
    assertThatThrownBy(() -> read("")).hasMessageContaining("t.csv line 1: is empty");
  }
}
