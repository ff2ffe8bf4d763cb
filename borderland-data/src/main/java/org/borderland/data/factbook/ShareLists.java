package org.borderland.data.factbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.PrintedRange;

/**
 * Reads the "Ethnic groups" and "Languages" fields: a list of groups, most with a percentage.
 *
 * <p>See {@link FactbookObservations} for the rules (ranges, "NA%", "less than 1%", nested shares,
 * overlapping language shares, reference years).
 */
final class ShareLists {
  private ShareLists() {}

  /** Note prefix of a share that is part of another group printed with it; sums must skip it. */
  static final String PART_OF = "part of ";

  private static final Pattern SHARE =
      Pattern.compile(
          "(?i)(?<![\\w.,])(?<qual>(?:about|approximately|approx\\.|roughly|around|nearly|almost|"
              + "over|more than|under|less than|fewer than|up to|~|<|>)\\s*)?"
              + "(?<a>NA|NEGL|\\d*\\.?\\d+)(?:\\s*%?\\s*(?:-|\u2013|to)\\s*(?<b>\\d*\\.?\\d+))?"
              + "\\s*%");
  private static final Pattern BOUNDED_HEADER =
      Pattern.compile(
          "(?i)(?:less than|under|fewer than|<)\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*(?:each\\s*)?:");
  private static final Pattern SAMPLES =
      Pattern.compile(
          "(?is)major-language sample\\(s\\)\\s*:.*?(?=(?:\\bnote(?:\\s*\\d+)?\\s*(?::|-))|$)");
  private static final Pattern SUBFIELD_PREFIX =
      Pattern.compile("(?i)^(?:languages|ethnic groups|ethnic divisions|text)\\s*:\\s*");
  private static final Pattern NOTE_SEGMENT =
      Pattern.compile("(?i)^note(?:\\s*\\d+)?\\s*[:\\-]\\s*");
  private static final Pattern MEANING =
      Pattern.compile(
          "(?i)percent|data represent|understand|spoken|speak|native|mother tongue|first language|"
              + "respondents|more than 100|usually|home|ancestry|birth|nationality|citizen");
  private static final Pattern CONNECTOR =
      Pattern.compile("(?i)^[\\s,;:\\-\u2013&]*(?:and|or|plus)?[\\s,;:\\-\u2013&]*");

  /** One group as read, before keys are merged. */
  private record Item(
      String key, Double value, Integer year, String note, String printed, String parent) {}

  /**
   * Parses the field into {@link Indicators#ETHNIC_SHARE} or {@link Indicators#LANGUAGE_SHARE}
   * rows.
   */
  static void parse(Rows rows, boolean ethnic) {
    String indicator = ethnic ? Indicators.ETHNIC_SHARE : Indicators.LANGUAGE_SHARE;
    String text = FactbookText.clean(rows.field().text());
    List<String> notes = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (String seg : text.split("\\s*\\|\\s*")) {
      String s = seg.strip();
      Matcher note = NOTE_SEGMENT.matcher(s);
      if (s.isEmpty() || s.toLowerCase(Locale.ROOT).startsWith("major-language sample")) {
        continue;
      }
      if (note.lookingAt()) {
        notes.add(s.substring(note.end()));
        continue;
      }
      bodies.add(SUBFIELD_PREFIX.matcher(s).replaceFirst(""));
    }
    String body = SAMPLES.matcher(String.join("; ", bodies)).replaceAll(" ");
    FactbookText.Noted noted = FactbookText.splitNote(body);
    body = noted.body().replaceAll("[\\s;,|]+$", "");
    if (!noted.note().isEmpty()) {
      notes.add(noted.note());
    }
    if (body.isEmpty() || body.equalsIgnoreCase("NA") || body.equalsIgnoreCase("none")) {
      rows.skip(ParsedField.Reason.NO_FIGURE, text, "no groups listed");
      return;
    }
    String fieldNote = meaningNote(notes);
    // A list with no reference year of its own may carry it at the end of its note (2017–18).
    Integer fallbackYear = null;
    if (FactbookText.findYear(body, 0) == null) {
      for (String n : notes) {
        List<FactbookText.YearParen> ys = FactbookText.years(n);
        if (!ys.isEmpty() && ys.get(ys.size() - 1).end() >= n.length() - 1) {
          fallbackYear = ys.get(ys.size() - 1).year();
        }
      }
    }
    List<Item> items = new ArrayList<>();
    Matcher header = BOUNDED_HEADER.matcher(body);
    if (header.find()) {
      readList(body.substring(0, header.start()), 0, body, ethnic, fallbackYear, items, rows, null);
      double bound = Double.parseDouble(header.group(1));
      String rest = body.substring(header.end());
      for (FactbookText.Piece p : FactbookText.splitTopLevel(rest, ",;")) {
        String name = p.text().strip();
        String key = GroupNames.key(name, ethnic);
        if (key.isEmpty()) {
          continue;
        }
        Integer year = FactbookText.yearAfter(body, header.end() + p.start());
        items.add(
            new Item(
                key,
                bound,
                year != null ? year : fallbackYear,
                "upper bound: listed under '" + header.group().strip() + "'",
                name,
                null));
      }
    } else {
      readList(body, 0, body, ethnic, fallbackYear, items, rows, null);
    }
    emit(rows, indicator, items, fieldNote);
  }

