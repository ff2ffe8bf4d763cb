package org.borderland.data.factbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;

/**
 * Finds the places where a free text names a country: by name or alias (from the registry), by
 * adjective ("Russian TV broadcasts" names Russia, from {@code demonyms.csv}), or by a state
 * broadcaster ("BBC", "Voice of America", "RT", from {@code broadcasters.csv}).
 *
 * <p>This is a reading aid, not an analysis: every row built from it lists the words that matched,
 * so a reader can judge. The rules:
 *
 * <ul>
 *   <li>Only capitalised words match (so "turkey" and "chad" do not); broadcasters and two-letter
 *       names ("US", "UK") match only as written.
 *   <li>A possessive names its country: "Russia's", "Philippines'", "Cote d'Ivoire's".
 *   <li>Words run together by the 2018–2020 editions ("boundaryEgypt") are read apart.
 *   <li>A name followed by a water or landform word ("South China Sea"), or after "Lake", "Gulf",
 *       "Bay" or "River" ("Lake Chad"), is a place, not the country; so is a phrase that {@code
 *       demonyms.csv} maps to "-" ("Latin American").
 *   <li>Words inside the name of an organisation listed in {@code organisations.csv} ("Organization
 *       of American States") are kept with the role {@link Role#ORGANISATION}: they do not name the
 *       United States.
 *   <li>A name written in capitals is read only when the registry writes it so ("USSR"): the early
 *       editions run the next entry's heading into the text ("… under the auspices of the ICJ
 *       ESTONIA").
 *   <li>"pro-" or "anti-" before the words ("pro-Russian opposition") is an attitude, kept with the
 *       role {@link Role#ATTITUDE}; an adjective after "ethnic" or before "Cypriot" ("ethnic
 *       Armenian groups", "Greek Cypriots") is a people, kept with the role {@link Role#PEOPLE}.
 *   <li>An adjective used for a language is kept with the role {@link Role#LANGUAGE}: followed by
 *       "language", "speaking" or "speakers" ("a small Russian-language operator",
 *       "Russian-speaking viewers"), or after "in" with no noun following ("broadcasts in Russian
 *       and Kazakh"). A country's name is never a language ("broadcasts from Russia").
 * </ul>
 *
 * <p>The caller leaves out the entry's own country and countries that did not exist in the
 * edition's year (a 2024 text recalling the Soviet Union does not name a party of 2024); both are
 * still read here, since a section header ("Egypt-Ethiopia:") needs them.
 */
final class CountryMentions {
  private CountryMentions() {}

  /** What the words naming a country stand for where they are printed. */
  enum Role {
    /** The country itself: its name, its adjective, one of its broadcasters. */
    COUNTRY,
    /** Its language: "Russian-language", "Russian-speaking", "broadcasts in Russian". */
    LANGUAGE,
    /** Part of an organisation's name: "Organization of American States". */
    ORGANISATION,
    /** An attitude to the country: "pro-Russian", "anti-American". */
    ATTITUDE,
    /** A people: "ethnic Armenian groups", "Greek Cypriots". */
    PEOPLE
  }

  /**
   * One place where a text names a country.
   *
   * @param iso3 the country
   * @param words the words as printed ("Russia's", "Russian-language")
   * @param start offset of the first character in {@link Reading#text()}
   * @param end offset after the last character
   * @param role what the words stand for there
   * @param organisation the organisation's name for {@link Role#ORGANISATION}, else empty
   */
  record Occurrence(
      String iso3, String words, int start, int end, Role role, String organisation) {}

  /**
   * A text as read.
   *
   * @param text the cleaned text the offsets refer to
   * @param occurrences every place naming a country, in order
   */
  record Reading(String text, List<Occurrence> occurrences) {
    Reading {
      occurrences = List.copyOf(occurrences);
    }

    /**
     * The places naming each country, by country in order of first mention, without {@code self}
     * and without countries that did not exist in {@code year}.
     */
    Map<String, List<Occurrence>> byCountry(String self, int year, CountryRegistry registry) {
      Map<String, List<Occurrence>> out = new LinkedHashMap<>();
      for (Occurrence o : occurrences) {
        Country c = registry.find(o.iso3()).orElse(null);
        if (c != null && !o.iso3().equals(self) && c.existsIn(year)) {
          out.computeIfAbsent(o.iso3(), k -> new ArrayList<>()).add(o);
        }
      }
      return out;
    }
  }

