package org.borderland.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.borderland.data.cow.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {
  @TempDir Path dir;

  @Test
  void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws ImportException {
    Path p =
        Fixtures.write(
            dir,
            "a.csv",
            "\"rcid\",\"descr\",\"n\"",
            "1,\"A, \"\"quoted\"\" text\",5",
            "2,\"spans",
            "two lines\",6",
            "3,plain,7");
    try (CsvFile f = CsvFile.open("t", p)) {
      CsvRecord a = f.next();
      assertThat(a.get(1)).isEqualTo("A, \"quoted\" text");
      assertThat(a.line()).isEqualTo(2);
      CsvRecord b = f.next();
      assertThat(b.get(1)).isEqualTo("spans\ntwo lines");
      assertThat(b.text()).isEqualTo("2,\"spans\ntwo lines\",6");
      CsvRecord c = f.next();
      assertThat(c.line()).isEqualTo(5);
      assertThat(c.integer(f.column("n"))).isEqualTo(7);
      assertThat(f.next()).isNull();
    }
  }

  @Test
  void aBareNaIsMissingButAQuotedNaIsText() throws ImportException {
    Path p = Fixtures.write(dir, "b.csv", "\"code\",\"v\"", "\"NA\",NA");
    try (CsvFile f = CsvFile.open("t", p)) {
      CsvRecord r = f.next();
      assertThat(r.isMissing(0)).isFalse();
      assertThat(r.get(0)).isEqualTo("NA");
      assertThat(r.isMissing(1)).isTrue();
      assertThat(r.number(1)).isNull();
    }
  }

  @Test
  void columnsAreFoundInTheOrderNamedAndAMissingOneIsNamed() throws ImportException {
    Path p = Fixtures.write(dir, "d.csv", "a,b,c", "1,2,3");
    try (CsvFile f = CsvFile.open("t", p)) {
      assertThat(f.columns(List.of("c", "a"))).containsExactly(2, 0);
      assertThatThrownBy(() -> f.columns(List.of("a", "z")))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("no column 'z' in the header [a, b, c]");
    }
  }

  @Test
  void gzippedFilesAreReadTransparently() throws ImportException {
    Path p = Fixtures.write(dir, "c.csv.gz", "\"x\"", "1.5");
    try (CsvFile f = CsvFile.open("t", p)) {
      assertThat(f.next().number(0)).isEqualTo(1.5);
    }
  }

  @Test
  void anUnclosedQuoteIsATruncatedFile() throws ImportException {
    Path p = Fixtures.write(dir, "d.csv", "\"x\",\"y\"", "1,\"never closed");
    try (CsvFile f = CsvFile.open("t", p)) {
      assertThatThrownBy(f::next)
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("d.csv:2")
          .hasMessageContaining("never closed");
    }
  }

  @Test
  void aMissingColumnNamesTheHeader() throws ImportException {
    Path p = Fixtures.write(dir, "e.csv", "\"x\",\"y\"", "1,2");
    try (CsvFile f = CsvFile.open("t", p)) {
      assertThatThrownBy(() -> f.column("year"))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("no column 'year' in the header [x, y]");
    }
  }

  @Test
  void anEmptyFileIsAnError() {
    Path p = Fixtures.write(dir, "f.csv", "");
    assertThatThrownBy(() -> CsvFile.open("t", p))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("the file is empty");
  }

  @Test
  void aTruncatedGzipFileIsAnErrorNamingTheFile() throws Exception {
    StringBuilder b = new StringBuilder("\"x\"");
    for (int i = 0; i < 5000; i++) {
      b.append('\n').append(i * 7919 % 100_003);
    }
    Path p = Fixtures.write(dir, "g.csv.gz", b.toString());
    byte[] all = java.nio.file.Files.readAllBytes(p);
    java.nio.file.Files.write(p, java.util.Arrays.copyOf(all, all.length / 2));

    assertThatThrownBy(
            () -> {
              try (CsvFile f = CsvFile.open("t", p)) {
                while (f.next() != null) {
                  // read to the end
                }
              }
            })
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("g.csv.gz:")
        .hasMessageContaining("cannot read");
  }
}
