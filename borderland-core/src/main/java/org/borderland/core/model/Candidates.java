package org.borderland.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.model.Candidate.Route;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.PanelIndex;
import org.borderland.core.panel.PanelIndex.Found;

/**
 * The default candidate targets of an aggressor A in knowledge year Y, at a {@link Reach}:
 *
 * <ol>
 *   <li>A's land neighbours: the neighbours in A's Factbook land-boundary list as known in Y (the
 *       newest edition of the year-end archive or the JSON snapshots that prints the list), and the
 *       states with COW direct contiguity of type 1 (land) in force in Y, except a COW link the
 *       Factbook contradicts ({@link DroppedLink}: both states' entries exist and neither names the
 *       other; the two stay neighbours not by land when within 150 miles, else not at all);
 *   <li>A's neighbours across water: COW direct contiguity of types 2–4 (up to 150 miles of water)
 *       in force in Y, and, when A borders the Caspian Sea, the other Caspian states (Azerbaijan,
 *       Iran, Kazakhstan, Russia, Turkmenistan);
 *   <li>states one further land border away: the land neighbours (by the same rule) of each land
 *       neighbour of A that A could cross ({@link #crossing}): not in the no-transit list (by
 *       default China and Iran), and either allied with A (an ATOP defence or offence pact) or, not
 *       being a COW major power, weaker than A by the COW composite capability index (CINC);
 *   <li>with {@link Reach#SEA}: the states within COW sea contiguity of type 5 (up to 400 miles);
 *   <li>with {@link Reach#GLOBAL}, when A is a COW major power in Y: every other state.
 * </ol>
 *
 * Only sovereign (possibly disputed) states that exist at the end of Y in the registry count (the
 * Soviet Union is no candidate in 1991), A itself never. COW contiguity, alliances, capabilities
 * and major-power status are revised datasets (each release describes every year with hindsight; a
 * year after a dataset's last one keeps its last figure or spell); the Factbook lists are as known.
 * The set's notes say which links were dropped and which neighbours were not crossed.
 */
public final class Candidates {
  /** The states an aggressor would not cross by default: China and Iran. */
  public static final List<String> DEFAULT_NO_TRANSIT = List.of("CHN", "IRN");

  /** The states bordering the Caspian Sea. */
  public static final Set<String> CASPIAN = Set.of("AZE", "IRN", "KAZ", "RUS", "TKM");

  private static final List<String> FACTBOOK = List.of("factbook-archive", "factbook-json");
  private static final String COW_CONTIGUITY = "cow-contdir";
  private static final String MIN_DISTANCE = "min_distance_km";
  private static final String COW_MIN_DISTANCE = "cow-mindist";
  private static final String LAND_BORDER_TOTAL = "land_border_total_km";

  private final PanelIndex index;
  private final CountryRegistry registry;

