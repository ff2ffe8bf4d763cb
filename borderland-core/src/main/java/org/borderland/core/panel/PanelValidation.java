package org.borderland.core.panel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;

/**
 * Checks a panel before it is written or used.
 *
 * <p>Errors: a row without a source text, an unknown country code (as the row's country or as a key
 * that names a country), a percentage outside 0–100, a year out of range, and a row attributed to a
 * state in years it did not exist (the classic case: a Soviet figure filed under Russia). Warnings:
 * exclusive shares (ethnic groups) of one country and edition summing to more than 100 plus {@link
 * #SHARE_TOLERANCE}, a shared border whose length the two countries' entries give differently, and
 * a land boundary a Factbook list names that COW direct contiguity has no land link for (type 1 in
 * force in the edition's year; checked when the panel has COW contiguity). The opposite case, a COW
 * land link the Factbook contradicts, is dropped from the candidates and said so there ({@code
 * org.borderland.core.model.Candidates}).
 */
public final class PanelValidation {
  /** Percentage points by which exclusive shares may exceed 100 (rounding in the source). */
  public static final double SHARE_TOLERANCE = 1.0;

  /** Relative difference above which two entries' lengths of one border are reported. */
  public static final double BORDER_TOLERANCE = 0.02;

  /** At most this many messages of one kind are listed; the rest are counted. */
  public static final int MAX_LISTED = 200;

  private static final Set<String> ISO3_KEYED =
      Set.of(
          "land_border_km",
          "broadcast_foreign",
          "dispute_mentions",
          "contiguity",
          "min_distance_km",
          "atop_defense",
          "atop_offense",
          "atop_neutrality",
          "atop_nonaggression",
          "atop_consultation",
          "cow_alliance",
          "mid_originated",
          "un_vote_agreement",
          "strategic_rival");

  /**
   * How the note of a share that is part of another printed share begins ("Moldovan 56.7%" inside
   * "Moldovan/Romanian 80.2%"); such rows are left out of sums.
   */
  public static final String PART_OF = "part of ";

  private PanelValidation() {}

  /**
   * Validates the rows.
   *
   * @param rows every observation
   * @param registry the country registry
   * @param lastYear the latest edition year allowed (this year)
   */
  public static ValidationReport validate(
      List<Observation> rows, CountryRegistry registry, int lastYear) {
    Messages errors = new Messages();
    Messages warnings = new Messages();
    for (Observation o : rows) {
      String where = describe(o);
      if (o.source().text().isBlank() || o.source().field().isBlank()) {
        errors.add("no-source", where + " has no source text or field; re-import it");
      }
      Optional<Country> c = registry.find(o.country());
      if (c.isEmpty()) {
        errors.add(
            "unknown-code",
            where
                + " names unknown country code "
                + o.country()
                + suggestion(registry, o.country()));
        continue;
      }
      if (ISO3_KEYED.contains(o.indicator())
          && !o.key().isEmpty()
          && registry.find(o.key()).isEmpty()) {
        errors.add(
            "unknown-code",
            where
                + " has unknown country code '"
                + o.key()
                + "' as key"
                + suggestion(registry, o.key()));
      }
      Optional<Indicator> ind = Indicators.find(o.indicator());
      if (ind.isEmpty()) {
        errors.add(
            "indicator",
            where + " has an indicator id that is not canonical; add it to Indicators");
      } else if (o.hasValue() && !ind.get().allows(o.value())) {
        errors.add(
            "share",
            where
                + " has "
                + (o.unit().equals("%") ? "a share of " + o.value() + "%" : "value " + o.value())
                + ", outside "
                + fmt(ind.get().min())
                + "–"
                + fmt(ind.get().max())
                + "; fix the parser or the source row");
      }
      if (o.edition() > lastYear) {
        errors.add("year", where + " has edition " + o.edition() + ", after " + lastYear);
      }
      if (o.refYear() != null && o.refYear() > o.edition() + 1) {
        errors.add(
            "year",
            where
                + " describes "
                + o.refYear()
                + ", more than a year after its edition "
                + o.edition());
      }
      Country country = c.get();
      int year = o.asKnown() ? o.edition() : (o.refYear() == null ? o.edition() : o.refYear());
      int slack = o.asKnown() ? 1 : 0;
      if (year < country.fromYear()
          || (country.toYear() != null && year > country.toYear() + slack)) {
        errors.add(
            "existence",
            where
                + " is attributed to "
                + country.iso3()
                + " ("
                + country.name()
                + "), which existed "
                + country.fromYear()
                + "–"
                + (country.toYear() == null ? "" : country.toYear())
                + "; a predecessor's or successor's row was filed under the wrong state");
      }
    }
    checkShares(rows, warnings);
    checkBorders(rows, warnings);
    checkBordersAgainstCow(rows, registry, warnings);
    return new ValidationReport(
        errors.list(),
        warnings.list(),
        coverage(rows, registry, lastYear),
        errors.total(),
        warnings.total());
  }