  private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:['\u2019]\\p{L}+)*|\\d+|&|/");
  private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L}{2})['\u2019]s$");
  private static final Pattern RUN_TOGETHER = Pattern.compile("(?<=\\p{Ll}{3})(?=\\p{Lu}\\p{Ll})");
  private static final Pattern BREAKS = Pattern.compile("(?i)\\n|<br\\s*/?>|</?p>");
  private static final Set<String> GEOGRAPHY_AFTER =
      Set.of(
          "sea",
          "ocean",
          "river",
          "gulf",
          "lake",
          "basin",
          "strait",
          "straits",
          "bay",
          "delta",
          "peninsula",
          "desert",
          "mountains",
          "plateau",
          "current",
          "highlands");
  private static final Set<String> GEOGRAPHY_BEFORE = Set.of("lake", "gulf", "bay", "river");
  private static final int MAX_WORDS = 8;
  private static final Pattern ATTITUDE_BEFORE = Pattern.compile("(?i)\\b(?:pro|anti)-$");
  private static final Pattern PEOPLE_BEFORE = Pattern.compile("(?i)\\bethnic\\s+$");
  private static final Pattern PEOPLE_AFTER = Pattern.compile("^[\\s-]+Cypriots?\\b");
  private static final String BLOCKED = "-";

  /** After an adjective: it names a language ("-language", " speaking", "and Kazakh languages"). */
  private static final Pattern LANGUAGE_AFTER =
      Pattern.compile(
          "^(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+)\\p{Lu}\\p{L}*)*"
              + "[\\s-]+(?i:languages?|speaking|speakers?)\\b");

  /** Before an adjective: "in", "in both", "in French, German and". */
  private static final Pattern IN_BEFORE =
      Pattern.compile(
          "\\b(?:in|into)\\s+(?:both\\s+)?(?:\\p{Lu}\\p{L}*(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+))*$");

  /** After an adjective read as a language: no noun follows. */
  private static final Pattern NO_NOUN_AFTER =
      Pattern.compile("^(?:\\s*$|\\s*[,;.:()]|\\s+(?:and|or|as|with|only|mainly)\\b)");

  private static final List<String[]> DEMONYMS = load("demonyms.csv");
  private static final List<String[]> BROADCASTERS = load("broadcasters.csv");
  private static final List<String> ORGANISATIONS =
      load("organisations.csv").stream().map(o -> o[0]).toList();

  private record Token(String text, int start, int end) {
    boolean word() {
      return Character.isLetter(text.charAt(0));
    }

    /** The "'s" that {@link #tokens} splits off a word. */
    boolean possessive() {
      return text.charAt(0) == '\'' || text.charAt(0) == '\u2019';
    }
  }

  /** A match of a country's words over tokens {@code [from, to)}. */
  private record Hit(String iso3, int from, int to, boolean adjective) {}

  /** Reads every place where the text names a country; see the class comment for the rules. */
  static Reading read(String raw, CountryRegistry registry) {
    String text =
        FactbookText.clean(
            RUN_TOGETHER.matcher(BREAKS.matcher(raw).replaceAll(" ; ")).replaceAll("; "));
    List<Token> tokens = tokens(text);
    Tables tables = tables(registry);
    List<Occurrence> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int org = organisation(tokens, i, tables);
      if (org > 0) {
        String name = text.substring(tokens.get(i).start(), tokens.get(i + org - 1).end());
        int j = i;
        while (j < i + org) {
          Hit h = match(tokens, j, i + org, tables);
          if (h == null) {
            j++;
            continue;
          }
          if (!h.iso3().equals(BLOCKED)) {
            out.add(occurrence(text, tokens, h, Role.ORGANISATION, name));
          }
          j = h.to();
        }
        i += org;
        continue;
      }
      Hit h = match(tokens, i, tokens.size(), tables);
      if (h == null) {
        i++;
        continue;
      }
      if (!h.iso3().equals(BLOCKED) && !geography(tokens, h)) {
        out.add(occurrence(text, tokens, h, role(text, tokens, h), ""));
      }
      i = h.to();
    }
    return new Reading(text, out);
  }

  private static Occurrence occurrence(
      String text, List<Token> tokens, Hit h, Role role, String organisation) {
    int start = tokens.get(h.from()).start();
    int end = tokens.get(h.to() - 1).end();
    if (h.to() < tokens.size() && tokens.get(h.to()).possessive()) {
      end = tokens.get(h.to()).end();
    } else if (end < text.length()
        && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
        && text.charAt(end - 1) == 's') {
      end++;
    }
    if (role == Role.LANGUAGE) {
      Matcher m = LANGUAGE_AFTER.matcher(text.substring(end));
      if (m.find()) {
        end += m.end();
      }
    }
    return new Occurrence(h.iso3(), text.substring(start, end), start, end, role, organisation);
  }

  private static Role role(String text, List<Token> tokens, Hit h) {
    int start = tokens.get(h.from()).start();
    int end = tokens.get(h.to() - 1).end();
    if (ATTITUDE_BEFORE.matcher(text.substring(Math.max(0, start - 5), start)).find()) {
      return Role.ATTITUDE;
    }
    if (!h.adjective()) {
      return Role.COUNTRY;
    }
    String after = text.substring(end);
    if (PEOPLE_BEFORE.matcher(text.substring(Math.max(0, start - 10), start)).find()
        || PEOPLE_AFTER.matcher(after).find()) {
      return Role.PEOPLE;
    }
    if (LANGUAGE_AFTER.matcher(after).find()) {
      return Role.LANGUAGE;
    }
    if (IN_BEFORE.matcher(text.substring(Math.max(0, start - 80), start)).find()
        && NO_NOUN_AFTER.matcher(after).find()) {
      return Role.LANGUAGE;
    }
    return Role.COUNTRY;
  }

  private static boolean geography(List<Token> tokens, Hit h) {
    int i = h.from();
    int next = h.to();
    return (next < tokens.size() && GEOGRAPHY_AFTER.contains(tokens.get(next).text().toLowerCase()))
        || (i > 0
            && GEOGRAPHY_BEFORE.contains(tokens.get(i - 1).text().toLowerCase())
            && !tokens.get(i - 1).text().equals(tokens.get(i - 1).text().toUpperCase()))
        || (i > 1
            && tokens.get(i - 1).text().equalsIgnoreCase("of")
            && GEOGRAPHY_BEFORE.contains(tokens.get(i - 2).text().toLowerCase()));
  }

  /** The longest country phrase starting at token {@code i} and ending before {@code limit}. */
  private static Hit match(List<Token> tokens, int i, int limit, Tables tables) {
    for (int n = Math.min(MAX_WORDS, limit - i); n >= 1; n--) {
      if (!tokens.get(i).word() || !tokens.get(i + n - 1).word()) {
        continue;
      }
      String phrase = join(tokens, i, i + n);
      String hit = tables.exact().get(phrase);
      boolean adjective = false;
      String key = CountryRegistry.normaliseName(phrase);
      if (hit == null
          && Character.isLowerCase(tokens.get(i).text().charAt(0))
          && !tokens.get(i).text().equals("the")
          && BLOCKED.equals(tables.phrases().get(key))) {
        // A blocked phrase also in lower case: "a government-backed pan-American channel".
        hit = BLOCKED;
      }
      if (hit == null
          && Character.isUpperCase(tokens.get(i).text().charAt(0))
          && (!capitals(tokens, i, i + n) || tables.capitals().contains(phrase))) {
        hit = tables.phrases().get(key);
        adjective = tables.adjectives().contains(key);
      }
      if (hit != null) {
        return new Hit(hit, i, i + n, adjective);
      }
    }
    return null;
  }

  /** Whether a word of the phrase of four letters or more is written in capitals ("ESTONIA"). */
  private static boolean capitals(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String t = tokens.get(k).text();
      if (t.length() >= 4
          && t.chars().allMatch(ch -> !Character.isLetter(ch) || Character.isUpperCase(ch))) {
        return true;
      }
    }
    return false;
  }

  /** The number of tokens of an organisation's name starting at token {@code i}, else 0. */
  private static int organisation(List<Token> tokens, int i, Tables tables) {
    if (!Character.isUpperCase(tokens.get(i).text().charAt(0))) {
      return 0;
    }
    for (List<String> org : tables.organisations()) {
      if (i + org.size() > tokens.size()) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < org.size() && same; k++) {
        same = tokens.get(i + k).text().equals(org.get(k));
      }
      if (same) {
        return org.size();
      }
    }
    return 0;
  }

  private static String join(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(tokens.get(k).text());
    }
    return b.toString();
  }

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String t = m.group();
      Matcher p = POSSESSIVE.matcher(t);
      if (p.find()) {
        out.add(new Token(t.substring(0, p.start()), m.start(), m.start() + p.start()));
        out.add(new Token(t.substring(p.start()), m.start() + p.start(), m.end()));
      } else {
        out.add(new Token(t, m.start(), m.end()));
      }
    }
    return out;
  }

  /**
   * The lookup tables built from one registry.
   *
   * @param phrases normalised name, alias or adjective → ISO3 (or "-" for a blocked phrase)
   * @param adjectives the normalised keys of {@code phrases} that came from {@code demonyms.csv}
   * @param exact broadcasters and abbreviations, matched as written → ISO3
   * @param organisations organisation names as token lists, longest first
   * @param capitals registry names and aliases written in capitals ("USSR"), as tokens joined by
   *     spaces
   */
  private record Tables(
      Map<String, String> phrases,
      Set<String> adjectives,
      Map<String, String> exact,
      List<List<String>> organisations,
      Set<String> capitals) {}

  private static final Map<CountryRegistry, Tables> TABLES =
      Collections.synchronizedMap(new WeakHashMap<>());

  private static Tables tables(CountryRegistry registry) {
    return TABLES.computeIfAbsent(
        registry,
        r -> {
          Map<String, String> map = new HashMap<>();
          Set<String> ambiguous = new HashSet<>();
          Set<String> capitals = new HashSet<>();
          for (Country c : r.all()) {
            List<String> names = new ArrayList<>(c.aliases());
            names.add(0, c.officialName());
            names.add(0, c.name());
            for (String n : names) {
              put(map, ambiguous, CountryRegistry.normaliseName(n), c.iso3());
              if (n.equals(n.toUpperCase(Locale.ROOT))) {
                capitals.add(String.join(" ", words(n)));
              }
            }
          }
          Set<String> adjectives = new HashSet<>();
          for (String[] d : DEMONYMS) {
            String key = CountryRegistry.normaliseName(d[0]);
            if (d[1].equals(BLOCKED)) {
              map.put(key, BLOCKED);
            } else {
              r.findByName(d[1])
                  .ifPresent(
                      c -> {
                        if (!map.containsKey(key)) {
                          adjectives.add(key);
                        }
                        put(map, ambiguous, key, c.iso3());
                      });
            }
          }
          // Two-letter names ("US", "UK") match only as exact tokens.
          map.keySet().removeIf(k -> k.length() < 3);
          adjectives.retainAll(map.keySet());
          Map<String, String> exact = new HashMap<>();
          for (String[] b : BROADCASTERS) {
            List<String> words = words(b[0]);
            r.findByName(b[1]).ifPresent(c -> exact.put(String.join(" ", words), c.iso3()));
          }
          List<List<String>> orgs = new ArrayList<>();
          for (String o : ORGANISATIONS) {
            orgs.add(words(o));
          }
          orgs.sort((a, b) -> Integer.compare(b.size(), a.size()));
          return new Tables(
              Map.copyOf(map),
              Set.copyOf(adjectives),
              Map.copyOf(exact),
              List.copyOf(orgs),
              Set.copyOf(capitals));
        });
  }

  private static List<String> words(String s) {
    return tokens(s).stream().map(Token::text).toList();
  }

  private static void put(Map<String, String> map, Set<String> ambiguous, String key, String iso3) {
    if (key.isEmpty() || ambiguous.contains(key)) {
      return;
    }
    String prev = map.putIfAbsent(key, iso3);
    if (prev != null && !prev.equals(iso3)) {
      map.remove(key);
      ambiguous.add(key);
    }
  }

  private static List<String[]> load(String resource) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = CountryMentions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing resource " + resource + " next to CountryMentions");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int comma = line.indexOf(',');
        if (comma <= 0) {
          throw new IllegalStateException(
              "Bad line in " + resource + ": '" + line + "'; expected 'words,value'");
        }
        out.add(new String[] {line.substring(0, comma).strip(), line.substring(comma + 1).strip()});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
