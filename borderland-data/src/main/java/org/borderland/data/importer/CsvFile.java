package org.borderland.data.importer;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A comma-separated file read record by record, keeping each record's line number and raw text so
 * that observations can cite it and errors can point at it.
 *
 * <p>Reads RFC 4180 CSV as R's {@code write.csv} and the World Bank exports write it: fields may be
 * quoted, a quote inside a quoted field is doubled, and a quoted field may span lines. A file whose
 * name ends in {@code .gz} is decompressed on the fly. Every record must have as many fields as the
 * header.
 */
public final class CsvFile implements Closeable {
  private final String dataset;
  private final Path file;
  private final BufferedReader reader;
  private final List<String> header;
  private final Map<String, Integer> columns = new HashMap<>();
  private long line;

  private CsvFile(String dataset, Path file, BufferedReader reader) throws ImportException {
    this.dataset = dataset;
    this.file = file;
    this.reader = reader;
    CsvRecord first = readRecord(List.of());
    if (first == null) {
      throw new ImportException(dataset, file, 0, "the file is empty; expected a header row");
    }
    this.header = first.fields();
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i), i);
    }
  }

  /**
   * Opens a CSV file (gzipped when its name ends in {@code .gz}) and reads its header.
   *
   * @throws ImportException when the file is missing, unreadable or empty
   */
  public static CsvFile open(String dataset, Path file) throws ImportException {
    try {
      InputStream in = Files.newInputStream(file);
      if (file.getFileName().toString().endsWith(".gz")) {
        in = new GZIPInputStream(in, 1 << 16);
      }
      return new CsvFile(
          dataset,
          file,
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
    } catch (NoSuchFileException e) {
      throw new ImportException(
          dataset, file, 0, "file not found; check the --sources directory (shared/data)", e);
    } catch (IOException e) {
      throw new ImportException(dataset, file, 0, "cannot read the file: " + e.getMessage(), e);
    }
  }

  /** The dataset id, for messages. */
  public String dataset() {
    return dataset;
  }

  /** The file being read. */
  public Path file() {
    return file;
  }

  /** The header's column names, in order. */
  public List<String> header() {
    return header;
  }

  /**
   * The index of a column.
   *
   * @throws ImportException naming the columns the file has, when it lacks this one
   */
  public int column(String name) throws ImportException {
    Integer i = columns.get(name);
    if (i == null) {
      throw new ImportException(
          dataset,
          file,
          1,
          "no column '" + name + "' in the header " + header + "; is this the right file?");
    }
    return i;
  }

  /**
   * The indices of several columns, in the order named.
   *
   * @throws ImportException naming the columns the file has, when it lacks one
   */
  public int[] columns(List<String> names) throws ImportException {
    int[] out = new int[names.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = column(names.get(i));
    }
    return out;
  }

  /**
   * The next record, or {@code null} at the end of the file.
   *
   * @throws ImportException when the record's field count differs from the header's, a quoted field
   *     is not closed, or the file cannot be read
   */
  public CsvRecord next() throws ImportException {
    CsvRecord r = readRecord(header);
    if (r != null && r.fields().size() != header.size()) {
      throw new ImportException(
          dataset,
          file,
          r.line(),
          "has "
              + r.fields().size()
              + " fields but the header has "
              + header.size()
              + ": '"
              + abbreviate(r.text())
              + "'; the row is malformed (a stray comma or quote?)");
    }
    return r;
  }

  private CsvRecord readRecord(List<String> names) throws ImportException {
    String first;
    try {
      first = reader.readLine();
      while (first != null && first.isEmpty()) {
        line++;
        first = reader.readLine();
      }
    } catch (IOException e) {
      throw new ImportException(dataset, file, line, "cannot read: " + e.getMessage(), e);
    }
    if (first == null) {
      return null;
    }
    line++;
    long start = line;
    List<String> fields = new ArrayList<>();
    List<Boolean> quotes = new ArrayList<>();
    StringBuilder text = new StringBuilder(first);
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    String current = first;
    int i = 0;
    while (true) {
      if (i >= current.length()) {
        if (quoted) {
          String more;
          try {
            more = reader.readLine();
          } catch (IOException e) {
            throw new ImportException(dataset, file, line, "cannot read: " + e.getMessage(), e);
          }
          if (more == null) {
            throw new ImportException(
                dataset,
                file,
                start,
                "a quoted field opened on this line is never closed; the file is truncated or"
                    + " has a stray quote");
          }
          line++;
          cell.append('\n');
          text.append('\n').append(more);
          current = more;
          i = 0;
          continue;
        }
        fields.add(wasQuoted ? cell.toString() : cell.toString().strip());
        quotes.add(wasQuoted);
        break;
      }
      char c = current.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < current.length() && current.charAt(i + 1) == '"') {
            cell.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(wasQuoted ? cell.toString() : cell.toString().strip());
        quotes.add(wasQuoted);
        cell.setLength(0);
        wasQuoted = false;
      } else {
        cell.append(c);
      }
      i++;
    }
    return new CsvRecord(this, start, text.toString(), fields, quotes, names);
  }

  static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // Nothing was written; a failure to close a reader loses nothing.
    }
  }
}