  private static String suggestion(CountryRegistry registry, String code) {
    List<Country> s = registry.suggest(code);
    return s.isEmpty() ? "" : " (did you mean " + s.get(0).iso3() + ", " + s.get(0).name() + "?)";
  }

  /** A short description of a row: dataset, edition, country, indicator, key. */
  public static String describe(Observation o) {
    return o.source().dataset()
        + " "
        + o.edition()
        + " "
        + o.country()
        + " "
        + o.indicator()
        + (o.key().isEmpty() ? "" : "[" + o.key() + "]");
  }

  private static void checkShares(List<Observation> rows, Messages warnings) {
    Map<String, Double> sums = new TreeMap<>();
    for (Observation o : rows) {
      Optional<Indicator> ind = Indicators.find(o.indicator());
      if (ind.isPresent()
          && ind.get().exclusiveShares()
          && o.hasValue()
          && !o.note().startsWith(PART_OF)) {
        sums.merge(
            o.source().dataset() + " " + o.edition() + " " + o.country() + " " + o.indicator(),
            o.value(),
            Double::sum);
      }
    }
    for (Map.Entry<String, Double> e : sums.entrySet()) {
      if (e.getValue() > 100 + SHARE_TOLERANCE) {
        warnings.add(
            "sum",
            e.getKey()
                + " groups sum to "
                + Math.round(e.getValue() * 10) / 10.0
                + "% (more than 100 + "
                + SHARE_TOLERANCE
                + ")");
      }
    }
  }

  private static void checkBorders(List<Observation> rows, Messages warnings) {
    Map<String, Observation> byDirected = new HashMap<>();
    for (Observation o : rows) {
      if (o.indicator().equals(Indicators.LAND_BORDER_KM) && o.hasValue()) {
        byDirected.put(
            o.source().dataset() + " " + o.edition() + " " + o.country() + ">" + o.key(), o);
      }
    }
    Set<String> seen = new HashSet<>();
    for (Observation a : new TreeMap<>(byDirected).values()) {
      String ds = a.source().dataset() + " " + a.edition() + " ";
      Observation b = byDirected.get(ds + a.key() + ">" + a.country());
      if (b == null) {
        continue;
      }
      String pair =
          ds + (a.country().compareTo(a.key()) < 0 ? a.country() + a.key() : a.key() + a.country());
      if (!seen.add(pair)) {
        continue;
      }
      double x = a.value();
      double y = b.value();
      if (Math.abs(x - y) > 1 && Math.abs(x - y) > BORDER_TOLERANCE * Math.max(x, y)) {
        warnings.add(
            "border",
            ds
                + a.country()
                + "–"
                + a.key()
                + " border is "
                + fmt(x)
                + " km in "
                + a.country()
                + "'s entry but "
                + fmt(y)
                + " km in "
                + b.country()
                + "'s");
      }
    }
  }

