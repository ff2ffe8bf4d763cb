package org.borderland.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * The default candidate targets of an aggressor A in knowledge year Y:
 *
 * <ol>
 *   <li>A's land neighbours: the neighbours in A's Factbook land-boundary list as known in Y (the
 *       newest edition of the year-end archive or the JSON snapshots that prints the list), and the
 *       states with COW direct contiguity of type 1 (land) in force in Y;
 *   <li>A's neighbours across water: COW direct contiguity of types 2–4 (up to 150 miles of water)
 *       in force in Y, and, when A borders the Caspian Sea, the other Caspian states (Azerbaijan,
 *       Iran, Kazakhstan, Russia, Turkmenistan);
 *   <li>states one further land border away: the land neighbours (by the same two sources) of each
 *       land neighbour of A that A would cross, i.e. that is not in the no-transit list (by default
 *       China and Iran).
 * </ol>
 *
 * Only sovereign (possibly disputed) states that exist in Y in the registry count, A itself never.
 * COW contiguity is a revised dataset (its last release describes each year with hindsight, and
 * ends in 2016: later years keep the last spell in force); the Factbook list is as known.
 */
public final class Candidates {
  /** The states an aggressor would not cross by default: China and Iran. */
  public static final List<String> DEFAULT_NO_TRANSIT = List.of("CHN", "IRN");

  /** The states bordering the Caspian Sea. */
  public static final Set<String> CASPIAN = Set.of("AZE", "IRN", "KAZ", "RUS", "TKM");

  private static final List<String> FACTBOOK = List.of("factbook-archive", "factbook-json");
  private static final String COW_CONTIGUITY = "cow-contdir";

  private final PanelIndex index;
  private final CountryRegistry registry;

  /** Candidates from the panel behind {@code index}. */
  public Candidates(PanelIndex index, CountryRegistry registry) {
    this.index = Objects.requireNonNull(index, "index");
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * The default candidates, with the no-transit list the model gives for A, else {@link
   * #DEFAULT_NO_TRANSIT}.
   */
  public CandidateSet of(Model model, String aggressor, int year) {
    List<String> noTransit = model.profile(aggressor).noTransit();
    return of(aggressor, year, noTransit.isEmpty() ? DEFAULT_NO_TRANSIT : noTransit);
  }

  /**
   * The default candidates of {@code aggressor} in {@code year}.
   *
   * @param noTransit states no "one further" path passes through
   * @throws org.borderland.core.country.UnknownCountryException for an unknown code
   * @throws IllegalArgumentException when the aggressor did not exist in {@code year}
   */
  public CandidateSet of(String aggressor, int year, Collection<String> noTransit) {
    Country a = requireExisting(aggressor, year, "the aggressor");
    String self = a.iso3();
    Set<String> blocked = new TreeSet<>();
    for (String n : noTransit) {
      blocked.add(registry.get(n, "the no-transit list").iso3());
    }
    Map<String, Set<Route>> routes = new TreeMap<>();
    Map<String, Set<String>> via = new TreeMap<>();
    Map<String, Set<Route>> land = landNeighbours(self, year);
    land.forEach((c, r) -> routes.computeIfAbsent(c, k -> EnumSet.noneOf(Route.class)).addAll(r));
    for (Map.Entry<String, Integer> e : contiguity(self, year).entrySet()) {
      int type = e.getValue();
      if (type >= 2 && type <= 4 && isCandidate(e.getKey(), self, year)) {
        routes.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(Route.class)).add(Route.SEA_COW);
      }
    }
    if (CASPIAN.contains(self)) {
      for (String c : CASPIAN) {
        if (isCandidate(c, self, year)) {
          routes.computeIfAbsent(c, k -> EnumSet.noneOf(Route.class)).add(Route.CASPIAN);
        }
      }
    }
    for (String n : land.keySet()) {
      if (blocked.contains(n)) {
        continue;
      }
      for (String m : landNeighbours(n, year).keySet()) {
        if (!m.equals(self) && isCandidate(m, self, year)) {
          routes.computeIfAbsent(m, k -> EnumSet.noneOf(Route.class)).add(Route.ONE_FURTHER);
          via.computeIfAbsent(m, k -> new TreeSet<>()).add(n);
        }
      }
    }
    List<Candidate> out = new ArrayList<>();
    routes.forEach(
        (c, r) -> out.add(new Candidate(c, r, List.copyOf(via.getOrDefault(c, Set.of())))));
    return new CandidateSet(self, year, out, List.copyOf(blocked), false);
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
    return new CandidateSet(a.iso3(), year, List.copyOf(out.values()), List.of(), true);
  }

  private Country requireExisting(String code, int year, String where) {
    return registry.get(code, where).requireExistsIn(year, where);
  }

  private boolean isCandidate(String code, String aggressor, int year) {
    if (code.equals(aggressor)) {
      return false;
    }
    return registry.find(code).filter(c -> c.isState() && c.existsIn(year)).isPresent();
  }

  /**
   * The land neighbours of {@code country} in {@code year} that are states existing then: from its
   * Factbook land-boundary list as known in the year and from COW contiguity type 1 in force.
   */
  public Map<String, Set<Route>> landNeighbours(String country, int year) {
    Map<String, Set<Route>> out = new TreeMap<>();
    for (String n : factbookNeighbours(country, year)) {
      if (isCandidate(n, country, year)) {
        out.computeIfAbsent(n, k -> EnumSet.noneOf(Route.class)).add(Route.LAND_FACTBOOK);
      }
    }
    for (Map.Entry<String, Integer> e : contiguity(country, year).entrySet()) {
      if (e.getValue() == 1 && isCandidate(e.getKey(), country, year)) {
        out.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(Route.class)).add(Route.LAND_COW);
      }
    }
    return out;
  }

  /** The neighbours named in the newest Factbook land-boundary list as known in {@code year}. */
  Set<String> factbookNeighbours(String country, int year) {
    Set<String> out = new TreeSet<>();
    for (Observation o : landBoundaryList(country, year)) {
      out.add(o.key());
    }
    return out;
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
