package org.borderland.data.factbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Indicators;

/** Reads the "Land boundaries" field: the total and the length shared with each neighbour. */
final class LandBoundaries {
  private LandBoundaries() {}

  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)(?:border countr(?:y|ies)|regional border(?:s|\\(s\\))?|border sovereign base areas)"
              + "\\s*(?:\\((\\d+)\\))?\\s*:");

  /**
   * A length: "1,765 km", "1765 km", "1.2 km", or a bare number ending the item ("Gaza Strip 11").
   */
  private static final Pattern LENGTH =
      Pattern.compile("(?i)(?<![\\w.,])(\\d[\\d,]*(?:\\.\\d+)?|NA)\\s*(?:km\\b|$)");

  /** After a length, the next item may follow with no separator: "… 525 km metropolitan France". */
  private static final Pattern NEXT_ITEM =
      Pattern.compile("^\\s*(?:and\\s+)?(?=\\p{Lu}|[\\p{L} ]+ - total)");

  private static final Pattern SUBTOTAL =
      Pattern.compile("(?i)^(.*?)\\s*[-\u2013]\\s*total\\s*:?\\s*(.*)$");
  private static final Pattern WITH = Pattern.compile("(?i)^with\\s+(.+)$");

  /** One neighbour as printed. */
  private record Part(String printed, String name, Double km) {}

  static void parse(Rows rows, CountryRegistry registry) {
    String text = FactbookText.clean(rows.field().text());
    String whole = FactbookText.splitNote(text).body();
    if (whole.isEmpty()) {
      rows.skip(ParsedField.Reason.NO_FIGURE, text, "empty field");
      return;
    }
    if (whole.matches("(?i)^none\\b.*")) {
      rows.add(
          FactbookObservations.LAND_BORDER_TOTAL_KM, "", 0.0, null, "the source printed 'none'");
      return;
    }
    // Segments between list labels; a note ends its segment only, since some editions print a
    // note before the list ("total: NA; note - … border countries: Akrotiri 47.4 km").
    List<String> segments = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int declared = 0;
    boolean anyDeclared = false;
    Matcher label = LABEL.matcher(text);
    int from = 0;
    while (label.find()) {
      segments.add(text.substring(from, label.start()));
      labels.add(label.group().strip());
      if (label.group(1) != null) {
        declared += Integer.parseInt(label.group(1));
        anyDeclared = true;
      }
      from = label.end();
    }
    segments.add(text.substring(from));
    List<String> pieces = new ArrayList<>();
    for (String seg : segments) {
      String body = FactbookText.splitNote(seg).body().replace('|', ';');
      for (FactbookText.Piece p : FactbookText.splitTopLevel(body, ",;")) {
        pieces.addAll(splitAfterLengths(p.text()));
      }
    }
    Double total = null;
    boolean totalSeen = false;
    List<Part> parts = new ArrayList<>();
    boolean cutOff = false;
    for (String one : pieces) {
      String piece = one.strip();
      if (piece.isEmpty()) {
        continue;
      }
      String masked = FactbookText.maskParens(piece);
      Matcher sub = SUBTOTAL.matcher(masked);
      if (sub.matches() && !sub.group(1).isBlank()) {
        // "French Guiana - total: 1,205 km": the length of one part of the entry.
        boolean number = LENGTH.matcher(sub.group(2)).find();
        rows.skip(
            number ? ParsedField.Reason.NOT_COMPARABLE : ParsedField.Reason.NOT_REPORTED,
            piece,
            number ? "sub-total for part of the entry" : "sub-total label with no length");
        cutOff |= !number;
        continue;
      }
      Matcher len = LENGTH.matcher(masked);
      if (!len.find()) {
        if (masked.replaceAll("(?i)total|:", "").isBlank()) {
          cutOff = true;
          rows.skip(ParsedField.Reason.NOT_REPORTED, piece, "label with no length");
        } else {
          rows.skip(ParsedField.Reason.UNPARSED, piece, "no length in km");
        }
        continue;
      }
      Double value = FactbookText.number(len.group(1));
      String name = FactbookText.outsideParens(piece.substring(0, len.start()));
      String rest = masked.substring(len.end()).strip();
      String lower = name.toLowerCase(Locale.ROOT).replaceAll("[:\\s]+$", "");
      if (name.isEmpty()
          || lower.equals("total")
          || rest.toLowerCase(Locale.ROOT).startsWith("total")) {
        if (!totalSeen) {
          totalSeen = true;
          total = value;
          Matcher with = WITH.matcher(FactbookText.outsideParens(piece.substring(len.end())));
          if (name.isEmpty() && with.matches()) {
            // 1990: "8,893 km with US (includes 2,477 km with Alaska)" is the total and the one
            // neighbour.
            parts.add(new Part(piece, with.group(1).strip(), value));
          }
        } else {
          rows.skip(ParsedField.Reason.UNPARSED, piece, "a second total");
        }
        continue;
      }
      // The country is the name before any parenthesis: "Russia (Kaliningrad Oblast) 210 km" is
      // Russia; in Russia's own entry "Lithuania (Kaliningrad Oblast) 261 km" is Lithuania.
      int paren = piece.indexOf('(');
      String country = paren >= 0 && paren < len.start() ? piece.substring(0, paren) : name;
      parts.add(new Part(piece, country.strip(), value));
    }
    boolean damaged = anyDeclared && declared > 0 && parts.isEmpty() || parts.isEmpty() && cutOff;
    String totalNote = "";
    if (damaged) {
      totalNote =
          "the per-neighbour list is missing in this edition (cut off after '"
              + String.join("', '", labels)
              + "'): not reported, not zero";
      rows.skip(
          ParsedField.Reason.NOT_REPORTED,
          String.join(" ", labels),
          (anyDeclared ? declared + " neighbours declared, " : "") + "none listed");
    }
    if (totalSeen) {
      rows.add(
          FactbookObservations.LAND_BORDER_TOTAL_KM,
          "",
          total,
          null,
          total == null ? join("the source printed NA", totalNote) : totalNote);
    }
    Map<String, List<Part>> byCountry = new LinkedHashMap<>();
    for (Part part : parts) {
      CountryNames.Resolved r = CountryNames.resolve(part.name(), registry);
      if (r.notACountry()) {
        rows.skip(
            ParsedField.Reason.NOT_A_COUNTRY, part.printed(), part.name() + " is not a country");
        continue;
      }
      if (r.country() == null) {
        rows.skip(
            ParsedField.Reason.UNKNOWN_COUNTRY,
            part.printed(),
            unknown(part.name(), r.suggestions()));
        continue;
      }
      Country c = r.country();
      if (c.iso3().equals(rows.field().country())) {
        rows.skip(ParsedField.Reason.UNPARSED, part.printed(), "names the entry's own country");
        continue;
      }
      byCountry.computeIfAbsent(c.iso3(), k -> new ArrayList<>()).add(part);
    }
    for (Map.Entry<String, List<Part>> e : byCountry.entrySet()) {
      List<Part> same = e.getValue();
      Double sum = 0.0;
      List<String> printed = new ArrayList<>();
      for (Part p : same) {
        sum = sum == null || p.km() == null ? null : sum + p.km();
        printed.add(p.printed());
      }
      List<String> notes = new ArrayList<>();
      if (sum == null) {
        notes.add("the source printed NA");
      }
      if (same.size() > 1) {
        notes.add("sum of " + same.size() + " parts printed: " + String.join("; ", printed));
      } else if (!same.get(0)
          .printed()
          .matches("(?i)^\\Q" + same.get(0).name() + "\\E\\s+[\\d,.]+\\s*km$")) {
        notes.add("printed as: " + same.get(0).printed());
      }
      rows.add(Indicators.LAND_BORDER_KM, e.getKey(), sum, null, String.join("; ", notes));
    }
    if (anyDeclared && !damaged && declared != byCountry.size()) {
      rows.skip(
          ParsedField.Reason.COUNT_MISMATCH,
          String.join(" ", labels),
          declared + " neighbours declared, " + byCountry.size() + " read");
    }
  }

  /**
   * Splits a piece after each length that another item follows without a separator: "China
   * (southeast) 4,133 km and China (south) 46 km", "Switzerland 525 km metropolitan France - total:
   * 2751". Text after a length that starts in lower case stays ("2,511 km of which 220 km is the
   * boundary of discontiguous Cabinda province").
   */
  private static List<String> splitAfterLengths(String piece) {
    List<String> out = new ArrayList<>();
    String masked = FactbookText.maskParens(piece);
    Matcher km = Pattern.compile("(?i)(?<![\\w.,])\\d[\\d,]*(?:\\.\\d+)?\\s*km\\b").matcher(masked);
    int start = 0;
    while (km.find()) {
      int cut = km.end();
      // Parentheses after the length belong to it: "8,893 km (including 2,477 km with Alaska)".
      while (true) {
        int i = cut;
        while (i < piece.length() && piece.charAt(i) == ' ') {
          i++;
        }
        int close =
            i < piece.length() && piece.charAt(i) == '(' ? FactbookText.closing(piece, i) : -1;
        if (close < 0) {
          break;
        }
        cut = close + 1;
      }
      Matcher next = NEXT_ITEM.matcher(masked.substring(cut));
      if (cut < masked.length() && next.lookingAt() && !masked.substring(cut).isBlank()) {
        out.add(piece.substring(start, cut));
        start = cut + next.end();
      }
    }
    out.add(piece.substring(start));
    return out;
  }

  private static String join(String a, String b) {
    return b.isEmpty() ? a : a + "; " + b;
  }

  private static String unknown(String name, List<Country> suggestions) {
    StringBuilder b = new StringBuilder("unknown country name '" + name + "'");
    if (!suggestions.isEmpty()) {
      b.append("; closest: ");
      for (int i = 0; i < suggestions.size(); i++) {
        b.append(i > 0 ? ", " : "")
            .append(suggestions.get(i).iso3())
            .append(" (")
            .append(suggestions.get(i).name())
            .append(')');
      }
    }
    return b.toString();
  }
}
