package org.borderland.data.coinr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.borderland.data.importer.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** COINr's layout on tiny fixtures, with the traps. */
class CoinrReaderTest {
  @TempDir Path dir;

  static final String META =
      """
      "Level","iCode","iName","Direction","Weight","Unit","Target","Denominator","Parent","Type"
      1,"a","A",1,1,"",10,"pop","P","Indicator"
      1,"b","B",-1,2,"",,,"P","Indicator"
      2,"P","Pillar",1,1,"",,,,"Aggregate"
      ,"region","Region",,,,,,,"Group"
      ,"pop","Population",,,,,,,"Denominator"
      """;

  static final String DATA =
      """
      "uName","uCode","region","pop","a","b"
      "Aland","ALA","x",2,10,NA
      "Bland","BLA","y",4,,3.5
      "Namibia","NA","x",NA,7,1e2
      """;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private CoinrInput read(String data, String meta) throws Exception {
    return CoinrReader.read(write("iData.csv", data), write("iMeta.csv", meta), Optional.empty());
  }

  @Test
  void readsDataGroupsDenominatorsAndTheTree() throws Exception {
    CoinrInput in = read(DATA, META);
    assertThat(in.dataset().units()).containsExactly("ALA", "BLA", "NA");
    assertThat(in.dataset().values("a")).containsExactly(10, Double.NaN, 7);
    assertThat(in.dataset().values("b")).containsExactly(Double.NaN, 3.5, 100);
    assertThat(in.dataset().group("region")).containsExactly("x", "y", "x");
    assertThat(in.dataset().denominator("pop")).containsExactly(2, 4, Double.NaN);
    assertThat(in.tree().node("b").direction()).isEqualTo(-1);
    assertThat(in.tree().node("b").weight()).isEqualTo(2);
    assertThat(in.tree().node("a").denominator()).isEqualTo("pop");
    assertThat(in.tree().node("a").target()).isEqualTo(10);
    assertThat(in.tree().node("P").name()).isEqualTo("Pillar");
  }

  @Test
  void aNonNumericCellIsNamedByFileLineColumnAndValue() {
    String bad = DATA.replace("\"y\",4,,3.5", "\"y\",4,,three");
    assertThatThrownBy(() -> read(bad, META))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("iData.csv:3: column 'b' value 'three' is not a number")
        .hasMessageContaining("leave the cell empty (or NA) for a missing value");
  }

  @Test
  void aColumnMissingFromIMetaIsReported() {
    String extra =
        DATA.replace("\"a\",\"b\"", "\"a\",\"b\",\"c\"")
            .replace("NA\n", "NA,1\n")
            .replace("3.5\n", "3.5,1\n")
            .replace("1e2\n", "1e2,1\n");
    assertThatThrownBy(() -> read(extra, META))
        .hasMessageContaining("iData.csv:1: column 'c' is not described in iMeta.csv");
  }

  @Test
  void anIndicatorWithoutAColumnIsReported() {
    String noB =
        META.replace(
            "1,\"b\",\"B\",-1,2,\"\",,,\"P\",\"Indicator\"\n",
            "1,\"b\",\"B\",-1,2,\"\",,,\"P\",\"Indicator\"\n1,\"c\",\"C\",1,1,\"\",,,\"P\",\"Indicator\"\n");
    assertThatThrownBy(() -> read(DATA, noB))
        .hasMessageContaining("has no column for indicator 'c' of iMeta (line 4)");
  }

  @Test
  void badMetadataIsReportedWithItsLine() {
    assertThatThrownBy(
            () -> read(DATA, META.replace("\"Indicator\"\n1,\"b\"", "\"Indicatr\"\n1,\"b\"")))
        .hasMessageContaining(
            "iMeta.csv:2: column 'Type' value 'Indicatr' is not a Type; write one of Indicator, Aggregate, Group, Denominator, Other");
    assertThatThrownBy(() -> read(DATA, META.replace("-1,2,", "0,2,")))
        .hasMessageContaining("iMeta.csv:3: column 'Direction' value '0' is not a Direction");
    assertThatThrownBy(
            () ->
                read(
                    DATA,
                    META.replace(",\"P\",\"Indicator\"\n1,\"b\"", ",\"Q\",\"Indicator\"\n1,\"b\"")))
        .hasMessageContaining(
            "iMeta.csv:2: column 'Parent' value 'Q' of 'a' is not an Indicator or Aggregate code");
    assertThatThrownBy(() -> read(DATA, META.replace("1,2,\"\"", "1,heavy,\"\"")))
        .hasMessageContaining("iMeta.csv:3: column 'Weight' value 'heavy' is not a number");
  }

  @Test
  void aRepeatedUnitIsReported() {
    assertThatThrownBy(() -> read(DATA + "\"Again\",\"ALA\",\"x\",1,1,1\n", META))
        .hasMessageContaining(
            "iData.csv:5: column 'uCode' value 'ALA' appears twice (first at line 2)");
  }

  @Test
  void aTimeColumnWithSeveralTimesMakesAPanelAndWithOneACrossSection() throws Exception {
    String one =
        DATA.replace("\"uCode\",", "\"uCode\",\"Time\",")
            .replace("\"ALA\",", "\"ALA\",2020,")
            .replace("\"BLA\",", "\"BLA\",2020,")
            .replace("\"NA\",", "\"NA\",2020,");
    assertThat(read(one, META).dataset().hasTime()).isFalse();
    String two = one.replace("\"BLA\",2020,", "\"BLA\",2021,");
    assertThat(read(two, META).dataset().times()).containsExactly(2020, 2021);
  }

  @Test
  void aDenominatorsFileReplacesIDataColumnsByUnitCode() throws Exception {
    Path d =
        write(
            "denoms.csv",
            "\"uCode\",\"pop\",\"Income\"\n\"NA\",9,\"High\"\n\"BLA\",8,\"Low\"\n\"ALA\",7,\"Low\"\n");
    CoinrInput in =
        CoinrReader.read(write("iData.csv", DATA), write("iMeta.csv", META), Optional.of(d));
    assertThat(in.dataset().denominator("pop")).containsExactly(7, 8, 9);
    Path partial = write("partial.csv", "\"uCode\",\"pop\"\n\"ALA\",7\n");
    assertThatThrownBy(
            () ->
                CoinrReader.read(
                    dir.resolve("iData.csv"), dir.resolve("iMeta.csv"), Optional.of(partial)))
        .hasMessageContaining("partial.csv: has no row for unit 'BLA' of iData.csv");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(
            () ->
                CoinrReader.read(
                    dir.resolve("nope.csv"), write("iMeta.csv", META), Optional.empty()))
        .hasMessageContaining("nope.csv: file not found");
  }
}
