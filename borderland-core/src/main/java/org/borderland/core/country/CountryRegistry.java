package org.borderland.core.country;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.borderland.core.text.Suggestions;

/**
 * Every state and territory Borderland knows, keyed by ISO3, with a year-bounded crosswalk to the
 * other code systems and lookup by name or alias.
 *
 * <p>Codes are only meaningful with a year: COW 365 is the USSR ({@code SUN}) until 1991 and Russia
 * from 1992; FIPS {@code RS} is Russia while ISO2 {@code RS} is Serbia. Every lookup by a code
 * other than ISO3 therefore takes a year.
 */
public final class CountryRegistry {
  private final Map<String, Country> byIso3;
  private final Map<CodeSystem, Map<String, List<CrosswalkEntry>>> byCode;
  private final Map<String, String> byName;
  private final Map<String, List<DatedName>> datedByName;
  private final List<DatedName> datedNames;

  /**
   * Builds a registry without dated names.
   *
   * @throws IllegalArgumentException when an ISO3 key repeats, a crosswalk row names an unknown
   *     country, two rows give one code two meanings in the same year, or one name or alias belongs
   *     to two countries
   */
  public CountryRegistry(List<Country> countries, List<CrosswalkEntry> crosswalk) {
    this(countries, crosswalk, List.of());
  }

  /**
   * Builds a registry with names that held only in some years (see {@link DatedName}).
   *
   * @throws IllegalArgumentException as {@link #CountryRegistry(List, List)}, and when a dated name
   *     names an unknown country or one dated name means two countries in overlapping years
   */
  public CountryRegistry(
      List<Country> countries, List<CrosswalkEntry> crosswalk, List<DatedName> datedNames) {
    Map<String, Country> iso = new LinkedHashMap<>();
    for (Country c : countries) {
      if (iso.put(c.iso3(), c) != null) {
        throw new IllegalArgumentException("Country code " + c.iso3() + " is listed twice");
      }
    }
    this.byIso3 = Map.copyOf(iso);
    Map<CodeSystem, Map<String, List<CrosswalkEntry>>> codes = new HashMap<>();
    for (CrosswalkEntry e : crosswalk) {
      if (!iso.containsKey(e.iso3())) {
        throw new IllegalArgumentException(
            "Crosswalk row " + e.system() + " " + e.code() + " names unknown country " + e.iso3());
      }
      List<CrosswalkEntry> same =
          codes
              .computeIfAbsent(e.system(), s -> new HashMap<>())
              .computeIfAbsent(key(e.system(), e.code()), k -> new ArrayList<>());
      for (CrosswalkEntry other : same) {
        if (overlaps(e, other)) {
          throw new IllegalArgumentException(
              "Crosswalk gives "
                  + e.system()
                  + " "
                  + e.code()
                  + " two meanings in overlapping years: "
                  + other.iso3()
                  + " and "
                  + e.iso3());
        }
      }
      same.add(e);
    }
    this.byCode = codes;
    Map<String, String> names = new HashMap<>();
    for (Country c : countries) {
      List<String> all = new ArrayList<>();
      all.add(c.name());
      all.add(c.officialName());
      all.addAll(c.aliases());
      for (String n : all) {
        String k = normaliseName(n);
        String prev = names.putIfAbsent(k, c.iso3());
        if (prev != null && !prev.equals(c.iso3())) {
          throw new IllegalArgumentException(
              "Name '" + n + "' belongs to both " + prev + " and " + c.iso3());
        }
      }
    }
    this.byName = Map.copyOf(names);
    Map<String, List<DatedName>> dated = new HashMap<>();
    for (DatedName d : datedNames) {
      if (!iso.containsKey(d.iso3())) {
        throw new IllegalArgumentException(
            "Dated name '" + d.name() + "' names unknown country " + d.iso3());
      }
      List<DatedName> same = dated.computeIfAbsent(normaliseName(d.name()), k -> new ArrayList<>());
      for (DatedName other : same) {
        if (!other.iso3().equals(d.iso3()) && overlaps(d, other)) {
          throw new IllegalArgumentException(
              "Dated name '"
                  + d.name()
                  + "' means both "
                  + other.iso3()
                  + " ("
                  + other.years()
                  + ") and "
                  + d.iso3()
                  + " ("
                  + d.years()
                  + ")");
        }
      }
      same.add(d);
    }
    dated.replaceAll((k, v) -> List.copyOf(v));
    this.datedByName = Map.copyOf(dated);
    this.datedNames = List.copyOf(datedNames);
  }

  private static boolean overlaps(DatedName a, DatedName b) {
    int aTo = a.toYear() == null ? Integer.MAX_VALUE : a.toYear();
    int bTo = b.toYear() == null ? Integer.MAX_VALUE : b.toYear();
    return a.fromYear() <= bTo && b.fromYear() <= aTo;
  }

