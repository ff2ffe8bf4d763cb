package org.borderland.data.importer;

import java.math.BigDecimal;
import java.util.List;

/**
 * One record of a {@link CsvFile}: its fields, its first line number and its raw text. The typed
 * getters throw an {@link ImportException} naming the file, line, column and value.
 */
public final class CsvRecord {
  private final CsvFile file;
  private final long line;
  private final String text;
  private final List<String> fields;
  private final List<Boolean> quoted;
  private final List<String> names;

  CsvRecord(
      CsvFile file,
      long line,
      String text,
      List<String> fields,
      List<Boolean> quoted,
      List<String> names) {
    this.file = file;
    this.line = line;
    this.text = text;
    this.fields = List.copyOf(fields);
    this.quoted = List.copyOf(quoted);
    this.names = names;
  }

  /** The 1-based line the record starts on. */
  public long line() {
    return line;
  }

  /** The record exactly as it stands in the file. */
  public String text() {
    return text;
  }

  /** The fields, unquoted. */
  public List<String> fields() {
    return fields;
  }

  /** One field, unquoted; empty when the cell is empty. */
  public String get(int column) {
    return fields.get(column);
  }

  /** Whether a cell is missing: empty, or R's unquoted {@code NA}. */
  public boolean isMissing(int column) {
    String s = fields.get(column);
    // R writes a missing value as a bare NA, and the string "NA" (Namibia's ISO2) quoted.
    return s.isEmpty() || (s.equals("NA") && !quoted.get(column));
  }

  /**
   * A number, or {@code null} when the cell is missing.
   *
   * @throws ImportException when the cell is not a finite number
   */
  public Double number(int column) throws ImportException {
    if (isMissing(column)) {
      return null;
    }
    String s = fields.get(column);
    // Double.parseDouble rounds correctly, like BigDecimal, but also accepts "NaN", "Infinity",
    // hex and a trailing "d": only plain decimal notation is a number here.
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        throw error(column, "is not a number", "correct the value or re-export the file");
      }
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw error(column, "is not a number", "correct the value or re-export the file");
    }
  }

  /**
   * A number as written, exactly, or {@code null} when the cell is missing; use it to change units
   * without rounding errors.
   *
   * @throws ImportException when the cell is not a number
   */
  public BigDecimal decimal(int column) throws ImportException {
    if (isMissing(column)) {
      return null;
    }
    String s = fields.get(column);
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw error(column, "is not a number", "correct the value or re-export the file");
    }
  }

  /**
   * A whole number.
   *
   * @throws ImportException when the cell is missing or not a whole number
   */
  public int integer(int column) throws ImportException {
    String s = fields.get(column);
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      // write.csv can write a whole number stored as a double as "2.0"; accept that only.
      try {
        BigDecimal d = new BigDecimal(s);
        return d.intValueExact();
      } catch (NumberFormatException | ArithmeticException e2) {
        throw error(column, "is not a whole number", "correct the value or re-export the file");
      }
    }
  }

  /**
   * A year within {@code [min, max]}.
   *
   * @throws ImportException when the cell is not a whole number in that range
   */
  public int year(int column, int min, int max) throws ImportException {
    int y = integer(column);
    if (y < min || y > max) {
      throw error(
          column,
          "is out of range " + min + "–" + max,
          "a year outside the dataset's span means a corrupt row");
    }
    return y;
  }

  /** An error about one cell: file, line, column name and value, what is wrong, and what to do. */
  public ImportException error(int column, String what, String todo) {
    String name = column < names.size() ? names.get(column) : "#" + (column + 1);
    return new ImportException(
        file.dataset(),
        file.file(),
        line,
        "column '" + name + "' value '" + fields.get(column) + "' " + what + "; " + todo);
  }

  /** An error about the whole record. */
  public ImportException error(String what) {
    return new ImportException(
        file.dataset(), file.file(), line, what + " (row: '" + CsvFile.abbreviate(text) + "')");
  }
}
