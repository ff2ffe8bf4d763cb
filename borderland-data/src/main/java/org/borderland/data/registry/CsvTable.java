package org.borderland.data.registry;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for the registry tables: comma-separated, fields optionally in double
 * quotes (a quoted field may hold commas, line breaks and doubled quotes), a header row first.
 * Blank lines are skipped. Every row remembers the line it started on, for messages.
 */
final class CsvTable {
  /** One data row and the 1-based line it starts on. */
  record Row(int line, List<String> fields) {
    String get(int i) {
      return fields.get(i);
    }
  }

  private final String file;
  private final List<String> header;
  private final List<Row> rows;

  private CsvTable(String file, List<String> header, List<Row> rows) {
    this.file = file;
    this.header = header;
    this.rows = rows;
  }

  /**
   * Reads a whole table and checks its header.
   *
   * @param reader the text; closed by the caller
   * @param file the file name used in messages
   * @param expectedHeader the columns the table must have, in order
   * @throws RegistryTableException for a bad header, a malformed field or a row of the wrong width
   */
  static CsvTable read(Reader reader, String file, List<String> expectedHeader) {
    String text = readAll(reader, file);
    List<Row> records = parse(text, file);
    if (records.isEmpty()) {
      throw new RegistryTableException(
          file,
          1,
          "is empty; the first line must be the header " + String.join(",", expectedHeader));
    }
    Row head = records.get(0);
    List<String> found = head.fields().stream().map(String::strip).toList();
    if (!found.equals(expectedHeader)) {
      throw new RegistryTableException(
          file,
          head.line(),
          "header is '"
              + String.join(",", found)
              + "' but must be '"
              + String.join(",", expectedHeader)
              + "'");
    }
    List<Row> data = new ArrayList<>();
    for (Row r : records.subList(1, records.size())) {
      if (r.fields().size() != expectedHeader.size()) {
        throw new RegistryTableException(
            file,
            r.line(),
            "has "
                + r.fields().size()
                + " fields but the header has "
                + expectedHeader.size()
                + " ("
                + String.join(",", expectedHeader)
                + "); quote fields that contain commas");
      }
      data.add(r);
    }
    return new CsvTable(file, found, List.copyOf(data));
  }

  /**
   * Reads a whole table whatever its header, for tests and tools that look columns up by name.
   *
   * @throws RegistryTableException for a malformed field or a row of the wrong width
   */
  static CsvTable readAny(Reader reader, String file) {
    String text = readAll(reader, file);
    List<Row> records = parse(text, file);
    if (records.isEmpty()) {
      throw new RegistryTableException(file, 1, "is empty; the first line must be a header");
    }
    List<String> header = records.get(0).fields().stream().map(String::strip).toList();
    return read(new StringReader(text), file, header);
  }

  /** The index of {@code column} in the header. */
  int column(String column) {
    int i = header.indexOf(column);
    if (i < 0) {
      throw new RegistryTableException(
          file, 1, "has no column '" + column + "' (header: " + String.join(",", header) + ")");
    }
    return i;
  }

  String file() {
    return file;
  }

  List<String> header() {
    return header;
  }

  List<Row> rows() {
    return rows;
  }

  private static String readAll(Reader reader, String file) {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[8192];
    try {
      int n;
      while ((n = reader.read(buf)) >= 0) {
        b.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
    }
    if (b.length() > 0 && b.charAt(0) == '\uFEFF') {
      b.deleteCharAt(0);
    }
    return b.toString();
  }

  private static List<Row> parse(String text, String file) {
    List<Row> out = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowStart = 1;
    int i = 0;
    int n = text.length();
    boolean atFieldStart = true;
    boolean rowHasContent = false;
    while (i < n) {
      char c = text.charAt(i);
      if (atFieldStart && c == '"') {
        int quoteLine = line;
        i++;
        while (true) {
          if (i >= n) {
            throw new RegistryTableException(
                file,
                quoteLine,
                "has a quoted field that is never closed; add the closing double quote");
          }
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q == '\n') {
            line++;
          }
          field.append(q);
          i++;
        }
        rowHasContent = true;
        atFieldStart = false;
        if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          throw new RegistryTableException(
              file,
              line,
              "has text after a closing quote ('"
                  + text.charAt(i)
                  + "'); double a quote inside a quoted field");
        }
        continue;
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        atFieldStart = true;
        rowHasContent = true;
        i++;
      } else if (c == '\r' || c == '\n') {
        if (rowHasContent || field.length() > 0) {
          fields.add(field.toString());
          out.add(new Row(rowStart, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
        atFieldStart = true;
        rowHasContent = false;
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        i++;
        line++;
        rowStart = line;
      } else {
        if (c == '"') {
          throw new RegistryTableException(
              file, line, "has a double quote inside an unquoted field; quote the whole field");
        }
        field.append(c);
        atFieldStart = false;
        rowHasContent = true;
        i++;
      }
    }
    if (rowHasContent || field.length() > 0) {
      fields.add(field.toString());
      out.add(new Row(rowStart, List.copyOf(fields)));
    }
    return out;
  }
}
