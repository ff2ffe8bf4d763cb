package org.borderland.data.factbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.PrintedRange;

/**
 * Reads the fields that carry one figure, or a list of yearly figures of which the newest is kept:
 * population, GDP, military expenditure and military personnel. A range printed for one figure
 * ("$27-37 billion", "1-2% of GDP", "150,000-200,000") is stored as every range is: the midpoint as
 * the value, both ends in the note ({@link PrintedRange}).
 */
final class Figures {
  private Figures() {}

  /**
   * A dollar figure, or a range of two ("$27-37 billion", "$1.2-$1.4 billion", "$5 billion to $7
   * billion"): {@code n} and its multiplier {@code m}, and the upper end {@code b} with {@code mb}.
   */
  private static final Pattern MONEY =
      Pattern.compile(
          "(?i)\\$\\s?(?<n>NA|\\d[\\d,]*(?:\\.\\d+)?)(?:\\s*(?<m>trillion|billion|million|thousand))?"
              + "(?:\\s*(?:-|\u2013|to)\\s*\\$?\\s?(?<b>\\d[\\d,]*(?:\\.\\d+)?)(?![\\d.,]*\\s*%)"
              + "(?:\\s*(?<mb>trillion|billion|million|thousand))?)?");

  /** A percentage, or a range of two ("1-2% of GDP", "25% to 33% of GDP"): {@code n}, {@code b}. */
  private static final Pattern PERCENT =
      Pattern.compile(
          "(?i)(?<![\\w.,])(?<n>NA|\\d+(?:\\.\\d+)?)(?:\\s*%?\\s*(?:-|\u2013|to)\\s*(?<b>\\d+(?:\\.\\d+)?))?"
              + "\\s*%(?:\\s*of\\s*(?<of>GDP|GNP|gross world product))?");

  private static final Pattern COUNT =
      Pattern.compile(
          "(?i)(?<![\\w.,$])(?<a>\\d[\\d,]*(?:\\.\\d+)?)(?:\\s*(?:-|\u2013|to)\\s*(?<b>\\d[\\d,]*(?:\\.\\d+)?))?"
              + "(?:\\s*(?<m>million|billion|thousand))?(?<plus>-plus|\\+)?");

  /**
   * One figure found in a text; {@code note} records a range ({@link PrintedRange}), else empty.
   */
  private record Figure(
      Double value, boolean na, int start, int end, Integer year, String printed, String note) {
    Figure(Double value, boolean na, int start, int end, Integer year, String printed) {
      this(value, na, start, end, year, printed, "");
    }
  }

  /**
   * The dollar figure a {@link #MONEY} match printed: a range gives its midpoint, both ends in the
   * note; a multiplier printed once applies to both ends ("$27-37 billion").
   */
  private static Figure moneyFigure(MatchResult m, int start, int end, Integer year) {
    String n = m.group("n");
    if (n.equalsIgnoreCase("NA")) {
      return new Figure(null, true, start, end, year, m.group());
    }
    String mm = m.group("m");
    String mb = m.group("mb");
    double low = FactbookText.number(n) * FactbookText.multiplier(mm != null ? mm : mb);
    if (m.group("b") == null) {
      return new Figure(low, false, start, end, year, m.group());
    }
    double high = FactbookText.number(m.group("b")) * FactbookText.multiplier(mb != null ? mb : mm);
    PrintedRange r = new PrintedRange(Math.min(low, high), Math.max(low, high));
    return new Figure(r.midpoint(), false, start, end, year, m.group(), r.note(m.group().strip()));
  }

  /** The share a {@link #PERCENT} match printed: a range gives its midpoint, both ends noted. */
  private static Figure percentFigure(MatchResult m, int start, int end, Integer year) {
    String n = m.group("n");
    if (n.equalsIgnoreCase("NA")) {
      return new Figure(null, true, start, end, year, m.group());
    }
    double low = Double.parseDouble(n);
    if (m.group("b") == null) {
      return new Figure(low, false, start, end, year, m.group());
    }
    double high = Double.parseDouble(m.group("b"));
    PrintedRange r = new PrintedRange(Math.min(low, high), Math.max(low, high));
    return new Figure(r.midpoint(), false, start, end, year, m.group(), r.note(m.group().strip()));
  }

