package org.borderland.data.factbook.archive;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming tokenizer and parser for the archive's T-SQL dump: {@code INSERT INTO CountryFields
 * (FieldID, CategoryID, CountryID, FieldName, Content) VALUES (…), (…);} statements, separated by
 * {@code GO} and bracketed by {@code SET IDENTITY_INSERT … ON/OFF;}.
 *
 * <p>It is a real tokenizer, not a pattern per line: string literals ({@code N'…'} or {@code '…'},
 * with {@code ''} for a quote) may span lines and contain anything, including {@code N'},
 * parentheses, commas and {@code --}. Comments ({@code -- …} and {@code /* … *}{@code /}) are
 * skipped outside strings. Any other statement, a wrong number of values, or the input ending
 * inside a statement is a {@link SqlSyntaxException} with the line and column.
 */
final class SqlInsertReader {
  /** The table the dump inserts into. */
  static final String TABLE = "CountryFields";

  private static final List<String> REQUIRED =
      List.of("FieldID", "CategoryID", "CountryID", "FieldName", "Content");

  /** One inserted row; {@code line} is the line its opening parenthesis is on. */
  record Row(
      long fieldId, long categoryId, long countryId, String fieldName, String content, long line) {}

  /** Receives each row as soon as it is complete. */
  interface RowSink {
    void accept(Row row) throws SqlSyntaxException;
  }

  /** A syntax error, or input that ends inside a statement. */
  static final class SqlSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final long column;

    SqlSyntaxException(long line, long column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }

    long line() {
      return line;
    }

    long column() {
      return column;
    }
  }

  private enum Kind {
    WORD,
    NUMBER,
    STRING,
    PUNCT,
    EOF
  }

  private record Token(Kind kind, String text, long line, long column) {
    boolean is(String punct) {
      return kind == Kind.PUNCT && text.equals(punct);
    }

    boolean isWord(String word) {
      return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    String describe() {
      return switch (kind) {
        case EOF -> "the end of the file";
        case STRING -> "a string";
        default -> "'" + text + "'";
      };
    }
  }

  private final Reader in;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private long line = 1;
  private long column = 1;
  private final StringBuilder sb = new StringBuilder(256);
  private final List<String> headerComments = new ArrayList<>();
  private long rows;
  private long lastRowEndLine;
  private Token pushBack;

  SqlInsertReader(Reader in) {
    this.in = in;
  }

  /** The {@code --} comments seen before the first statement, without the dashes, trimmed. */
  List<String> headerComments() {
    return headerComments;
  }

  /** How many rows have been delivered so far. */
  long rows() {
    return rows;
  }

  /** The line the last complete row ended on (0 before the first row). */
  long lastRowEndLine() {
    return lastRowEndLine;
  }

  /**
   * Reads the whole input, delivering rows in order.
   *
   * @throws IOException when the underlying stream fails (e.g. a truncated gzip stream)
   * @throws SqlSyntaxException when the text is not the expected dump
   */
  void read(RowSink sink) throws IOException, SqlSyntaxException {
    while (true) {
      Token t = next();
      if (t.kind == Kind.EOF) {
        return;
      }
      if (t.isWord("GO") || t.is(";")) {
        continue;
      }
      if (t.isWord("SET")) {
        skipStatement(t);
        continue;
      }
      if (t.isWord("INSERT")) {
        insert(sink);
        continue;
      }
      throw error(
          t,
          "unexpected "
              + t.describe()
              + "; this reader understands only INSERT INTO "
              + TABLE
              + ", SET and GO statements");
    }
  }

  private void skipStatement(Token start) throws IOException, SqlSyntaxException {
    while (true) {
      Token t = next();
      if (t.is(";")) {
        return;
      }
      if (t.kind == Kind.EOF) {
        throw error(t, "the file ends inside the statement that starts at line " + start.line);
      }
    }
  }

  private void insert(RowSink sink) throws IOException, SqlSyntaxException {
    Token into = next();
    if (!into.isWord("INTO")) {
      throw error(into, "expected INTO after INSERT but found " + into.describe());
    }
    String table = qualifiedName();
    if (!table.equalsIgnoreCase(TABLE)) {
      throw error(into, "INSERT into table '" + table + "'; expected " + TABLE);
    }
    expect("(");
    List<String> columns = new ArrayList<>();
    while (true) {
      Token c = next();
      if (c.kind != Kind.WORD) {
        throw error(c, "expected a column name but found " + c.describe());
      }
      columns.add(c.text);
      Token sep = next();
      if (sep.is(")")) {
        break;
      }
      if (!sep.is(",")) {
        throw error(sep, "expected ',' or ')' in the column list but found " + sep.describe());
      }
    }
    int[] index = new int[REQUIRED.size()];
    for (int i = 0; i < REQUIRED.size(); i++) {
      index[i] = indexOfIgnoreCase(columns, REQUIRED.get(i));
      if (index[i] < 0) {
        throw error(into, "the column list " + columns + " lacks " + REQUIRED.get(i));
      }
    }
    Token values = next();
    if (!values.isWord("VALUES")) {
      throw error(values, "expected VALUES but found " + values.describe());
    }
    while (true) {
      Token open = next();
      if (!open.is("(")) {
        throw error(open, "expected '(' to start a row but found " + open.describe());
      }
      List<Token> cells = new ArrayList<>(columns.size());
      while (true) {
        Token v = next();
        if (v.kind == Kind.EOF) {
          throw error(
              v,
              "the file ends inside the row that starts at line "
                  + open.line
                  + " (last complete row ends at line "
                  + lastRowEndLine
                  + ")");
        }
        if (v.kind != Kind.NUMBER && v.kind != Kind.STRING && !v.isWord("NULL")) {
          throw error(v, "expected a value but found " + v.describe());
        }
        cells.add(v);
        Token sep = next();
        if (sep.is(")")) {
          lastRowEndLine = sep.line;
          break;
        }
        if (!sep.is(",")) {
          throw error(
              sep,
              sep.kind == Kind.EOF
                  ? "the file ends inside the row that starts at line "
                      + open.line
                      + " (last complete row ends at line "
                      + lastRowEndLine
                      + ")"
                  : "expected ',' or ')' in the row that starts at line "
                      + open.line
                      + " but found "
                      + sep.describe());
        }
      }
      if (cells.size() != columns.size()) {
        throw error(
            open, "the row has " + cells.size() + " values for " + columns.size() + " columns");
      }
      sink.accept(
          new Row(
              number(cells.get(index[0]), "FieldID"),
              number(cells.get(index[1]), "CategoryID"),
              number(cells.get(index[2]), "CountryID"),
              string(cells.get(index[3]), "FieldName"),
              string(cells.get(index[4]), "Content"),
              open.line));
      rows++;
      Token after = next();
      if (after.is(",")) {
        continue;
      }
      if (after.is(";") || after.kind == Kind.EOF) {
        return;
      }
      if (after.isWord("GO") || after.isWord("INSERT") || after.isWord("SET")) {
        pushBack = after;
        return;
      }
      throw error(after, "expected ',' or ';' after a row but found " + after.describe());
    }
  }

  private static int indexOfIgnoreCase(List<String> list, String s) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).equalsIgnoreCase(s)) {
        return i;
      }
    }
    return -1;
  }

  private long number(Token t, String column) throws SqlSyntaxException {
    if (t.kind != Kind.NUMBER) {
      throw error(t, column + " must be a whole number but is " + t.describe());
    }
    try {
      return Long.parseLong(t.text);
    } catch (NumberFormatException e) {
      throw error(t, column + " must be a whole number but is '" + t.text + "'");
    }
  }

  private SqlSyntaxException error(Token t, String message) {
    return new SqlSyntaxException(t.line, t.column, message);
  }

  private String string(Token t, String column) throws SqlSyntaxException {
    if (t.kind != Kind.STRING) {
      throw error(t, column + " must be a string but is " + t.describe());
    }
    return t.text;
  }

  private String qualifiedName() throws IOException, SqlSyntaxException {
    Token t = next();
    if (t.kind != Kind.WORD) {
      throw error(t, "expected a table name but found " + t.describe());
    }
    String name = t.text;
    while (peekChar() == '.') {
      readChar();
      Token part = next();
      if (part.kind != Kind.WORD) {
        throw error(part, "expected a name after '.' but found " + part.describe());
      }
      name = part.text;
    }
    return name;
  }

  private void expect(String punct) throws IOException, SqlSyntaxException {
    Token t = next();
    if (!t.is(punct)) {
      throw error(t, "expected '" + punct + "' but found " + t.describe());
    }
  }

  private Token next() throws IOException, SqlSyntaxException {
    if (pushBack != null) {
      Token t = pushBack;
      pushBack = null;
      return t;
    }
    boolean beforeFirstStatement = rows == 0 && lastRowEndLine == 0;
    while (true) {
      int c = peekChar();
      if (c < 0) {
        return new Token(Kind.EOF, "", line, column);
      }
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        readChar();
        continue;
      }
      if (c == '-' && peekChar(1) == '-') {
        sb.setLength(0);
        while (peekChar() >= 0 && peekChar() != '\n') {
          sb.append((char) readChar());
        }
        if (beforeFirstStatement) {
          headerComments.add(sb.substring(2).strip());
        }
        continue;
      }
      if (c == '/' && peekChar(1) == '*') {
        long l = line;
        long col = column;
        readChar();
        readChar();
        while (true) {
          int d = readChar();
          if (d < 0) {
            throw new SqlSyntaxException(l, col, "the file ends inside a /* comment */");
          }
          if (d == '*' && peekChar() == '/') {
            readChar();
            break;
          }
        }
        continue;
      }
      break;
    }
    long l = line;
    long col = column;
    int c = peekChar();
    if ((c == 'N' || c == 'n') && peekChar(1) == '\'') {
      readChar();
      return stringLiteral(l, col);
    }
    if (c == '\'') {
      return stringLiteral(l, col);
    }
    if (c == '[') {
      readChar();
      sb.setLength(0);
      while (true) {
        int d = readChar();
        if (d < 0) {
          throw new SqlSyntaxException(l, col, "the file ends inside a [bracketed name]");
        }
        if (d == ']') {
          if (peekChar() == ']') {
            readChar();
          } else {
            break;
          }
        }
        sb.append((char) d);
      }
      return new Token(Kind.WORD, sb.toString(), l, col);
    }
    if (Character.isLetter(c) || c == '_' || c == '@' || c == '#') {
      sb.setLength(0);
      while (true) {
        int d = peekChar();
        if (d >= 0
            && (Character.isLetterOrDigit(d) || d == '_' || d == '@' || d == '#' || d == '$')) {
          sb.append((char) readChar());
        } else {
          break;
        }
      }
      return new Token(Kind.WORD, sb.toString(), l, col);
    }
    if (Character.isDigit(c) || (c == '-' && isDigit(peekChar(1)))) {
      sb.setLength(0);
      sb.append((char) readChar());
      while (isDigit(peekChar())) {
        sb.append((char) readChar());
      }
      if (peekChar() == '.' || Character.isLetter(peekChar())) {
        throw new SqlSyntaxException(
            line, column, "expected a whole number but found '" + sb + (char) peekChar() + "…'");
      }
      return new Token(Kind.NUMBER, sb.toString(), l, col);
    }
    if (c == '(' || c == ')' || c == ',' || c == ';') {
      readChar();
      return new Token(Kind.PUNCT, String.valueOf((char) c), l, col);
    }
    throw new SqlSyntaxException(l, col, "unexpected character '" + (char) c + "'");
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private Token stringLiteral(long l, long col) throws IOException, SqlSyntaxException {
    readChar(); // the opening quote
    sb.setLength(0);
    while (true) {
      int d = readChar();
      if (d < 0) {
        throw new SqlSyntaxException(
            l,
            col,
            "the file ends inside the string that starts here (last complete row ends at line "
                + lastRowEndLine
                + ")");
      }
      if (d == '\'') {
        if (peekChar() == '\'') {
          readChar();
          sb.append('\'');
          continue;
        }
        return new Token(Kind.STRING, sb.toString(), l, col);
      }
      sb.append((char) d);
    }
  }

  private int peekChar() throws IOException {
    return peekChar(0);
  }

  private int peekChar(int ahead) throws IOException {
    if (pos + ahead >= len) {
      fill(ahead + 1);
      if (pos + ahead >= len) {
        return -1;
      }
    }
    return buf[pos + ahead];
  }

  private int readChar() throws IOException {
    int c = peekChar();
    if (c < 0) {
      return c;
    }
    pos++;
    if (c == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    return c;
  }

  private void fill(int need) throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, len - pos);
      len -= pos;
      pos = 0;
    }
    while (len < need) {
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        return;
      }
      len += n;
    }
  }
}
