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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;

/**
 * Finds the countries a free text names: by name or alias (from the registry), by adjective
 * ("Russian TV broadcasts" names Russia, from {@code demonyms.csv}), or by a state broadcaster
 * ("BBC", "Voice of America", "RT", from {@code broadcasters.csv}).
 *
 * <p>This is a reading aid, not an analysis: "Russian-speaking viewers" names Russia as much as
 * "Russian TV" does, so every row's note lists the words that matched and a reader can judge. Only
 * capitalised words match (so "turkey" and "chad" do not), names followed by a water or landform
 * word ("South China Sea", "Lake Chad" is preceded by one) are skipped, the entry's own country is
 * skipped, and so is a country that did not exist in the edition's year (a 2024 text recalling the
 * Soviet Union does not name a party of 2024).
 */
final class CountryMentions {
  private CountryMentions() {}

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}'\u2019]*|\\d+|&|/");
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
  private static final int MAX_WORDS = 6;
  private static final String BLOCKED = "-";

  private static final List<String[]> DEMONYMS = load("demonyms.csv");
  private static final List<String[]> BROADCASTERS = load("broadcasters.csv");

  /** A country named in a text, with the words that named it. */
  record Mention(String iso3, List<String> words) {}

  /**
   * The countries named in a text, in order of first mention, without {@code self}.
   *
   * @param year the edition year: countries that did not exist then are left out
   */
  static List<Mention> find(String text, String self, int year, CountryRegistry registry) {
    Map<String, String> phrases = phrases(registry);
    Map<String, String> exact = broadcasters(registry);
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(FactbookText.clean(text));
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<String, Set<String>> found = new LinkedHashMap<>();
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      String iso = null;
      for (int n = Math.min(MAX_WORDS, tokens.size() - i); n >= 1 && iso == null; n--) {
        if (!Character.isLetter(tokens.get(i).charAt(0))
            || !Character.isLetter(tokens.get(i + n - 1).charAt(0))) {
          continue;
        }
        String phrase = String.join(" ", tokens.subList(i, i + n));
        String hit = exact.get(phrase);
        if (hit == null && Character.isUpperCase(tokens.get(i).charAt(0))) {
          hit = phrases.get(CountryRegistry.normaliseName(phrase));
        }
        if (hit != null) {
          iso = hit;
          matched = n;
        }
      }
      if (iso == null) {
        i++;
        continue;
      }
      boolean geography =
          (i + matched < tokens.size()
                  && GEOGRAPHY_AFTER.contains(tokens.get(i + matched).toLowerCase()))
              || (i > 0
                  && GEOGRAPHY_BEFORE.contains(tokens.get(i - 1).toLowerCase())
                  && !tokens.get(i - 1).equals(tokens.get(i - 1).toUpperCase()))
              || (i > 1
                  && tokens.get(i - 1).equalsIgnoreCase("of")
                  && GEOGRAPHY_BEFORE.contains(tokens.get(i - 2).toLowerCase()));
      if (iso.equals(BLOCKED)) {
        i += matched;
        continue;
      }
      Country c = registry.find(iso).orElse(null);
      if (!geography && c != null && !iso.equals(self) && c.existsIn(year)) {
        found
            .computeIfAbsent(iso, k -> new LinkedHashSet<>())
            .add(String.join(" ", tokens.subList(i, i + matched)));
      }
      i += matched;
    }
    List<Mention> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : found.entrySet()) {
      out.add(new Mention(e.getKey(), List.copyOf(e.getValue())));
    }
    return out;
  }

  private static final Map<CountryRegistry, Map<String, String>> PHRASES =
      Collections.synchronizedMap(new WeakHashMap<>());
  private static final Map<CountryRegistry, Map<String, String>> EXACT =
      Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * Normalised name, alias or adjective → ISO3; names the registry gives two meanings are dropped.
   */
  private static Map<String, String> phrases(CountryRegistry registry) {
    return PHRASES.computeIfAbsent(
        registry,
        r -> {
          Map<String, String> map = new HashMap<>();
          Set<String> ambiguous = new HashSet<>();
          for (Country c : r.all()) {
            List<String> names = new ArrayList<>(c.aliases());
            names.add(0, c.officialName());
            names.add(0, c.name());
            for (String n : names) {
              put(map, ambiguous, CountryRegistry.normaliseName(n), c.iso3());
            }
          }
          for (String[] d : DEMONYMS) {
            if (d[1].equals(BLOCKED)) {
              map.put(CountryRegistry.normaliseName(d[0]), BLOCKED);
            } else {
              r.findByName(d[1])
                  .ifPresent(
                      c -> put(map, ambiguous, CountryRegistry.normaliseName(d[0]), c.iso3()));
            }
          }
          // Two-letter names ("US", "UK") match only as exact tokens, in broadcasters().
          map.keySet().removeIf(k -> k.length() < 3);
          return Map.copyOf(map);
        });
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

  /** Broadcasters and abbreviations, matched case-sensitively → ISO3. */
  private static Map<String, String> broadcasters(CountryRegistry registry) {
    return EXACT.computeIfAbsent(
        registry,
        r -> {
          Map<String, String> map = new HashMap<>();
          for (String[] b : BROADCASTERS) {
            Matcher t = TOKEN.matcher(b[0]);
            List<String> words = new ArrayList<>();
            while (t.find()) {
              words.add(t.group());
            }
            r.findByName(b[1]).ifPresent(c -> map.put(String.join(" ", words), c.iso3()));
          }
          return Map.copyOf(map);
        });
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
              "Bad line in " + resource + ": '" + line + "'; expected 'words,country name'");
        }
        out.add(new String[] {line.substring(0, comma).strip(), line.substring(comma + 1).strip()});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