  /** The non-empty notes, joined. */
  private static String notes(String... parts) {
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isEmpty()) {
        kept.add(p);
      }
    }
    return String.join("; ", kept);
  }

  private static final Pattern NOT_AVAILABLE =
      Pattern.compile("(?i)^\\s*(?:\\$?NA%?|N/A|not available|estimates not available)\\b.*");

  /** Whether a field says it has no figure: "NA", "$NA", "NA%", "N/A", "not available". */
  static boolean notAvailable(String body) {
    return NOT_AVAILABLE.matcher(body).matches();
  }

  // ---------------------------------------------------------------- population

  /** "17,103,927 (July 1992)", "total: 20,260,006 male: … (2024 est.)", "uninhabited". */
  static void population(Rows rows) {
    String text = FactbookText.clean(rows.field().text());
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("uninhabited") || lower.startsWith("no permanent inhabitants")) {
      rows.add(
          Indicators.POPULATION,
          "",
          0.0,
          FactbookText.yearAfter(text, 0),
          "the source printed '" + FactbookText.abbreviate(text, 60) + "'");
      return;
    }
    if (lower.startsWith("no indigenous inhabitants")) {
      rows.skip(ParsedField.Reason.NO_FIGURE, text, "no population figure");
      return;
    }
    String body = FactbookText.splitNote(text).body();
    Matcher m = COUNT.matcher(body);
    while (m.find()) {
      if (isYear(body, m)) {
        continue;
      }
      double v = FactbookText.number(m.group("a")) * FactbookText.multiplier(m.group("m"));
      String note = "";
      String before = body.substring(0, m.start()).toLowerCase(Locale.ROOT);
      if (before.matches(
          ".*\\b(?:approximately|about|roughly|some|around|est\\.?|estimated)\\s*$")) {
        note =
            "approximate: printed '"
                + FactbookText.abbreviate(body.substring(0, m.end()), 80)
                + "'";
      }
      rows.add(Indicators.POPULATION, "", v, FactbookText.yearAfter(text, m.end()), note);
      return;
    }
    if (body.matches("(?i).*\\bNA\\b.*")) {
      rows.add(Indicators.POPULATION, "", null, null, "the source printed NA");
      return;
    }
    rows.skip(ParsedField.Reason.NO_FIGURE, text, "no population figure");
  }

  private static boolean isYear(String s, Matcher m) {
    String a = m.group("a");
    if (a.matches("(?:19|20)\\d\\d") && m.group("m") == null && m.group("b") == null) {
      return true;
    }
    // Inside a parenthesis such as "(July 1992)" or "(includes 228,424 non-nationals)".
    int open = s.lastIndexOf('(', m.start());
    int close = s.lastIndexOf(')', m.start());
    return open > close;
  }

  // ---------------------------------------------------------------- GDP

  private static final Pattern PPP_LABEL =
      Pattern.compile("(?i)purchasing power (?:parity|equivalent)\\s*[-\u2013:?]*\\s*(?=\\$|NA)");
  private static final Pattern OER_LABEL =
      Pattern.compile("(?i)exchange rate conversion\\s*[-\u2013:?]*\\s*(?=\\$|NA)");
  private static final Pattern NOT_GDP =
      Pattern.compile("(?i)^\\s*(?:GNP|GWP|gross (?:national|world))");

  /**
   * The old combined field: "purchasing power parity - $54.5 billion (1999 est.)" gives {@code
   * gdp_ppp_usd}, "exchange rate conversion - $3 billion (1989 est.)" gives {@code gdp_usd}; GNP
   * and unlabelled figures (1990–91: "$3 billion, per capita $200") are skipped as not comparable.
   */
  static void gdpCombined(Rows rows) {
    String text = FactbookText.clean(rows.field().text());
    if (NOT_GDP.matcher(text).find()) {
      rows.skip(ParsedField.Reason.NOT_COMPARABLE, text, "GNP or gross world product, not GDP");
      return;
    }
    boolean any = false;
    for (Object[] l :
        new Object[][] {{PPP_LABEL, Indicators.GDP_PPP_USD}, {OER_LABEL, Indicators.GDP_USD}}) {
      Matcher label = ((Pattern) l[0]).matcher(text);
      if (!label.find()) {
        continue;
      }
      any = true;
      String after = text.substring(label.end());
      Matcher money = MONEY.matcher(after);
      if (money.lookingAt()) {
        Figure f = money(after, money, text, label.end());
        rows.add(
            (String) l[1],
            "",
            f.value(),
            f.year(),
            notes(f.na() ? "the source printed NA" : "", f.note()));
      } else if (after.startsWith("NA")) {
        rows.add((String) l[1], "", null, null, "the source printed NA");
      }
    }
    if (!any) {
      if (text.matches("(?i).*\\$\\s?\\d.*")) {
        rows.skip(
            ParsedField.Reason.NOT_COMPARABLE,
            text,
            "GDP figure without its method (purchasing power parity or exchange rate)");
      } else {
        rows.skip(ParsedField.Reason.NO_FIGURE, text, "no GDP figure");
      }
    }
  }

  private static Figure money(String s, Matcher m, String whole, int offset) {
    Integer year = FactbookText.yearAfter(whole, offset + m.end());
    return moneyFigure(m, m.start(), m.end(), year);
  }

  /**
   * A list of dollar figures with reference years ("$705.52 billion (2023 est.) $671.285 billion
   * (2022 est.)"): the newest is kept.
   */
  static void gdpList(Rows rows, String indicator) {
    String text = FactbookText.clean(rows.field().text());
    // From 2021 each figure carries its own "note: data are in 2017 dollars" before its year;
    // drop those inline notes so the years and the later figures are read (the note is kept).
    FactbookText.Noted noted =
        FactbookText.splitNote(INLINE_DOLLARS_NOTE.matcher(text).replaceAll(" "));
    List<Figure> figures = moneyList(noted.body());
    if (figures.isEmpty()) {
      if (noted.body().matches("(?i)^\\s*(?:NA|\\$NA)\\b.*")) {
        rows.add(indicator, "", null, null, "the source printed NA");
      } else {
        rows.skip(ParsedField.Reason.NO_FIGURE, text, "no dollar figure");
      }
      return;
    }
    List<String> notes = new ArrayList<>();
    Figure f = newest(figures, notes);
    String dollars = dollarsNote(text);
    if (!dollars.isEmpty()) {
      notes.add(dollars);
    }
    if (f.na()) {
      notes.add(0, "the source printed NA");
    }
    if (!f.note().isEmpty()) {
      notes.add(0, f.note());
    }
    rows.add(indicator, "", f.value(), f.year(), String.join("; ", notes));
  }

  private static final Pattern DOLLARS_NOTE =
      Pattern.compile(
          "(?i)data (?:are )?in (?:\\d{4} )?(?:US )?dollars[^;|]*|data in current dollars[^;|]*");

  private static final Pattern INLINE_DOLLARS_NOTE =
      Pattern.compile("(?i)note:\\s*data (?:are )?in (?:\\d{4} )?(?:US )?dollars(?=\\s*\\()");

  private static String dollarsNote(String text) {
    Matcher m = DOLLARS_NOTE.matcher(text);
    String last = "";
    while (m.find()) {
      last = m.group().strip();
    }
    return last.isEmpty() ? "" : "as printed: '" + last + "'";
  }

  /** Every dollar figure in a list, each with the first reference year before the next figure. */
  private static List<Figure> moneyList(String body) {
    List<Figure> out = new ArrayList<>();
    Matcher m = MONEY.matcher(body);
    List<MatchResult> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.toMatchResult());
    }
    for (int i = 0; i < found.size(); i++) {
      MatchResult f = found.get(i);
      int limit = i + 1 < found.size() ? found.get(i + 1).start() : body.length();
      FactbookText.YearParen y = FactbookText.findYear(body, f.end());
      Integer year = y != null && y.start() < limit ? y.year() : null;
      out.add(moneyFigure(f, f.start(), f.end(), year));
    }
    return out;
  }

  /**
   * The newest figure of a list: the reported one with the latest reference year; with no years
   * (the 2018–2020 editions stripped them), the first, since every edition lists newest first. An
   * NA is kept only when nothing in the list is reported.
   */
  private static Figure newest(List<Figure> figures, List<String> notes) {
    List<Figure> reported = figures.stream().filter(f -> !f.na()).toList();
    List<Figure> pool = reported.isEmpty() ? figures : reported;
    Figure best = null;
    for (Figure f : pool) {
      if (f.year() != null && (best == null || best.year() == null || f.year() > best.year())) {
        best = f;
      }
    }
    if (best == null) {
      best = pool.get(0);
      if (figures.size() > 1) {
        notes.add(
            "reference years missing; the first of "
                + figures.size()
                + " figures printed is taken as the newest");
      }
    } else if (figures.size() > 1) {
      notes.add("newest of " + figures.size() + " figures printed");
    }
    return best;
  }

  // ---------------------------------------------------------------- military expenditure

  /** "Defense expenditures" (1990–96): "$700 million, 1.5% of GDP (1991)", "$NA, NA% of GDP". */
  static void milexCombined(Rows rows) {
    String text = FactbookText.clean(rows.field().text());
    String body = FactbookText.splitNote(text).body();
    if (body.equalsIgnoreCase("none")) {
      rows.add(Indicators.MILEX_USD, "", 0.0, null, "the source printed 'none'");
      rows.add(Indicators.MILEX_GDP_PCT, "", 0.0, null, "the source printed 'none'");
      return;
    }
    if (body.equalsIgnoreCase("NA")) {
      rows.add(Indicators.MILEX_USD, "", null, null, "the source printed NA");
      rows.add(Indicators.MILEX_GDP_PCT, "", null, null, "the source printed NA");
      return;
    }
    boolean any = false;
    Matcher money = MONEY.matcher(body);
    if (money.find()) {
      any = true;
      Figure f = money(body, money, body, 0);
      rows.add(
          Indicators.MILEX_USD,
          "",
          f.value(),
          f.year(),
          notes(f.na() ? "the source printed NA" : "", f.note()));
    }
    Matcher pct = PERCENT.matcher(body);
    while (pct.find()) {
      String of = pct.group("of");
      if (of == null) {
        continue;
      }
      any = true;
      if (!of.equalsIgnoreCase("GDP")) {
        rows.skip(
            ParsedField.Reason.NOT_COMPARABLE, pct.group(), "a share of " + of + ", not of GDP");
        break;
      }
      Integer year = FactbookText.yearAfter(body, pct.end());
      Figure f = percentFigure(pct, pct.start(), pct.end(), year);
      rows.add(
          Indicators.MILEX_GDP_PCT,
          "",
          f.value(),
          year,
          notes(f.na() ? "the source printed NA" : "", f.note()));
      break;
    }
    String rest = PERCENT.matcher(MONEY.matcher(body).replaceAll(" ")).replaceAll(" ");
    rest = rest.replaceAll("\\([^()]*\\)", " ");
    if (any && rest.matches("(?s).*\\d.*")) {
      // "69,326 million rubles, NA% of GDP": the amount is in a local currency.
      rows.skip(ParsedField.Reason.NOT_COMPARABLE, text, "an amount not in US dollars");
    }
    if (!any) {
      if (body.matches("(?i).*\\d.*")) {
        rows.skip(
            ParsedField.Reason.NOT_COMPARABLE,
            text,
            "no US dollar figure and no share of GDP (local currency?)");
      } else {
        rows.skip(ParsedField.Reason.NO_FIGURE, text, "no figure");
      }
    }
  }

  /** "Military expenditures - dollar figure": "$322 million (FY99)", "$NA". */
  static void milexUsd(Rows rows) {
    String text = FactbookText.clean(rows.field().text());
    String body = FactbookText.splitNote(text).body();
    List<Figure> figures = moneyList(body);
    if (figures.isEmpty()) {
      if (notAvailable(body)) {
        rows.add(
            Indicators.MILEX_USD,
            "",
            null,
            FactbookText.yearAfter(body, 0),
            "the source printed '" + FactbookText.abbreviate(body, 40) + "'");
      } else if (body.matches("(?i).*\\d.*")) {
        rows.skip(ParsedField.Reason.NOT_COMPARABLE, text, "no US dollar figure (local currency?)");
      } else {
        rows.skip(ParsedField.Reason.NO_FIGURE, text, "no figure");
      }
      return;
    }
    List<String> notes = new ArrayList<>();
    Figure f = newest(figures, notes);
    if (f.na()) {
      notes.add(0, "the source printed NA");
    }
    if (!f.note().isEmpty()) {
      notes.add(0, f.note());
    }
    rows.add(Indicators.MILEX_USD, "", f.value(), f.year(), String.join("; ", notes));
  }

  /**
   * "Military expenditures - percent of GDP" ("2.7% (FY94)", "NA%") and "Military expenditures"
   * ("1.1% of GDP (2020 est.) 1.1% of GDP (2019) …", later with "(approximately $3.6 billion)"):
   * the newest share, and the newest dollar figure when one is printed.
   */
  static void milexPercent(Rows rows) {
    String text = FactbookText.clean(rows.field().text());
    String body = FactbookText.splitNote(text).body();
    if (body.equalsIgnoreCase("none")) {
      rows.add(Indicators.MILEX_GDP_PCT, "", 0.0, null, "the source printed 'none'");
      return;
    }
    List<Figure> shares = new ArrayList<>();
    List<Figure> dollars = new ArrayList<>();
    Matcher pct = PERCENT.matcher(body);
    List<MatchResult> found = new ArrayList<>();
    while (pct.find()) {
      found.add(pct.toMatchResult());
    }
    for (int i = 0; i < found.size(); i++) {
      MatchResult p = found.get(i);
      int end = i + 1 < found.size() ? found.get(i + 1).start() : body.length();
      String of = p.group("of");
      if (of != null && !of.equalsIgnoreCase("GDP")) {
        rows.skip(
            ParsedField.Reason.NOT_COMPARABLE, p.group(), "a share of " + of + ", not of GDP");
        continue;
      }
      String item = body.substring(p.end(), end);
      FactbookText.YearParen y = FactbookText.findYear(item, 0);
      Integer year = y == null ? null : y.year();
      shares.add(percentFigure(p, p.start(), p.end(), year));
      Matcher money = MONEY.matcher(item);
      if (money.find()) {
        dollars.add(moneyFigure(money, 0, 0, year));
      }
    }
    if (shares.isEmpty()) {
      if (notAvailable(body)) {
        rows.add(
            Indicators.MILEX_GDP_PCT,
            "",
            null,
            FactbookText.yearAfter(body, 0),
            "the source printed '" + FactbookText.abbreviate(body, 40) + "'");
      } else {
        rows.skip(ParsedField.Reason.NO_FIGURE, text, "no share of GDP");
      }
      return;
    }
    List<String> notes = new ArrayList<>();
    Figure f = newest(shares, notes);
    if (f.na()) {
      notes.add(0, "the source printed NA");
    }
    if (!f.note().isEmpty()) {
      notes.add(0, f.note());
    }
    rows.add(Indicators.MILEX_GDP_PCT, "", f.value(), f.year(), String.join("; ", notes));
    if (!dollars.isEmpty()) {
      List<String> dn = new ArrayList<>();
      Figure d = newest(dollars, dn);
      if (!d.note().isEmpty()) {
        dn.add(0, d.note());
      }
      dn.add(0, "printed with the share of GDP: '" + d.printed() + "'");
      rows.add(Indicators.MILEX_USD, "", d.value(), d.year(), String.join("; ", dn));
    }
  }

  // ---------------------------------------------------------------- personnel

  /**
   * "approximately 40,000 active-duty personnel (25,000 Land Forces; …) (2023)": the first count
   * printed, which the Factbook gives for the armed forces as a whole; ranges ("150,000-200,000",
   * "25-30,000") give the midpoint, both ends in the note ({@link PrintedRange}).
   */
  static void personnel(Rows rows) {
    String text = FactbookText.clean(rows.field().text());
    String body = FactbookText.splitNote(text).body();
    Matcher m = COUNT.matcher(body);
    while (m.find()) {
      if (isYear(body, m) || body.startsWith("%", m.end())) {
        continue;
      }
      double mult = FactbookText.multiplier(m.group("m"));
      double a = FactbookText.number(m.group("a"));
      List<String> notes = new ArrayList<>();
      double v;
      if (m.group("b") != null) {
        double b = FactbookText.number(m.group("b")) * mult;
        a *= mult;
        if (a * 100 < b) {
          a *= 1000; // "25-30,000" means 25,000-30,000
        }
        PrintedRange r = new PrintedRange(Math.min(a, b), Math.max(a, b));
        v = r.midpoint();
        notes.add(r.note(m.group().strip()));
      } else {
        v = a * mult;
      }
      if (m.group("plus") != null) {
        notes.add("lower bound: printed '" + m.group().strip() + "'");
      }
      int stop = body.length();
      for (char c : new char[] {';', '(', '|'}) {
        int i = body.indexOf(c, m.end());
        if (i >= 0 && i < stop) {
          stop = i;
        }
      }
      notes.add("as printed: '" + FactbookText.abbreviate(body.substring(0, stop), 160) + "'");
      rows.add(
          Indicators.MIL_PERSONNEL,
          "",
          v,
          FactbookText.yearAfter(text, m.end()),
          String.join("; ", notes));
      return;
    }
    if (notAvailable(body)) {
      rows.add(
          Indicators.MIL_PERSONNEL,
          "",
          null,
          null,
          "the source printed '" + FactbookText.abbreviate(body, 40) + "'");
      return;
    }
    rows.skip(ParsedField.Reason.NO_FIGURE, text, "no personnel count");
  }
}