  /**
   * Warns once per pair of states when a Factbook land-boundary list names a state as a land
   * neighbour in an edition whose year has no COW land link (type 1) in force between them, e.g.
   * Cuba's list naming the United States for the Guantanamo base.
   */
  private static void checkBordersAgainstCow(
      List<Observation> rows, CountryRegistry registry, Messages warnings) {
    Map<String, TreeMap<Integer, Integer>> cow = new HashMap<>();
    for (Observation o : rows) {
      if (o.indicator().equals("contiguity")
          && o.source().dataset().equals("cow-contdir")
          && o.hasValue()
          && o.refYear() != null) {
        cow.computeIfAbsent(o.country() + ">" + o.key(), k -> new TreeMap<>())
            .put(o.refYear(), o.value().intValue());
      }
    }
    if (cow.isEmpty()) {
      return;
    }
    Map<String, TreeSet<Integer>> editions = new TreeMap<>();
    Map<String, TreeSet<Integer>> types = new HashMap<>();
    for (Observation o : rows) {
      if (!o.indicator().equals(Indicators.LAND_BORDER_KM)
          || !o.source().dataset().startsWith("factbook")
          || o.key().equals(o.country())) {
        continue;
      }
      int year = o.edition();
      Optional<Country> a = registry.find(o.country());
      Optional<Country> b = registry.find(o.key());
      if (a.isEmpty() || b.isEmpty() || !states(a.get(), b.get(), year)) {
        continue;
      }
      int type =
          Math.min(
              inForce(cow, o.country(), o.key(), year), inForce(cow, o.key(), o.country(), year));
      if (type == 1) {
        continue;
      }
      String pair = o.country() + "'s list names " + o.key();
      editions.computeIfAbsent(pair, k -> new TreeSet<>()).add(year);
      types.computeIfAbsent(pair, k -> new TreeSet<>()).add(type);
    }
    for (Map.Entry<String, TreeSet<Integer>> e : editions.entrySet()) {
      TreeSet<Integer> ys = e.getValue();
      String cowSays =
          types.get(e.getKey()).stream()
              .map(t -> t == Integer.MAX_VALUE ? "no contiguity" : "type " + t)
              .reduce((x, y) -> x + " or " + y)
              .orElse("");
      warnings.add(
          "border-cow",
          "Factbook land boundary without a COW land link: "
              + e.getKey()
              + " in "
              + ys.size()
              + (ys.size() == 1
                  ? " edition (" + ys.first()
                  : " editions (" + ys.first() + "–" + ys.last())
              + "); COW direct contiguity has "
              + cowSays
              + " in force then, no land link (type 1)");
    }
  }

  /** Whether both are states (not territories) that existed in the year. */
  private static boolean states(Country a, Country b, int year) {
    return a.isState() && b.isState() && a.existsIn(year) && b.existsIn(year);
  }

  /**
   * The COW contiguity type of {@code a}'s spell with {@code b} in force in the year; MAX_VALUE for
   * none.
   */
  private static int inForce(
      Map<String, TreeMap<Integer, Integer>> cow, String a, String b, int year) {
    TreeMap<Integer, Integer> spells = cow.get(a + ">" + b);
    Map.Entry<Integer, Integer> e = spells == null ? null : spells.floorEntry(year);
    return e == null || e.getValue() == 0 ? Integer.MAX_VALUE : e.getValue();
  }

  private static String fmt(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "-∞";
    }
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static List<ValidationReport.Coverage> coverage(
      List<Observation> rows, CountryRegistry registry, int lastYear) {
    // dataset -> indicator -> edition (or refYear for revised data) -> countries with a value
    Map<String, Map<String, Map<Integer, Set<String>>>> present = new TreeMap<>();
    for (Observation o : rows) {
      if (!o.hasValue()) {
        continue;
      }
      int year = o.asKnown() ? o.edition() : (o.refYear() == null ? o.edition() : o.refYear());
      if (year < 1990 || year > lastYear) {
        continue;
      }
      Optional<Country> c = registry.find(o.country());
      if (c.isEmpty() || !c.get().isState()) {
        continue;
      }
      present
          .computeIfAbsent(o.source().dataset(), d -> new TreeMap<>())
          .computeIfAbsent(o.indicator(), i -> new TreeMap<>())
          .computeIfAbsent(year, y -> new TreeSet<>())
          .add(o.country());
    }
    Map<Integer, Integer> states = new HashMap<>();
    List<ValidationReport.Coverage> out = new ArrayList<>();
    for (var d : present.entrySet()) {
      for (var i : d.getValue().entrySet()) {
        for (var y : i.getValue().entrySet()) {
          int n =
              states.computeIfAbsent(
                  y.getKey(),
                  yr ->
                      (int)
                          registry.all().stream()
                              .filter(c -> c.isState() && c.existsIn(yr))
                              .count());
          out.add(
              new ValidationReport.Coverage(
                  d.getKey(), i.getKey(), y.getKey(), Math.min(y.getValue().size(), n), n));
        }
      }
    }
    return out;
  }

  /** Collects messages by kind, listing at most {@link #MAX_LISTED} of each. */
  private static final class Messages {
    private final Map<String, List<String>> byKind = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void add(String kind, String message) {
      int n = counts.merge(kind, 1, Integer::sum);
      if (n <= MAX_LISTED) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(message);
      }
    }

    int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    List<String> list() {
      List<String> out = new ArrayList<>();
      for (var e : byKind.entrySet()) {
        out.addAll(e.getValue());
        int more = counts.get(e.getKey()) - e.getValue().size();
        if (more > 0) {
          out.add("… and " + more + " more of kind '" + e.getKey() + "'");
        }
      }
      return out;
    }
  }
}