  /** Candidates from the panel behind {@code index}. */
  public Candidates(PanelIndex index, CountryRegistry registry) {
    this.index = Objects.requireNonNull(index, "index");
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * The default candidates at {@link Reach#LAND}, with the no-transit list the model gives for A,
   * else {@link #DEFAULT_NO_TRANSIT}.
   */
  public CandidateSet of(Model model, String aggressor, int year) {
    return of(model, aggressor, year, Reach.LAND);
  }

  /**
   * The default candidates at a reach, with the no-transit list the model gives for A, else {@link
   * #DEFAULT_NO_TRANSIT}.
   */
  public CandidateSet of(Model model, String aggressor, int year, Reach reach) {
    return of(aggressor, year, noTransit(model, aggressor), reach);
  }

  /**
   * The no-transit list the model gives for {@code aggressor}, else {@link #DEFAULT_NO_TRANSIT}.
   */
  public static List<String> noTransit(Model model, String aggressor) {
    List<String> noTransit = model.profile(aggressor).noTransit();
    return noTransit.isEmpty() ? DEFAULT_NO_TRANSIT : noTransit;
  }

  /** The default candidates of {@code aggressor} in {@code year} at {@link Reach#LAND}. */
  public CandidateSet of(String aggressor, int year, Collection<String> noTransit) {
    return of(aggressor, year, noTransit, Reach.LAND);
  }

  /**
   * The default candidates of {@code aggressor} in {@code year}.
   *
   * @param noTransit states no "one further" path passes through
   * @throws org.borderland.core.country.UnknownCountryException for an unknown code
   * @throws IllegalArgumentException when the aggressor did not exist in {@code year}
   */
  public CandidateSet of(String aggressor, int year, Collection<String> noTransit, Reach reach) {
    Country a = requireExisting(aggressor, year, "the aggressor");
    return around(a.iso3(), a.iso3(), year, noTransit, reach);
  }

  /**
   * The candidates around one state {@code from} of an aggressor's region (the aggressor itself or
   * a state it absorbed): as {@link #of(String, int, Collection, Reach)} from {@code from}'s
   * borders, with whether a neighbour can be crossed judged for {@code aggressor}. The aggressor is
   * never crossed here (its own neighbours are its own candidates), and global reach adds states
   * only around the aggressor.
   *
   * @throws org.borderland.core.country.UnknownCountryException for an unknown code
   * @throws IllegalArgumentException when {@code from} or the aggressor did not exist in {@code
   *     year}
   */
  public CandidateSet around(
      String from, String aggressor, int year, Collection<String> noTransit, Reach reach) {
    String self = requireExisting(from, year, "the region").iso3();
    String agg = requireExisting(aggressor, year, "the aggressor").iso3();
    Objects.requireNonNull(reach, "reach");
    Set<String> blocked = new TreeSet<>();
    for (String n : noTransit) {
      blocked.add(registry.get(n, "the no-transit list").iso3());
    }
    Map<String, Set<Route>> routes = new TreeMap<>();
    Map<String, Set<String>> via = new TreeMap<>();
    Set<String> notes = new LinkedHashSet<>();
    LandLinks own = landLinks(self, year);
    own.neighbours().forEach((c, r) -> route(routes, c).addAll(r));
    for (DroppedLink d : own.dropped()) {
      notes.add(d.describe());
      if (d.acrossWater()) {
        route(routes, d.neighbour()).add(Route.SEA_DISTANCE);
      }
    }
    for (Map.Entry<String, Integer> e : contiguity(self, year).entrySet()) {
      int type = e.getValue();
      if (!isCandidate(e.getKey(), self, year)) {
        continue;
      }
      if (type >= 2 && type <= 4) {
        route(routes, e.getKey()).add(Route.SEA_COW);
      } else if (type == 5 && reach != Reach.LAND) {
        route(routes, e.getKey()).add(Route.SEA_WIDE);
      }
    }
    if (CASPIAN.contains(self)) {
      for (String c : CASPIAN) {
        if (isCandidate(c, self, year)) {
          route(routes, c).add(Route.CASPIAN);
        }
      }
    }
    for (String n : own.neighbours().keySet()) {
      if (n.equals(agg)) {
        continue;
      }
      Crossing x = crossing(agg, n, year, blocked);
      if (x.noteworthy()) {
        notes.add(x.describe());
      }
      if (!x.crossable()) {
        continue;
      }
      LandLinks beyond = landLinks(n, year);
      for (String m : beyond.neighbours().keySet()) {
        if (!m.equals(self) && isCandidate(m, self, year)) {
          route(routes, m).add(Route.ONE_FURTHER);
          via.computeIfAbsent(m, k -> new TreeSet<>()).add(n);
        }
      }
      for (DroppedLink d : beyond.dropped()) {
        if (!d.neighbour().equals(self)) {
          notes.add(d.describe());
        }
      }
    }
    if (reach == Reach.GLOBAL && self.equals(agg)) {
      notes.add(global(self, year, routes));
    }
    List<Candidate> out = new ArrayList<>();
    routes.forEach(
        (c, r) -> out.add(new Candidate(c, r, List.copyOf(via.getOrDefault(c, Set.of())))));
    return new CandidateSet(agg, year, out, List.copyOf(blocked), false, reach, List.copyOf(notes));
  }

  private static Set<Route> route(Map<String, Set<Route>> routes, String c) {
    return routes.computeIfAbsent(c, k -> EnumSet.noneOf(Route.class));
  }

  /** Adds every other state for a major power; says what global reach did. */
  private String global(String self, int year, Map<String, Set<Route>> routes) {
    Found major = majorPower(self, year);
    if (!major.hasValue() || major.value() <= 0) {
      return "global reach: "
          + self
          + " is not a COW major power in "
          + year
          + ", so it adds no state beyond the sea reach";
    }
    int added = 0;
    for (Country c : registry.all()) {
      if (isCandidate(c.iso3(), self, year) && !routes.containsKey(c.iso3())) {
        route(routes, c.iso3()).add(Route.GLOBAL);
        added++;
      }
    }
    return "global reach: "
        + self
        + " is a COW major power in "
        + year
        + " ("
        + asOf(major.observation())
        + "), so every other state is a candidate ("
        + added
        + " added beyond the sea reach)";
  }

  /**
   * Whether {@code aggressor} could cross its land neighbour {@code through} to reach the states
   * beyond it, and why. In this order: a state in {@code noTransit} is never crossed; a COW major
   * power is crossed only when allied with the aggressor; any other state is crossed when it is
   * weaker than the aggressor, i.e. its CINC (COW national material capabilities) is lower, or else
   * when it is allied with the aggressor; when either CINC is unknown, only an ally is crossed.
   * Allied means a defence or offence pact in ATOP, or a defence pact in COW's alliances, in force
   * in the year. Alliances, CINC and major-power status are read as the newest figure or spell no
   * later than the year (revised histories: ATOP to 2018, COW alliances to 2012, NMC to 2022, major
   * powers to 2016, each kept after its end).
   */
  public Crossing crossing(
      String aggressor, String through, int year, Collection<String> noTransit) {
    if (noTransit.contains(through)) {
      return new Crossing(
          through, Crossing.Basis.NO_TRANSIT, "in the no-transit list of " + aggressor);
    }
    String pact = alliance(aggressor, through, year);
    Found major = majorPower(through, year);
    if (major.hasValue() && major.value() > 0) {
      String power = "a COW major power (" + asOf(major.observation()) + ")";
      return pact != null
          ? new Crossing(
              through,
              Crossing.Basis.ALLIED,
              power + " allied with " + aggressor + " (" + pact + ")")
          : new Crossing(
              through,
              Crossing.Basis.MAJOR_POWER,
              power + " not allied with " + aggressor + " (ATOP)");
    }
    Found mine = cinc(aggressor, year);
    Found theirs = cinc(through, year);
    String strength;
    Crossing.Basis otherwise;
    if (!theirs.hasValue() || !mine.hasValue()) {
      strength =
          "no CINC figure for "
              + (theirs.hasValue() ? aggressor : through)
              + " by "
              + year
              + " (COW NMC), so whether it is weaker than "
              + aggressor
              + " is unknown";
      otherwise = Crossing.Basis.STRENGTH_UNKNOWN;
    } else {
      String figures =
          String.format(
              Locale.ROOT,
              "CINC %s %.5f (%d) vs %s %.5f (%d), COW NMC",
              through,
              theirs.value(),
              theirs.observation().refYear(),
              aggressor,
              mine.value(),
              mine.observation().refYear());
      if (theirs.value() < mine.value()) {
        return new Crossing(
            through, Crossing.Basis.WEAKER, "weaker than " + aggressor + ": " + figures);
      }
      strength = "not weaker than " + aggressor + ": " + figures;
      otherwise = Crossing.Basis.NOT_WEAKER;
    }
    return pact != null
        ? new Crossing(
            through,
            Crossing.Basis.ALLIED,
            "allied with " + aggressor + " (" + pact + "), though " + strength)
        : new Crossing(through, otherwise, strength);
  }

  /**
   * The ATOP pact in force between the two in the year, e.g. {@code ATOP defence pact, in force by
   * 1993}, or null. COW's alliances (4.1) are not read: ATOP covers every year they do (ATOP 5.0
   * runs to 2018, COW to 2012), and COW keeps defence pacts ATOP has not or has ended, such as
   * Ukraine–Russia 1995–2012 and Georgia–Russia after 2009, which carried forward would make Russia
   * Ukraine's ally in 2024.
   */
  private String alliance(String a, String b, int year) {
    for (String[] p : new String[][] {{a, b}, {b, a}}) {
      for (String kind : List.of("atop_defense", "atop_offense")) {
        Found f = index.lookup(p[0], kind, p[1], year, "atop", true);
        if (f.hasValue() && f.value() > 0) {
          return "ATOP "
              + (kind.equals("atop_defense") ? "defence" : "offence")
              + " pact, "
              + since(f);
        }
      }
    }
    return null;
  }

  private static String since(Found f) {
    return "in force by " + f.observation().refYear();
  }

  private static String asOf(Observation o) {
    return "spell from " + o.refYear();
  }

  private Found majorPower(String country, int year) {
    return index.lookup(country, "major_power", "", year, "cow-majors", true);
  }

  private Found cinc(String country, int year) {
    return index.lookup(country, Indicators.CINC, "", year, "cow-nmc", true);
  }

  /**
   * The candidates the user named, checked: each must be a known state (suggestions otherwise) that
   * existed in {@code year} and is not the aggressor; repeats are dropped.
   *
   * @throws org.borderland.core.country.UnknownCountryException for an unknown code, with the
   *     closest matches
   * @throws IllegalArgumentException for a territory, a state that did not exist in the year, the
   *     aggressor itself, or an empty list
   */
  public CandidateSet given(String aggressor, int year, List<String> codes) {
    Country a = requireExisting(aggressor, year, "the aggressor");
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("candidates is empty; list at least one code");
    }
    Map<String, Candidate> out = new TreeMap<>();
    for (String code : codes) {
      Country c = requireExisting(code, year, "candidates");
      if (!c.isState()) {
        throw new IllegalArgumentException(
            "candidates: "
                + c.iso3()
                + " ("
                + c.name()
                + ") is a dependent territory, not a state; remove it");
      }
      if (c.iso3().equals(a.iso3())) {
        throw new IllegalArgumentException(
            "candidates: " + c.iso3() + " is the aggressor; remove it from the candidates");
      }
      out.putIfAbsent(c.iso3(), new Candidate(c.iso3(), EnumSet.of(Route.GIVEN), List.of()));
    }
    return new CandidateSet(
        a.iso3(), year, List.copyOf(out.values()), List.of(), true, Reach.LAND, List.of());
  }

  private Country requireExisting(String code, int year, String where) {
    return registry.get(code, where).requireExistsIn(year, where);
  }

  private boolean isCandidate(String code, String aggressor, int year) {
    if (code.equals(aggressor)) {
      return false;
    }
    return registry.find(code).filter(c -> c.isState() && c.existsAtEndOf(year)).isPresent();
  }

  /**
   * The land neighbours of {@code country} in {@code year} that are states existing at its end:
   * from its Factbook land-boundary list as known in the year and from COW contiguity type 1 in
   * force, less the COW links the Factbook contradicts ({@link #landLinks}).
   */
  public Map<String, Set<Route>> landNeighbours(String country, int year) {
    return landLinks(country, year).neighbours();
  }

  /**
   * A state's land neighbours in a year, and the COW land links dropped because the Factbook
   * contradicts them.
   *
   * @param neighbours each neighbour, with the sources that make it one
   * @param dropped the COW-only land links both states' Factbook entries contradict
   */
  public record LandLinks(Map<String, Set<Route>> neighbours, List<DroppedLink> dropped) {
    /** Copies the collections. */
    public LandLinks {
      neighbours = Collections.unmodifiableMap(new TreeMap<>(neighbours));
      dropped = List.copyOf(dropped);
    }
  }

  /**
   * The land links of {@code country} in {@code year} with states existing at its end: the
   * neighbours its Factbook land-boundary list as known names, and those COW contiguity of type 1
   * in force names, unless only COW names the link and both states' Factbook entries as known exist
   * and neither names the other (an entry exists when it lists neighbours or prints a total of 0
   * km); such a link is dropped and described, with the CShapes minimum distance between the two as
   * known.
   */
  public LandLinks landLinks(String country, int year) {
    Map<String, Set<Route>> out = new TreeMap<>();
    List<Observation> list = landBoundaryList(country, year);
    Set<String> named = new TreeSet<>();
    for (Observation o : list) {
      named.add(o.key());
    }
    for (String n : named) {
      if (isCandidate(n, country, year)) {
        out.computeIfAbsent(n, k -> EnumSet.noneOf(Route.class)).add(Route.LAND_FACTBOOK);
      }
    }
    List<DroppedLink> dropped = new ArrayList<>();
    for (Map.Entry<String, Observation> e : contiguityRows(country, year).entrySet()) {
      String n = e.getKey();
      if (e.getValue().value().intValue() != 1 || !isCandidate(n, country, year)) {
        continue;
      }
      DroppedLink d =
          named.contains(n) ? null : contradiction(country, list, n, e.getValue(), year);
      if (d != null) {
        dropped.add(d);
      } else {
        out.computeIfAbsent(n, k -> EnumSet.noneOf(Route.class)).add(Route.LAND_COW);
      }
    }
    return new LandLinks(out, dropped);
  }

  /**
   * The COW land link {@code country}–{@code n} (its row {@code cow}, type 1) as dropped, when both
   * states' Factbook land-boundary entries as known in {@code year} exist and neither names the
   * other; else empty.
   */
  public Optional<DroppedLink> contradiction(String country, String n, Observation cow, int year) {
    List<Observation> list = landBoundaryList(country, year);
    for (Observation o : list) {
      if (o.key().equals(n)) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(contradiction(country, list, n, cow, year));
  }

  private DroppedLink contradiction(
      String country, List<Observation> list, String n, Observation cow, int year) {
    String mine = entry(country, list, year);
    if (mine == null) {
      return null;
    }
    List<Observation> theirs = landBoundaryList(n, year);
    for (Observation o : theirs) {
      if (o.key().equals(country)) {
        return null;
      }
    }
    String other = entry(n, theirs, year);
    if (other == null) {
      return null;
    }
    return new DroppedLink(country, n, year, cow, mine, other, minDistanceKm(country, n, year));
  }

  /**
   * Where a state's land-boundary entry as known comes from, e.g. {@code factbook-archive 2021}
   * (its list) or {@code factbook-archive 2021, total 0 km} (no list, a total of 0 km); null when
   * the state has neither.
   */
  private String entry(String country, List<Observation> list, int year) {
    if (!list.isEmpty()) {
      Observation o = list.get(0);
      return o.source().dataset() + " " + o.edition();
    }
    Observation newest = null;
    for (String dataset : FACTBOOK) {
      Found f = index.lookup(country, LAND_BORDER_TOTAL, "", year, dataset, false);
      if (f.hasValue()
          && (newest == null || f.observation().published().isAfter(newest.published()))) {
        newest = f.observation();
      }
    }
    if (newest == null || newest.value() != 0) {
      return null;
    }
    return newest.source().dataset() + " " + newest.edition() + ", total 0 km";
  }

  /** The CShapes minimum distance between two states in km as known in the year, or null. */
  private Double minDistanceKm(String x, String y, int year) {
    for (String[] p : new String[][] {{x, y}, {y, x}}) {
      Found f = index.lookup(p[0], MIN_DISTANCE, p[1], year, COW_MIN_DISTANCE, true);
      if (f.hasValue()) {
        return f.value();
      }
    }
    return null;
  }

  /**
   * The rows of {@code country}'s newest Factbook land-boundary list as known in {@code year}: of
   * the year-end archive edition or the JSON snapshot, whichever prints a list with figures and was
   * published later; one row per neighbour named (keyed by the neighbour's code, which may be a
   * territory; the value is {@code null} when the list names it without a length). Empty when no
   * such list was published by then.
   */
  public List<Observation> landBoundaryList(String country, int year) {
    List<Observation> newest = List.of();
    for (String dataset : FACTBOOK) {
      List<Observation> rows = newestWithFigures(country, dataset, year);
      if (!rows.isEmpty()
          && (newest.isEmpty() || rows.get(0).published().isAfter(newest.get(0).published()))) {
        newest = rows;
      }
    }
    return newest;
  }

  /** The rows of the newest edition whose land-boundary list has figures, as the panel picks it. */
  private List<Observation> newestWithFigures(String country, String dataset, int year) {
    Set<String> keys = index.keys(country, Indicators.LAND_BORDER_KM, dataset);
    if (keys.isEmpty()) {
      return List.of();
    }
    Found f =
        index.lookup(
            country, Indicators.LAND_BORDER_KM, keys.iterator().next(), year, dataset, false);
    if (f.outcome() == PanelIndex.Outcome.NONE) {
      return List.of();
    }
    List<Observation> out = new ArrayList<>();
    for (Observation o :
        index.editionRows(country, Indicators.LAND_BORDER_KM, dataset, f.edition())) {
      if (o.published().getYear() <= year) {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * The COW direct-contiguity type (1 land … 5 up to 400 miles of water) of each state contiguous
   * to {@code country} in force in {@code year}, by the newest spell starting by then.
   */
  public Map<String, Integer> contiguity(String country, int year) {
    Map<String, Integer> out = new TreeMap<>();
    contiguityRows(country, year).forEach((k, o) -> out.put(k, o.value().intValue()));
    return out;
  }

  /**
   * The COW direct-contiguity rows behind {@link #contiguity}: per contiguous state, the row of the
   * spell in force in {@code year} (its value is the type).
   */
  public Map<String, Observation> contiguityRows(String country, int year) {
    Map<String, Observation> out = new TreeMap<>();
    for (String k : index.keys(country, "contiguity", COW_CONTIGUITY)) {
      Found f = index.lookup(country, "contiguity", k, year, COW_CONTIGUITY, true);
      if (f.hasValue() && f.value() > 0) {
        out.put(k, f.observation());
      }
    }
    return out;
  }
}
