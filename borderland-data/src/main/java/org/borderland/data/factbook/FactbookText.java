package org.borderland.data.factbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers shared by the Factbook field parsers: cleaning, notes, reference years, numbers. */
final class FactbookText {
  private FactbookText() {}

  private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");
  private static final Pattern RANKING =
      Pattern.compile(
          "\\|?\\s*country comparison to the world\\s*:?\\s*\\d+", Pattern.CASE_INSENSITIVE);

  /**
   * The text with HTML tags and entities removed (snapshots carry {@code <p>}, {@code <br>}, {@code
   * &nbsp;}), the "country comparison to the world: N" rankings dropped, and whitespace collapsed.
   */
  static String clean(String raw) {
    String s = raw.replace('\u00a0', ' ');
    s = TAG.matcher(s).replaceAll(" ");
    s =
        s.replace("&nbsp;", " ")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&rsquo;", "'");
    s = RANKING.matcher(s).replaceAll(" ");
    s = s.replaceAll("\\s+", " ").strip();
    // A snapshot field flattened with its "text" key named.
    return s.startsWith("text:") ? s.substring(5).strip() : s;
  }

  // ---------------------------------------------------------------- notes

  private static final Pattern NOTE =
      Pattern.compile("(?i)(?:^|(?<=[\\s|;.),:\\d]))note(?:\\s*\\d+)?\\s*(?::|-{1,2}|\u2013)\\s*");

  /** A text cut at its first note marker ("note:", "note -", "note--", "note 1:"). */
  record Noted(String body, String note) {}

  /** Splits off the notes; every note after the first is kept in {@code note}, joined by "; ". */
  static Noted splitNote(String text) {
    Matcher m = NOTE.matcher(text);
    if (!m.find()) {
      return new Noted(text.strip(), "");
    }
    String body = text.substring(0, m.start());
    String rest = text.substring(m.end());
    rest = NOTE.matcher(rest).replaceAll("; ");
    body = body.strip();
    if (body.endsWith("|") || body.endsWith(";")) {
      body = body.substring(0, body.length() - 1).strip();
    }
    return new Noted(body, rest.replaceAll("^[;\\s|]+", "").strip());
  }

  // ---------------------------------------------------------------- reference years

  private static final String MONTH =
      "January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sep\\.?|Sept\\.?|Oct\\.?"
          + "|Nov\\.?|Dec\\.?";
  private static final Pattern YEAR_PAREN =
      Pattern.compile(
          "\\(\\s*(?:(?:est\\.|estimated|first half,|forecast for|as of(?: \\d{1,2})?|"
              + MONTH
              + "|mid-?|end(?: of)?|late|early)\\s*)*"
              + "(?:(?:FY|fiscal year)\\s*(\\d{4}|\\d{2})|((?:19|20)\\d\\d))\\b[^()]*\\)");

  /** A reference-year parenthesis found in a text. */
  record YearParen(int start, int end, int year) {}

  /**
   * The first reference-year parenthesis at or after {@code from}: "(2009 est.)", "(July 1992)",
   * "(1999 census)", "(FY99)" (two-digit years pivot at 50), "(FY90/91)" and "(2010-11 est.)" (the
   * first year named), "(1994 estimate as extrapolated from …)".
   */
  static YearParen findYear(String text, int from) {
    Matcher m = YEAR_PAREN.matcher(text);
    if (!m.find(Math.max(0, Math.min(from, text.length())))) {
      return null;
    }
    String y = m.group(1) != null ? m.group(1) : m.group(2);
    int year = Integer.parseInt(y);
    if (y.length() == 2) {
      year += year >= 50 ? 1900 : 2000;
    }
    return new YearParen(m.start(), m.end(), year);
  }

  /** Every reference-year parenthesis in a text, in order. */
  static List<YearParen> years(String text) {
    List<YearParen> out = new ArrayList<>();
    int from = 0;
    YearParen y;
    while ((y = findYear(text, from)) != null) {
      out.add(y);
      from = y.end();
    }
    return out;
  }