  /** Reads a comma- or semicolon-separated list; {@code offset} places it within {@code body}. */
  private static void readList(
      String list,
      int offset,
      String body,
      boolean ethnic,
      Integer fallbackYear,
      List<Item> items,
      Rows rows,
      Item parent) {
    for (FactbookText.Piece piece : FactbookText.splitTopLevel(list, ",;")) {
      for (FactbookText.Piece item : splitShares(piece)) {
        readItem(item, offset, body, ethnic, fallbackYear, items, rows, parent);
      }
    }
  }

  /**
   * Splits a piece that holds several shares outside parentheses ("Kazakh 83.1% (…) and trilingual
   * 22.3%", "other 20% - Armenian 7%") after each share and the parentheses that follow it.
   */
  private static List<FactbookText.Piece> splitShares(FactbookText.Piece piece) {
    String p = piece.text();
    String masked = FactbookText.maskParens(p);
    List<int[]> shares = new ArrayList<>();
    Matcher m = SHARE.matcher(masked);
    while (m.find()) {
      shares.add(new int[] {m.start(), m.end()});
    }
    if (shares.size() < 2 || masked.substring(0, shares.get(0)[0]).isBlank()) {
      return List.of(piece);
    }
    List<FactbookText.Piece> out = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < shares.size() - 1; k++) {
      int cut = shares.get(k)[1];
      // Parentheses after the share belong to it: "(understand spoken language)".
      while (true) {
        int i = cut;
        while (i < p.length() && p.charAt(i) == ' ') {
          i++;
        }
        if (i < p.length() && p.charAt(i) == '(') {
          int close = FactbookText.closing(p, i);
          if (close < 0) {
            break;
          }
          cut = close + 1;
        } else {
          break;
        }
      }
      out.add(new FactbookText.Piece(p.substring(start, cut), piece.start() + start));
      Matcher c = CONNECTOR.matcher(p.substring(cut));
      start = cut + (c.lookingAt() ? c.end() : 0);
    }
    out.add(new FactbookText.Piece(p.substring(start), piece.start() + start));
    return out;
  }

  private static void readItem(
      FactbookText.Piece piece,
      int offset,
      String body,
      boolean ethnic,
      Integer fallbackYear,
      List<Item> items,
      Rows rows,
      Item parent) {
    String p = piece.text();
    if (p.isBlank()) {
      return;
    }
    String masked = FactbookText.maskParens(p);
    Matcher m = SHARE.matcher(masked);
    if (!m.find()) {
      String key = GroupNames.key(p, ethnic);
      // A name with no share must look like a name: few words, no figures ("6,500 Europeans" is
      // a count, not a group's share).
      if (plausible(key, true)) {
        // What the parentheses say is kept ("Turkish (official)"): it tells the official language.
        List<String> noteParts = new ArrayList<>();
        noteParts.add("named without a share");
        for (String q : FactbookText.parens(p)) {
          if (!q.isBlank()) {
            noteParts.add("(" + q.strip() + ")");
          }
        }
        items.add(
            new Item(key, null, null, String.join("; ", noteParts), p.strip(), keyOf(parent)));
      } else if (!key.isEmpty()) {
        rows.skip(ParsedField.Reason.UNPARSED, p, "no share and not a group name");
      }
      return;
    }
    String before = p.substring(0, m.start());
    String after = p.substring(m.end());
    String namePrinted;
    String trailing;
    if (!GroupNames.key(before, ethnic).isEmpty()) {
      namePrinted = before;
      trailing = after;
    } else {
      namePrinted = after;
      trailing = "";
    }
    String key = GroupNames.key(namePrinted, ethnic);
    if (!plausible(key, parent != null)) {
      rows.skip(ParsedField.Reason.UNPARSED, p, "share without a readable group name");
      return;
    }
    List<String> noteParts = new ArrayList<>();
    Double value = value(m, noteParts);
    List<String> nested = new ArrayList<>();
    for (String q : FactbookText.parens(namePrinted)) {
      if (q.isEmpty()) {
        continue;
      }
      if (!SHARE.matcher(FactbookText.maskParens(q)).find()) {
        noteParts.add("(" + q + ")");
      } else if (trailing.isEmpty()) {
        // Percent first: "99% African (42% Mandinka, 18% Fula, …)".
        nested.add(q);
      }
    }
    for (String q : FactbookText.parens(trailing)) {
      if (FactbookText.findYear("(" + q + ")", 0) != null && q.length() < 60) {
        continue;
      }
      if (SHARE.matcher(FactbookText.maskParens(q)).find()) {
        nested.add(q);
      } else if (!q.isEmpty()) {
        noteParts.add("(" + q + ")");
      }
    }
    int at = offset + piece.start() + m.start();
    Integer year = FactbookText.yearAfter(body, at);
    if (year == null) {
      year = fallbackYear;
    }
    if (parent != null) {
      noteParts.add(
          0,
          PART_OF
              + parent.key()
              + (parent.value() == null ? "" : " " + FactbookText.format(parent.value()) + "%")
              + "; not additional");
    }
    Item item = new Item(key, value, year, String.join("; ", noteParts), p.strip(), keyOf(parent));
    items.add(item);
    for (String q : nested) {
      String inner =
          q.replaceFirst("(?i)^\\s*(?:includes|including|of which|of whom)\\s*:?\\s*", "");
      // Inner lists have no reference year of their own: they take the item's.
      readList(inner, 0, inner, ethnic, year, items, rows, item);
    }
  }

  private static String keyOf(Item parent) {
    return parent == null ? null : parent.key();
  }

  /** The value of a share match, adding to {@code notes} what a reader must know about it. */
  private static Double value(Matcher m, List<String> notes) {
    String a = m.group("a");
    String printed = m.group().strip();
    if (a.equalsIgnoreCase("NA")) {
      notes.add("the source printed NA");
      return null;
    }
    if (a.equalsIgnoreCase("NEGL")) {
      notes.add("the source printed NEGL (negligible)");
      return null;
    }
    double v = Double.parseDouble(a);
    if (m.group("b") != null) {
      double b = Double.parseDouble(m.group("b"));
      PrintedRange r = new PrintedRange(Math.min(v, b), Math.max(v, b));
      notes.add(r.note(printed));
      return r.midpoint();
    }
    String qual = m.group("qual") == null ? "" : m.group("qual").strip().toLowerCase(Locale.ROOT);
    if (qual.equals("less than")
        || qual.equals("under")
        || qual.equals("fewer than")
        || qual.equals("up to")
        || qual.equals("<")) {
      notes.add("upper bound: printed '" + printed + "'");
    } else if (qual.equals("over") || qual.equals("more than") || qual.equals(">")) {
      notes.add("lower bound: printed '" + printed + "'");
    } else if (!qual.isEmpty()) {
      notes.add("approximate: printed '" + printed + "'");
    }
    return v;
  }

  /** Whether a key reads as a group name: a letter, and few words (nested: no digits either). */
  private static boolean plausible(String key, boolean nested) {
    if (key.isEmpty() || !key.matches("(?s).*\\p{L}.*")) {
      return false;
    }
    int words = key.split("\\s+").length;
    if (nested) {
      return words <= 4 && !key.matches("(?s).*\\d.*");
    }
    return words <= 8;
  }

  private static String meaningNote(List<String> notes) {
    List<String> kept = new ArrayList<>();
    for (String n : notes) {
      if (MEANING.matcher(n).find()) {
        kept.add(FactbookText.abbreviate(n, 200));
      }
    }
    return kept.isEmpty() ? "" : "field note: " + String.join("; ", kept);
  }

  /**
   * Emits one row per key. When a key repeats, the first top-level listing is kept (a later one is
   * a second breakdown: "total population - German 65% …; Swiss nationals - German 74%"), and a
   * top-level group wins over an inner one; the losers are skipped as duplicates.
   */
  private static void emit(Rows rows, String indicator, List<Item> items, String fieldNote) {
    Map<String, Item> byKey = new LinkedHashMap<>();
    for (Item it : items) {
      Item old = byKey.get(it.key());
      if (old == null) {
        byKey.put(it.key(), it);
      } else if (old.parent() != null && it.parent() == null
          || old.value() == null && it.value() != null && it.parent() == null) {
        rows.skip(
            ParsedField.Reason.DUPLICATE,
            old.printed(),
            "group " + it.key() + " is also listed on its own");
        byKey.put(it.key(), it);
      } else {
        rows.skip(
            ParsedField.Reason.DUPLICATE,
            it.printed(),
            "group " + it.key() + " is already listed; the first listing is kept");
      }
    }
    for (Item it : byKey.values()) {
      List<String> noteParts = new ArrayList<>();
      if (!it.note().isEmpty()) {
        noteParts.add(it.note());
      }
      if (!fieldNote.isEmpty()) {
        noteParts.add(fieldNote);
      }
      rows.add(indicator, it.key(), it.value(), it.year(), String.join("; ", noteParts));
    }
  }
}
