package org.borderland.core.indicator;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One name per people and per language across countries, so that an aggressor's group as its own
 * Factbook entry names it finds the same group in a target's list.
 *
 * <p>The importer already gives one key per name within an entry (plural → singular, spelling
 * variants such as Azeri → Azerbaijani, see the data module's {@code GroupNames}). Entries of
 * different countries still name one people differently: Russia lists "Han Chinese"-style qualified
 * names, Bulgaria "Turk" where Turkey prints "Turkish", Montenegro "Serbian" where Serbia prints
 * "Serb". {@link #canonical} maps such exact keys to one name; anything else is its own name,
 * compared without regard to case. Only whole keys are mapped, never parts of a word: "Turkmen" and
 * "Turkic" stay apart from "Turkish", and compound keys ("Russian and Ukrainian",
 * "Moldovan/Romanian") stay whole.
 *
 * <p>{@link #excludedGroup} and {@link #excludedLanguage} say which keys cannot be an aggressor's
 * main group or language: categories of race (the United States lists White, Black, Asian…), of
 * birthplace (Israel lists Israel-born, Europe/America-born…), and residual categories ("other",
 * "unspecified", "unknown", "non-Jewish", "mixed").
 */
final class KinNames {
  private KinNames() {}

  private static final Map<String, String> GROUPS = new HashMap<>();
  private static final Map<String, String> LANGUAGES = new HashMap<>();

  /** Group → the language of the same name where the two differ (Serb → Serbian). */
  private static final Map<String, String> LANGUAGE_OF_GROUP = new HashMap<>();

  static {
    group("Russian", "Russians", "Great Russian");
    group("Hungarian", "Magyar", "Magyars");
    group("Serb", "Serbian", "Serbs");
    group("Azerbaijani", "Azeri", "Azerbaijan", "Azerbaijanis");
    group("Turkish", "Turk", "Turks");
    group("Chinese", "Han Chinese", "Han");
    group("Albanian", "Albanians");
    group("Armenian", "Armenians");
    group("Somali", "Somalie", "Somalis");
    group("Pashtun", "Pakhtun", "Pashtoon", "Pakhtoon", "Pushtun", "Pukhtun", "Pathan");
    group("Baloch", "Baluch", "Balochi", "Baluchi");
    group("Kurdish", "Kurd");
    group("Polish", "Pole");
    group("Jewish", "Jew");
    group("Roma", "Romani", "Romany", "Gypsy");
    language("Russian", "Russian-official", "Russian?official", "Russian also");
    language(
        "Chinese",
        "Standard Chinese or Mandarin",
        "Standard Chinese",
        "Mandarin",
        "Mandarin Chinese",
        "Madarin Chinese",
        "Putonghua",
        "Chinese dialects",
        "Chinese languages");
    language("Azerbaijani", "Azeri", "Azerbaijani Turkic");
    language("Pashto", "Pashtu", "Pushtu", "Pakhto", "Pukhto");
    language(
        "Persian", "Farsi", "Persian Farsi", "Dari", "Afghan Persian", "Afghan Persian or Dari");
    language("Uzbek", "Uzbeki");
    language("Turkmen", "Turkmani");
    language("Somali", "Somaligna");
    language("Balochi", "Baluchi", "Baloch");
    language("Romani", "Romany", "Roma");
    language(
        "Arabic",
        "Standard Arabic",
        "Modern Standard Arabic",
        "Hassaniya Arabic",
        "Moroccan Arabic");
    LANGUAGE_OF_GROUP.put("serb", "serbian");
    LANGUAGE_OF_GROUP.put("pashtun", "pashto");
    LANGUAGE_OF_GROUP.put("baloch", "balochi");
    LANGUAGE_OF_GROUP.put("roma", "romani");
    LANGUAGE_OF_GROUP.put("jewish", "hebrew");
    LANGUAGE_OF_GROUP.put("arab", "arabic");
  }

  private static void group(String canonical, String... variants) {
    GROUPS.put(canonical.toLowerCase(Locale.ROOT), canonical);
    for (String v : variants) {
      GROUPS.put(v.toLowerCase(Locale.ROOT), canonical);
    }
  }

  private static void language(String canonical, String... variants) {
    LANGUAGES.put(canonical.toLowerCase(Locale.ROOT), canonical);
    for (String v : variants) {
      LANGUAGES.put(v.toLowerCase(Locale.ROOT), canonical);
    }
  }

  /**
   * The one name of a group or language key across countries, in lower case: the mapped name for a
   * known variant, else the key itself.
   *
   * @param ethnic whether the key names an ethnic group rather than a language
   */
  static String canonical(String key, boolean ethnic) {
    String k = key.strip().toLowerCase(Locale.ROOT);
    String c = (ethnic ? GROUPS : LANGUAGES).get(k);
    return c == null ? k : c.toLowerCase(Locale.ROOT);
  }

  /** Whether two keys name the same group (or language) once {@link #canonical} is applied. */
  static boolean same(String a, String b, boolean ethnic) {
    return canonical(a, ethnic).equals(canonical(b, ethnic));
  }

  /**
   * The language named as a group is ("Russian" → russian, "Serb" → serbian, "Pashtun" → pashto),
   * as a {@link #canonical} language name.
   */
  static String languageOfGroup(String groupKey) {
    String g = canonical(groupKey, true);
    return canonical(LANGUAGE_OF_GROUP.getOrDefault(g, g), false);
  }

  /** Words of race: a category of race is not a people (United States: White, Black, Asian…). */
  private static final Pattern RACE =
      Pattern.compile(
          "(?i)\\b(?:white|whites|black|blacks|asian|amerindian|amerindians|caucasian|"
              + "mulatto|mestizo|mixed|multiracial|coloured|colored|negro|"
              + "alaska native|native hawaiian|pacific islander|two or more race|"
              + "african|european|american indian|indigenous|aboriginal)\\b");

  /** Birthplace and citizenship categories (Israel: Israel-born, Europe/America-born…). */
  private static final Pattern BIRTHPLACE =
      Pattern.compile(
          "(?i)-born\\b|\\bborn\\b|\\bforeign|\\bexpatriate|\\bimmigrant|\\bnon-national|"
              + "\\bnationals?\\b|\\bcitizens?\\b|\\bresidents?\\b|\\bdescent\\b|\\borigin\\b");

  /** Residual categories that name no one group or language. */
  private static final Pattern RESIDUAL =
      Pattern.compile(
          "(?i)^(?:non-|other\\b|others\\b)|\\b(?:other|unspecified|unknown|undeclared|"
              + "not stated|none|na|n/a|minority|minorities|various|several|many|tribes?|"
              + "groups?|population)\\b");

  /** Residual language categories: families and lists rather than one language. */
  private static final Pattern RESIDUAL_LANGUAGE =
      Pattern.compile(
          "(?i)\\b(?:languages|dialects|bilingual|trilingual|more than)\\b|\\band\\b|/");

  /** The words a residual key may be made of alone ("Unspecified", "Other or unknown"). */
  private static final Set<String> SPECIAL = Set.of("", "na", "negl");

  /**
   * Whether an ethnic-group key cannot be an aggressor's main group: a category of race, of
   * birthplace or citizenship, or a residual category ("other", "unspecified", "non-Jewish").
   */
  static boolean excludedGroup(String key) {
    String k = key.strip();
    return SPECIAL.contains(k.toLowerCase(Locale.ROOT))
        || RACE.matcher(k).find()
        || BIRTHPLACE.matcher(k).find()
        || RESIDUAL.matcher(k).find();
  }

  /**
   * Whether a language key cannot be an aggressor's language: a residual category ("other",
   * "unspecified", "minority languages") or a list of several ("English and French").
   */
  static boolean excludedLanguage(String key) {
    String k = key.strip();
    return SPECIAL.contains(k.toLowerCase(Locale.ROOT))
        || RESIDUAL.matcher(k).find()
        || RESIDUAL_LANGUAGE.matcher(k).find();
  }
}