  private static boolean overlaps(CrosswalkEntry a, CrosswalkEntry b) {
    int aTo = a.toYear() == null ? Integer.MAX_VALUE : a.toYear();
    int bTo = b.toYear() == null ? Integer.MAX_VALUE : b.toYear();
    return a.fromYear() <= bTo && b.fromYear() <= aTo;
  }

  private static String key(CodeSystem system, String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  /** Every country, sorted by ISO3 key. */
  public List<Country> all() {
    return byIso3.values().stream().sorted(Comparator.comparing(Country::iso3)).toList();
  }

  /** The country with this ISO3 key, if known. */
  public Optional<Country> find(String iso3) {
    return iso3 == null ? Optional.empty() : Optional.ofNullable(byIso3.get(iso3));
  }

  /**
   * The country with this ISO3 key.
   *
   * @throws UnknownCountryException naming the closest matches
   */
  public Country get(String iso3) {
    return get(iso3, "");
  }

  /**
   * The country with this ISO3 key; {@code where} says where the code came from, for the error.
   *
   * @throws UnknownCountryException naming the closest matches
   */
  public Country get(String iso3, String where) {
    Country c = iso3 == null ? null : byIso3.get(iso3.strip().toUpperCase(Locale.ROOT));
    if (c == null) {
      throw new UnknownCountryException("country code", String.valueOf(iso3), where, suggest(iso3));
    }
    return c;
  }

  /** The ISO3 key that {@code code} in {@code system} means in {@code year}, if any. */
  public Optional<String> resolveCode(CodeSystem system, String code, int year) {
    Objects.requireNonNull(system, "system");
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    if (system == CodeSystem.ISO3) {
      String k = code.strip().toUpperCase(Locale.ROOT);
      if (byIso3.containsKey(k)) {
        return Optional.of(k);
      }
    }
    List<CrosswalkEntry> rows = byCode.getOrDefault(system, Map.of()).get(key(system, code));
    if (rows == null) {
      return Optional.empty();
    }
    return rows.stream().filter(r -> r.holdsIn(year)).map(CrosswalkEntry::iso3).findFirst();
  }

  /**
   * The ISO3 key that {@code code} in {@code system} means in {@code year}.
   *
   * @throws UnknownCountryException when the code means nothing that year
   */
  public String requireCode(CodeSystem system, String code, int year, String where) {
    return resolveCode(system, code, year)
        .orElseThrow(
            () ->
                new UnknownCountryException(
                    system + " code (in " + year + ")", code, where, suggest(code)));
  }

  /**
   * The code {@code iso3} has in {@code system} in {@code year}, if it has one.
   *
   * <p>When two codes hold in the same year (COW 260 and 255 both mean Germany in 1990; ISO2 ZR and
   * CD both mean the Congo in 1980), the answer is always the same one: the row that starts latest,
   * then a row with an end year before an open-ended one, then the lower code.
   */
  public Optional<String> codeOf(String iso3, CodeSystem system, int year) {
    if (system == CodeSystem.ISO3) {
      return find(iso3).map(Country::iso3);
    }
    CrosswalkEntry best = null;
    for (List<CrosswalkEntry> rows : byCode.getOrDefault(system, Map.of()).values()) {
      for (CrosswalkEntry r : rows) {
        if (r.iso3().equals(iso3) && r.holdsIn(year) && (best == null || preferred(r, best))) {
          best = r;
        }
      }
    }
    return Optional.ofNullable(best).map(CrosswalkEntry::code);
  }

  private static boolean preferred(CrosswalkEntry a, CrosswalkEntry b) {
    if (a.fromYear() != b.fromYear()) {
      return a.fromYear() > b.fromYear();
    }
    if ((a.toYear() == null) != (b.toYear() == null)) {
      return a.toYear() != null;
    }
    return a.code().compareTo(b.code()) < 0;
  }

  /** Every crosswalk row for one country, any system, any year. */
  public List<CrosswalkEntry> crosswalkOf(String iso3) {
    List<CrosswalkEntry> out = new ArrayList<>();
    for (Map<String, List<CrosswalkEntry>> m : byCode.values()) {
      for (List<CrosswalkEntry> rows : m.values()) {
        for (CrosswalkEntry r : rows) {
          if (r.iso3().equals(iso3)) {
            out.add(r);
          }
        }
      }
    }
    out.sort(
        Comparator.comparing(CrosswalkEntry::system).thenComparingInt(CrosswalkEntry::fromYear));
    return out;
  }

  /**
   * The country a name or alias belongs to (case, accents and punctuation ignored), if any.
   *
   * <p>Without a year, a plain name or alias wins; a name known only as a {@link DatedName}
   * resolves when all its dated entries mean one country.
   */
  public Optional<Country> findByName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String key = normaliseName(name);
    String iso = byName.get(key);
    if (iso != null) {
      return Optional.of(byIso3.get(iso));
    }
    List<DatedName> dated = datedByName.getOrDefault(key, List.of());
    if (!dated.isEmpty() && dated.stream().allMatch(d -> d.iso3().equals(dated.get(0).iso3()))) {
      return Optional.of(byIso3.get(dated.get(0).iso3()));
    }
    return Optional.empty();
  }

