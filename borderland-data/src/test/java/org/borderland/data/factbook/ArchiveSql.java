package org.borderland.data.factbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Test-only reader of the archive's gzipped T-SQL rows {@code (FieldID, CategoryID, CountryID,
 * N'FieldName', N'Content')}, where {@code ''} escapes a quote. The production reader is another
 * package's; this one exists so the parsers can be run over every real field.
 */
final class ArchiveSql {
  private ArchiveSql() {}

  /** One row. */
  record Row(long fieldId, long categoryId, int countryId, String fieldName, String content) {}

  static List<Row> read(Path gz) throws IOException {
    String s;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Row> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      int open = s.indexOf("\n  (", i);
      if (open < 0) {
        break;
      }
      int p = open + 4;
      long[] ints = new long[3];
      boolean ok = true;
      for (int k = 0; k < 3 && ok; k++) {
        int start = p;
        while (p < n && Character.isDigit(s.charAt(p))) {
          p++;
        }
        if (p == start || !s.startsWith(", ", p)) {
          ok = false;
          break;
        }
        ints[k] = Long.parseLong(s.substring(start, p));
        p += 2;
      }
      if (!ok) {
        i = open + 1;
        continue;
      }
      String[] strs = new String[2];
      for (int k = 0; k < 2; k++) {
        if (!s.startsWith("N'", p)) {
          throw new IOException(gz + ": malformed row at offset " + open);
        }
        p += 2;
        StringBuilder b = new StringBuilder();
        while (true) {
          int q = s.indexOf('\'', p);
          if (q < 0) {
            throw new IOException(gz + ": unterminated string at offset " + open);
          }
          b.append(s, p, q);
          if (q + 1 < n && s.charAt(q + 1) == '\'') {
            b.append('\'');
            p = q + 2;
          } else {
            p = q + 1;
            break;
          }
        }
        strs[k] = b.toString();
        if (k == 0) {
          if (!s.startsWith(", ", p)) {
            throw new IOException(gz + ": malformed row at offset " + open);
          }
          p += 2;
        }
      }
      out.add(new Row(ints[0], ints[1], (int) ints[2], strs[0], strs[1]));
      i = p;
    }
    return out;
  }
}
