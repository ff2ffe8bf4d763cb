package org.borderland.data.factbook;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;

/**
 * Resolves the country names the Factbook prints in its lists, through the registry, after the few
 * fixes only the Factbook needs: its typos ("Erithea", "Malysia"), its abbreviations of 1990
 * ("FRG", "GDR", "PDRY", "YAR", "UAE"), its descriptive names ("US Naval Base at Guantanamo Bay" is
 * the United States' side of the Guantanamo boundary), and its exclave suffixes
 * ("Azerbaijan-proper", "Azerbaijan-Naxcivan exclave" are Azerbaijan).
 */
final class CountryNames {
  private CountryNames() {}

  /** Printed name (folded) → registry names to try, in order. */
  private static final Map<String, List<String>> FIXES =
      Map.ofEntries(
          Map.entry("erithea", List.of("Eritrea")),
          Map.entry("malysia", List.of("Malaysia")),
          Map.entry("us", List.of("United States")),
          Map.entry("uk", List.of("United Kingdom")),
          Map.entry("uae", List.of("United Arab Emirates")),
          Map.entry("us naval base at guantanamo", List.of("United States")),
          Map.entry("us naval base at guantanamo bay", List.of("United States")),
          Map.entry("ussr", List.of("Soviet Union", "USSR")),
          Map.entry(
              "frg",
              List.of("West Germany", "German Federal Republic", "Federal Republic of Germany")),
          Map.entry("gdr", List.of("East Germany", "German Democratic Republic")),
          Map.entry(
              "pdry",
              List.of(
                  "South Yemen",
                  "Yemen People's Republic",
                  "People's Democratic Republic of Yemen")),
          Map.entry("yar", List.of("North Yemen", "Yemen Arab Republic")),
          Map.entry("burkina", List.of("Burkina Faso")),
          Map.entry("ivory coast", List.of("Cote d'Ivoire")),
          Map.entry("bosnia and hercegovina", List.of("Bosnia and Herzegovina")),
          Map.entry("kazakstan", List.of("Kazakhstan")),
          Map.entry("vatican city", List.of("Holy See")),
          Map.entry(
              "zaire",
              List.of("Democratic Republic of the Congo", "Congo, Democratic Republic of the")),
          Map.entry(
              "the former yugoslav republic of macedonia", List.of("North Macedonia", "Macedonia")),
          Map.entry("macedonia", List.of("North Macedonia")),
          Map.entry("swaziland", List.of("Eswatini")),
          Map.entry("east timor", List.of("Timor-Leste")),
          Map.entry("burma", List.of("Myanmar")),
          Map.entry("turkey", List.of("Turkiye", "Turkey")),
          Map.entry("czech republic", List.of("Czechia")),
          Map.entry("south korea", List.of("Korea, South", "Republic of Korea")),
          Map.entry(
              "north korea", List.of("Korea, North", "Democratic People's Republic of Korea")),
          Map.entry("republic of the congo", List.of("Congo", "Congo, Republic of the")),
          Map.entry(
              "democratic republic of the congo", List.of("Congo, Democratic Republic of the")),
          Map.entry("gaza strip", List.of("Palestine", "State of Palestine")),
          Map.entry("west bank", List.of("Palestine", "State of Palestine")));

  private static final Pattern NOT_A_COUNTRY = Pattern.compile("(?i)neutral zone");
  private static final Pattern EXCLAVE =
      Pattern.compile("(?i)^(.+?)\\s*-\\s*(?:proper|[\\p{L} ]*exclave)$");

  /** A name resolved to a registry country, or why not. */
  record Resolved(Country country, boolean notACountry, List<Country> suggestions) {}

  /** Resolves a printed name; see the class comment for the fixes tried after the registry. */
  static Resolved resolve(String printed, CountryRegistry registry) {
    String name = printed.strip();
    if (NOT_A_COUNTRY.matcher(name).find()) {
      return new Resolved(null, true, List.of());
    }
    Optional<Country> c = lookup(name, registry);
    if (c.isEmpty()) {
      Matcher m = EXCLAVE.matcher(name);
      if (m.matches()) {
        c = lookup(m.group(1), registry);
      }
    }
    if (c.isPresent()) {
      return new Resolved(c.get(), false, List.of());
    }
    return new Resolved(null, false, registry.suggest(name));
  }

  private static Optional<Country> lookup(String name, CountryRegistry registry) {
    Optional<Country> c = registry.findByName(name);
    if (c.isPresent()) {
      return c;
    }
    String folded = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    for (String alt : FIXES.getOrDefault(folded, List.of())) {
      c = registry.findByName(alt);
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }
}