  /**
   * The country a name meant in {@code year}: a {@link DatedName} holding that year first, else
   * {@link #findByName(String)}. "Yugoslavia" is {@code YUG} in 1991 and {@code SCG} in 2001.
   *
   * <p>The answer need not exist in {@code year}; check {@link Country#existsIn(int)} where it
   * matters.
   */
  public Optional<Country> findByName(String name, int year) {
    if (name == null) {
      return Optional.empty();
    }
    for (DatedName d : datedByName.getOrDefault(normaliseName(name), List.of())) {
      if (d.holdsIn(year)) {
        return Optional.of(byIso3.get(d.iso3()));
      }
    }
    return findByName(name);
  }

  /**
   * The country a name meant in {@code year}.
   *
   * @throws UnknownCountryException naming the closest matches
   */
  public Country requireName(String name, int year, String where) {
    return findByName(name, year)
        .orElseThrow(() -> new UnknownCountryException("country name", name, where, suggest(name)));
  }

  /** Every dated name, in the order given. */
  public List<DatedName> datedNames() {
    return datedNames;
  }

  /** The dated names of one country. */
  public List<DatedName> datedNamesOf(String iso3) {
    return datedNames.stream().filter(d -> d.iso3().equals(iso3)).toList();
  }

  /**
   * The country a name or alias belongs to.
   *
   * @throws UnknownCountryException naming the closest matches
   */
  public Country requireName(String name, String where) {
    return findByName(name)
        .orElseThrow(() -> new UnknownCountryException("country name", name, where, suggest(name)));
  }

  /**
   * Resolves what a user typed: an ISO3 key, or else a name or alias.
   *
   * @throws UnknownCountryException naming the closest matches
   */
  public Country resolve(String codeOrName, String where) {
    if (codeOrName != null) {
      Country c = byIso3.get(codeOrName.strip().toUpperCase(Locale.ROOT));
      if (c != null) {
        return c;
      }
      Optional<Country> named = findByName(codeOrName);
      if (named.isPresent()) {
        return named.get();
      }
    }
    throw new UnknownCountryException(
        "country code or name", String.valueOf(codeOrName), where, suggest(codeOrName));
  }

  /** Up to three countries whose code or name is closest to {@code query}, best first. */
  public List<Country> suggest(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    String q = normaliseName(query);
    String upper = query.strip().toUpperCase(Locale.ROOT);
    record Scored(Country country, int distance) {}
    Map<String, Scored> best = new HashMap<>();
    for (Country c : byIso3.values()) {
      int d = Suggestions.distance(upper, c.iso3());
      best.merge(c.iso3(), new Scored(c, d), (a, b) -> a.distance <= b.distance ? a : b);
    }
    for (Map.Entry<String, String> e : byName.entrySet()) {
      int d = Suggestions.distance(q, e.getKey());
      if (e.getKey().startsWith(q) && q.length() >= 3) {
        d = Math.min(d, 1);
      }
      Country c = byIso3.get(e.getValue());
      best.merge(c.iso3(), new Scored(c, d), (a, b) -> a.distance <= b.distance ? a : b);
    }
    for (Map.Entry<String, List<DatedName>> e : datedByName.entrySet()) {
      int d = Suggestions.distance(q, e.getKey());
      if (e.getKey().startsWith(q) && q.length() >= 3) {
        d = Math.min(d, 1);
      }
      for (DatedName n : e.getValue()) {
        Country c = byIso3.get(n.iso3());
        best.merge(c.iso3(), new Scored(c, d), (a, b) -> a.distance <= b.distance ? a : b);
      }
    }
    int limit = Math.max(2, q.length() / 2);
    return best.values().stream()
        .filter(s -> s.distance <= limit)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(s -> s.country().iso3()))
        .limit(3)
        .map(Scored::country)
        .toList();
  }

  /**
   * The form names are compared in: lower case, accents removed, punctuation and a leading "the"
   * dropped, whitespace collapsed.
   */
  public static String normaliseName(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replace('&', ' ').replaceAll("[^a-z0-9]+", " ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }
}
