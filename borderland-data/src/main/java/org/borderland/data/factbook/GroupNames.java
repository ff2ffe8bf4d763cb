package org.borderland.data.factbook;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the names of ethnic groups and languages so that one group keeps one key across
 * editions.
 *
 * <p>The rules, in order: parentheticals are dropped ("Kazakh (Qazaq)" → Kazakh); a label before
 * the last colon or " - " is dropped ("major tribes - Akan" → Akan); leading qualifiers are dropped
 * ("ethnic Russian", "about", "predominantly"); for languages a trailing "spoken by" is dropped;
 * for ethnic groups the last word is made singular ("Russians" → Russian, "Uyghurs" → Uyghur,
 * except words ending in -ss or -us such as Swiss); spelling variants of one name become one
 * (Uighur/Uygur/Uyghur → Uyghur, Kazak/Qazaq → Kazakh, Kirghiz → Kyrgyz, Byelorussian/Belorussian →
 * Belarusian, Tadzhik → Tajik, Moldavian → Moldovan, Azeri → Azerbaijani, Turkoman → Turkmen,
 * Tartar → Tatar, Lettish → Latvian; for ethnic groups also Gypsy/Romany → Roma); the first letter
 * is upper case ("white" → White). Compound names stay whole: "Moldovan/Romanian" and "Russian and
 * Ukrainian" are groups as printed, never split.
 */
final class GroupNames {
  private GroupNames() {}

  private static final Map<String, String> SPELLINGS = new LinkedHashMap<>();
  private static final Map<String, String> ETHNONYMS = new LinkedHashMap<>();

  static {
    spell("Uyghur", "Uighur", "Uigur", "Uygur", "Uyghur");
    spell("Kazakh", "Kazak", "Qazaq", "Qazaqz", "Kazakh");
    spell("Kyrgyz", "Kirghiz", "Kirgiz", "Kirgiz", "Kyrgyz");
    spell("Belarusian", "Byelorussian", "Belorussian", "Belarusan", "Byelarusian", "Belarussian");
    spell("Tajik", "Tadzhik", "Tadjik");
    spell("Moldovan", "Moldavian");
    spell("Azerbaijani", "Azeri");
    spell("Turkmen", "Turkoman", "Turkomen", "Turcoman", "Turkman");
    spell("Tatar", "Tartar");
    spell("Ossetian", "Ossete");
    spell("Latvian", "Lettish");
    ETHNONYMS.put("gypsy", "Roma");
    ETHNONYMS.put("romany", "Roma");
  }

  private static void spell(String canonical, String... variants) {
    for (String v : variants) {
      SPELLINGS.put(v.toLowerCase(Locale.ROOT), canonical);
    }
  }

  private static final Pattern LEADING =
      Pattern.compile(
          "(?i)^(?:ethnic|about|approximately|approx\\.|roughly|around|nearly|almost|over|"
              + "predominantly|mostly|mainly|primarily|some|includes|including|of which|and|or|"
              + "~|<|>)\\s+");
  private static final Pattern SPOKEN_BY =
      Pattern.compile(
          "(?i)\\s+(?:(?:is|are|the|an|a|but|widely|official|state|national|language|spoken|"
              + "understood|used|by|only|about|approximately|some|roughly|around|over|nearly)\\b\\s*)+$");
  private static final Set<String> SINGULAR_S = Set.of("swiss", "lezgins", "tuvalus", "others");
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']*");

  /**
   * The key for a group or language name as printed.
   *
   * @param raw the name as printed, possibly with parentheticals and qualifiers
   * @param ethnic whether it names an ethnic group (plural → singular, ethnonym variants) rather
   *     than a language
   * @return the key, or an empty string when nothing of a name is left
   */
  static String key(String raw, boolean ethnic) {
    String s = FactbookText.outsideParens(raw);
    int colon = s.lastIndexOf(':');
    if (colon >= 0) {
      s = s.substring(colon + 1);
    }
    int dash = Math.max(s.lastIndexOf(" - "), s.lastIndexOf(" \u2013 "));
    if (dash >= 0) {
      s = s.substring(dash + 3);
    }
    int doubleDash = s.lastIndexOf("--");
    if (doubleDash >= 0) {
      s = s.substring(doubleDash + 2);
    }
    s = trimPunctuation(s);
    String before;
    do {
      before = s;
      s = trimPunctuation(LEADING.matcher(s).replaceFirst(""));
    } while (!s.equals(before));
    if (!ethnic) {
      s = trimPunctuation(SPOKEN_BY.matcher(s).replaceFirst(""));
    }
    s = s.replaceAll("\\s+", " ");
    if (s.isEmpty()) {
      return "";
    }
    if (ethnic) {
      s = singularLastWord(s);
    }
    s = respell(s, ethnic);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String trimPunctuation(String s) {
    return s.replaceAll("^[\\s\\-\u2013,;:.'\"*|&()]+", "")
        .replaceAll("[\\s\\-\u2013,;:'\"*|&()]+$", "");
  }

  private static String singularLastWord(String s) {
    Matcher m = WORD.matcher(s);
    int start = -1;
    int end = -1;
    while (m.find()) {
      start = m.start();
      end = m.end();
    }
    if (start < 0 || end != s.length()) {
      return s;
    }
    String w = s.substring(start, end);
    String lower = w.toLowerCase(Locale.ROOT);
    if (lower.equals("others")) {
      return s.substring(0, start) + w.substring(0, w.length() - 1);
    }
    if (w.length() <= 3
        || !lower.endsWith("s")
        || lower.endsWith("ss")
        || lower.endsWith("us")
        || SINGULAR_S.contains(lower)) {
      return s;
    }
    String single =
        lower.endsWith("ies")
            ? w.substring(0, w.length() - 3) + "y"
            : w.substring(0, w.length() - 1);
    return s.substring(0, start) + single;
  }

  private static String respell(String s, boolean ethnic) {
    Matcher m = WORD.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String lower = m.group().toLowerCase(Locale.ROOT);
      String r = SPELLINGS.get(lower);
      if (r == null && ethnic) {
        r = ETHNONYMS.get(lower);
      }
      m.appendReplacement(b, Matcher.quoteReplacement(r == null ? m.group() : r));
    }
    m.appendTail(b);
    return b.toString();
  }
}
