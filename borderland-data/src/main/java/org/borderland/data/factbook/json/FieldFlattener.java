package org.borderland.data.factbook.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one snapshot field into one text, the way the archive writes it.
 *
 * <ul>
 *   <li>{@code {"text": "…"}} gives the text.
 *   <li>Other members are sub-fields, in document order, written {@code "name: text"} and joined
 *       with {@code " | "}: {@code {"total": {"text": "13,364 km"}, "border countries (5)":
 *       {"text": "China 1,765 km, …"}}} gives {@code "total: 13,364 km | border countries (5):
 *       China 1,765 km, …"}. A field's own {@code text} comes first-in-order without a name; {@code
 *       "note"} and {@code "country comparison to the world"} are sub-fields like any other (the
 *       archive keeps them too). When a sub-field's text already starts with its name ({@code
 *       "note": "note: …"}) the name is not repeated. Names are trimmed (2026 has {@code "total
 *       "}).
 *   <li>HTML is removed: {@code <br>}, {@code <p>} and {@code <li>} become line breaks, other tags
 *       vanish, entities are decoded ({@code &lt;1%} becomes {@code <1%}, {@code &nbsp;} a space),
 *       runs of spaces collapse and each line is trimmed.
 *   <li>{@code null} and empty texts are left out.
 * </ul>
 */
final class FieldFlattener {
  private static final Pattern BREAK =
      Pattern.compile("(?i)<\\s*(br|/?p|/?li|/?ol|/?ul|/?div|/?h[1-6])(\\s[^<>]*)?/?\\s*>");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
  private static final Map<String, String> ENTITIES =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", " "),
          Map.entry("ndash", "\u2013"),
          Map.entry("mdash", "\u2014"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("ldquo", "\u201C"),
          Map.entry("rdquo", "\u201D"),
          Map.entry("deg", "\u00B0"),
          Map.entry("sup2", "\u00B2"),
          Map.entry("sup3", "\u00B3"),
          Map.entry("frac12", "\u00BD"),
          Map.entry("frac14", "\u00BC"),
          Map.entry("times", "\u00D7"),
          Map.entry("middot", "\u00B7"),
          Map.entry("hellip", "\u2026"),
          Map.entry("szlig", "\u00DF"),
          Map.entry("AElig", "\u00C6"),
          Map.entry("aelig", "\u00E6"),
          Map.entry("Oslash", "\u00D8"),
          Map.entry("oslash", "\u00F8"),
          Map.entry("Scaron", "\u0160"),
          Map.entry("scaron", "\u0161"),
          Map.entry("eth", "\u00F0"),
          Map.entry("thorn", "\u00FE"));
  private static final Map<String, Character> ACCENTS =
      Map.of(
          "acute", '\u0301',
          "grave", '\u0300',
          "circ", '\u0302',
          "tilde", '\u0303',
          "uml", '\u0308',
          "ring", '\u030A',
          "cedil", '\u0327',
          "caron", '\u030C');

  private FieldFlattener() {}

  /** The field's text; empty when it has none. */
  static String flatten(JsonNode field) {
    if (field == null || field.isNull() || field.isMissingNode()) {
      return "";
    }
    if (field.isValueNode()) {
      return clean(field.asText());
    }
    List<String> parts = new ArrayList<>();
    if (field.isArray()) {
      for (JsonNode e : field) {
        add(parts, flatten(e));
      }
      return String.join(" | ", parts);
    }
    for (Map.Entry<String, JsonNode> m : field.properties()) {
      String name = m.getKey().strip();
      String text = flatten(m.getValue());
      if (text.isEmpty()) {
        continue;
      }
      if (name.equals("text") || name.isEmpty()) {
        parts.add(text);
      } else {
        parts.add(label(name, text));
      }
    }
    return String.join(" | ", parts);
  }

  private static void add(List<String> parts, String text) {
    if (!text.isEmpty()) {
      parts.add(text);
    }
  }

  private static String label(String name, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String prefix = name.toLowerCase(Locale.ROOT) + ":";
    return lower.startsWith(prefix) ? text : name + ": " + text;
  }

  /** Text without HTML: breaks as {@code \n}, tags removed, entities decoded, spaces collapsed. */
  static String clean(String raw) {
    String s = raw.replace("\r\n", "\n").replace('\r', '\n');
    if (s.indexOf('<') >= 0) {
      s = BREAK.matcher(s).replaceAll("\n");
      s = TAG.matcher(s).replaceAll("");
    }
    if (s.indexOf('&') >= 0) {
      s = decodeEntities(s);
    }
    StringBuilder out = new StringBuilder(s.length());
    for (String line : s.split("\n", -1)) {
      String t = line.replace('\u00A0', ' ').replace('\t', ' ').replaceAll(" {2,}", " ").strip();
      if (t.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(t);
    }
    return out.toString();
  }

  private static String decodeEntities(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder b = new StringBuilder(s.length());
    while (m.find()) {
      String name = m.group(1);
      String rep = entity(name);
      m.appendReplacement(b, Matcher.quoteReplacement(rep == null ? m.group() : rep));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static String entity(String name) {
    if (name.startsWith("#")) {
      try {
        int cp =
            name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                ? Integer.parseInt(name.substring(2), 16)
                : Integer.parseInt(name.substring(1));
        return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    String known = ENTITIES.get(name);
    if (known != null) {
      return known;
    }
    // a letter with an accent: &eacute; &Uuml; &ccedil; &atilde; …
    if (name.length() > 1) {
      Character mark = ACCENTS.get(name.substring(1));
      if (mark != null && Character.isLetter(name.charAt(0))) {
        return java.text.Normalizer.normalize(
            name.charAt(0) + String.valueOf(mark), java.text.Normalizer.Form.NFC);
      }
    }
    return null;
  }
}