  /** The year of the first reference-year parenthesis at or after {@code from}, or null. */
  static Integer yearAfter(String text, int from) {
    YearParen y = findYear(text, from);
    return y == null ? null : y.year();
  }

  // ---------------------------------------------------------------- numbers

  /** Parses "1,765", "1765", "1,935.2", ".5"; null when it is not a number. */
  static Double number(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip().replace(",", "");
    if (t.isEmpty() || !t.matches("\\d*\\.?\\d+")) {
      return null;
    }
    return Double.parseDouble(t);
  }

  /** The factor a word such as "billion" stands for; 1 for none. */
  static double multiplier(String word) {
    if (word == null || word.isBlank()) {
      return 1;
    }
    switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "thousand":
        return 1e3;
      case "million":
      case "mn":
        return 1e6;
      case "billion":
      case "bn":
        return 1e9;
      case "trillion":
        return 1e12;
      default:
        return 1;
    }
  }

  /** A whole number, written without a trailing ".0", for notes: 6846 → "6,846", 10.5 → "10.5". */
  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, "%,.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  // ---------------------------------------------------------------- structure

  /**
   * The text with every parenthesised part (nesting respected) replaced by spaces of the same
   * length, so that positions still line up; an unclosed parenthesis masks to the end.
   */
  static String maskParens(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
        b.append(' ');
      } else if (c == ')' && depth > 0) {
        depth--;
        b.append(' ');
      } else {
        b.append(depth > 0 ? ' ' : c);
      }
    }
    return b.toString();
  }

  /** A piece of a text with where it starts. */
  record Piece(String text, int start) {}

  /**
   * Splits at the separators in {@code separators} that are outside parentheses; an unclosed
   * parenthesis is closed at the next separator so one typo cannot swallow the rest of a list.
   */
  static List<Piece> splitTopLevel(String s, String separators) {
    List<Piece> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (separators.indexOf(c) >= 0 && !isThousands(s, i)) {
        if (depth == 0 || looksUnclosed(s, i)) {
          out.add(new Piece(s.substring(start, i), start));
          start = i + 1;
          depth = 0;
        }
      }
    }
    out.add(new Piece(s.substring(start), start));
    return out;
  }

  /** Whether the comma at {@code i} separates thousands: "1,765". */
  private static boolean isThousands(String s, int i) {
    return s.charAt(i) == ','
        && i > 0
        && i + 3 < s.length()
        && Character.isDigit(s.charAt(i - 1))
        && Character.isDigit(s.charAt(i + 1))
        && Character.isDigit(s.charAt(i + 2))
        && Character.isDigit(s.charAt(i + 3));
  }

  /** Whether the parenthesis open at {@code i} is never closed: another opens before any closes. */
  private static boolean looksUnclosed(String s, int i) {
    int close = s.indexOf(')', i);
    int open = s.indexOf('(', i);
    return close < 0 || (open >= 0 && open < close);
  }

  /** The index of the parenthesis closing the one open at {@code open}, or -1. */
  static int closing(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      if (s.charAt(i) == '(') {
        depth++;
      } else if (s.charAt(i) == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The contents of every top-level parenthesis of a text, in order. */
  static List<String> parens(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        if (depth == 0) {
          start = i + 1;
        }
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
        if (depth == 0) {
          out.add(s.substring(start, i).strip());
        }
      }
    }
    if (depth > 0 && start >= 0) {
      out.add(s.substring(start).strip());
    }
    return out;
  }

  /** The text outside parentheses, whitespace collapsed. */
  static String outsideParens(String s) {
    return maskParens(s).replaceAll("\\s+", " ").strip();
  }

  /** Shortens a text for a note. */
  static String abbreviate(String s, int max) {
    String t = s.strip();
    return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
  }
}
