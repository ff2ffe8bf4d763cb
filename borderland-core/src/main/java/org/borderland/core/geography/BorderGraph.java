package org.borderland.core.geography;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.model.Candidate.Route;
import org.borderland.core.model.Candidates;
import org.borderland.core.model.DroppedLink;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.PanelIndex;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.SimpleGraph;

/**
 * The states of one knowledge year and their borders, as an undirected simple graph (JGraphT).
 *
 * <p>Vertices: every state of the registry (sovereign or disputed) that existed in the year; never
 * a dependent territory, nor a non-state such as the EU or an ocean. Edges ({@link Border}):
 *
 * <ul>
 *   <li>land: a state's Factbook land-boundary list as known in the year names the other (the
 *       newest list of the year-end archive or the JSON snapshots, {@link
 *       Candidates#landBoundaryList}), or COW direct contiguity of type 1 is in force and the
 *       Factbook does not contradict it ({@link Candidates#contradiction}); the same rule as {@link
 *       Candidates#landNeighbours}. The length comes from the lists (target's first, see {@link
 *       Border#km}); it may be missing;
 *   <li>sea (used only when the transit rules turn sea links on): every pair of Caspian littoral
 *       states ({@link Candidates#CASPIAN}), every pair COW direct contiguity marks as types 2–4
 *       (up to 150 miles of water) in force in the year, and every contradicted COW land link whose
 *       two states are within 150 miles of each other (CShapes minimum distance).
 * </ul>
 *
 * COW contiguity is a revised dataset ending in 2016 (later years keep its last spells); the
 * Factbook lists are as known. The graph is immutable; {@link Geography} builds one per year and
 * keeps it.
 */
public final class BorderGraph {
  private final int year;
  private final List<String> states;
  private final Map<String, Integer> position;
  private final Graph<String, Border> graph;
  private final int[][] land;
  private final int[][] landAndSea;
  private final Border[][] landBorders;
  private final Border[][] allBorders;
  private final Map<String, Map<String, Border>> byState;

  private BorderGraph(int year, List<String> states, List<Border> borders) {
    this.year = year;
    this.states = List.copyOf(states);
    Map<String, Integer> pos = new HashMap<>();
    for (int i = 0; i < states.size(); i++) {
      pos.put(states.get(i), i);
    }
    this.position = pos;
    SimpleGraph<String, Border> g = new SimpleGraph<>(null, null, false);
    states.forEach(g::addVertex);
    Map<String, Map<String, Border>> by = new HashMap<>();
    List<List<Integer>> l = new ArrayList<>();
    List<List<Integer>> ls = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      l.add(new ArrayList<>());
      ls.add(new ArrayList<>());
      by.put(states.get(i), new TreeMap<>());
    }
    for (Border e : borders) {
      g.addEdge(e.a(), e.b(), e);
      by.get(e.a()).put(e.b(), e);
      by.get(e.b()).put(e.a(), e);
      int a = pos.get(e.a());
      int b = pos.get(e.b());
      if (e.land()) {
        l.get(a).add(b);
        l.get(b).add(a);
      }
      ls.get(a).add(b);
      ls.get(b).add(a);
    }
    this.graph = new AsUnmodifiableGraph<>(g);
    this.land = arrays(l);
    this.landAndSea = arrays(ls);
    by.replaceAll((k, v) -> Collections.unmodifiableMap(v));
    this.byState = by;
    this.landBorders = borders(land, by);
    this.allBorders = borders(landAndSea, by);
  }

  private static int[][] arrays(List<List<Integer>> lists) {
    int[][] out = new int[lists.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = lists.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
    }
    return out;
  }

  /** The border behind each adjacency entry, in the same positions. */
  private Border[][] borders(int[][] adj, Map<String, Map<String, Border>> by) {
    Border[][] out = new Border[adj.length][];
    for (int i = 0; i < adj.length; i++) {
      out[i] = new Border[adj[i].length];
      for (int k = 0; k < adj[i].length; k++) {
        out[i][k] = by.get(states.get(i)).get(states.get(adj[i][k]));
      }
    }
    return out;
  }

  /**
   * Builds the graph of {@code year} from the panel behind {@code index}.
   *
   * @throws NullPointerException when an argument is null
   */
  public static BorderGraph build(PanelIndex index, CountryRegistry registry, int year) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(registry, "registry");
    Candidates candidates = new Candidates(index, registry);
    List<String> states = new ArrayList<>();
    for (Country c : registry.all()) { // sorted by ISO3
      if (c.isState() && c.existsIn(year)) {
        states.add(c.iso3());
      }
    }
    Set<String> vertex = Set.copyOf(states);
    Map<String, Draft> drafts = new TreeMap<>();
    for (String s : states) {
      for (Observation o : candidates.landBoundaryList(s, year)) {
        if (vertex.contains(o.key()) && !o.key().equals(s)) {
          drafts.computeIfAbsent(key(s, o.key()), k -> new Draft(s, o.key())).land(s, o);
        }
      }
      candidates
          .contiguityRows(s, year)
          .forEach(
              (n, o) -> {
                int type = o.value().intValue();
                if (!vertex.contains(n) || n.equals(s) || type < 1 || type > 4) {
                  return;
                }
                if (type == 1) {
                  Optional<DroppedLink> d = candidates.contradiction(s, n, o, year);
                  if (d.isPresent()) {
                    if (d.get().acrossWater()) {
                      drafts.computeIfAbsent(key(s, n), k -> new Draft(s, n)).water(s, o);
                    }
                    return;
                  }
                }
                drafts.computeIfAbsent(key(s, n), k -> new Draft(s, n)).cow(s, type, o);
              });
    }
    List<String> caspian = new ArrayList<>();
    for (String c : Candidates.CASPIAN) {
      if (vertex.contains(c)) {
        caspian.add(c);
      }
    }
    for (String x : caspian) {
      for (String y : caspian) {
        if (x.compareTo(y) < 0) {
          drafts.computeIfAbsent(key(x, y), k -> new Draft(x, y)).routes.add(Route.CASPIAN);
        }
      }
    }
    List<Border> borders = new ArrayList<>(drafts.size());
    for (Draft d : drafts.values()) {
      borders.add(d.border());
    }
    return new BorderGraph(year, states, borders);
  }

  private static String key(String x, String y) {
    return x.compareTo(y) < 0 ? x + "-" + y : y + "-" + x;
  }

  /** An edge being gathered from both sides' rows. */
  private static final class Draft {
    final String a;
    final String b;
    final Set<Route> routes = EnumSet.noneOf(Route.class);
    Observation rowA;
    Observation rowB;
    Observation cow;
    String cowFrom;

    Draft(String x, String y) {
      this.a = x.compareTo(y) < 0 ? x : y;
      this.b = x.compareTo(y) < 0 ? y : x;
    }

    void land(String from, Observation o) {
      routes.add(Route.LAND_FACTBOOK);
      if (from.equals(a)) {
        rowA = o;
      } else {
        rowB = o;
      }
    }

    void cow(String from, int type, Observation o) {
      routes.add(type == 1 ? Route.LAND_COW : Route.SEA_COW);
      keep(from, o);
    }

    /** A COW land link the Factbook contradicts, within 150 miles across water. */
    void water(String from, Observation o) {
      routes.add(Route.SEA_DISTANCE);
      keep(from, o);
    }

    private void keep(String from, Observation o) {
      if (cow == null || from.equals(a)) {
        cow = o;
        cowFrom = from;
      }
    }

    Border border() {
      return new Border(a, b, routes, rowA, rowB, cow);
    }
  }

  /** The knowledge year. */
  public int year() {
    return year;
  }

  /** The states (vertices), sorted by ISO3. */
  public List<String> states() {
    return states;
  }

  /** Whether {@code iso3} is a state of the year's graph. */
  public boolean contains(String iso3) {
    return position.containsKey(iso3);
  }

  /** The graph: land and sea edges (see {@link Border#land()}, {@link Border#sea()}); read-only. */
  public Graph<String, Border> graph() {
    return graph;
  }

  /** The border between two states, if they share one (by land or water). */
  public Optional<Border> border(String x, String y) {
    Map<String, Border> m = byState.get(x);
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(y));
  }

  /** A state's borders by neighbour, sorted; with {@code sea} false, only land borders. */
  public Map<String, Border> borders(String state, boolean sea) {
    Map<String, Border> m = byState.get(state);
    if (m == null) {
      throw new IllegalArgumentException(
          state + " is not a state of the " + year + " border graph");
    }
    if (sea) {
      return m;
    }
    Map<String, Border> out = new TreeMap<>();
    m.forEach(
        (k, v) -> {
          if (v.land()) {
            out.put(k, v);
          }
        });
    return Collections.unmodifiableMap(out);
  }

  /** How many edges are land borders. */
  public int landEdges() {
    int n = 0;
    for (int[] a : land) {
      n += a.length;
    }
    return n / 2;
  }

  /** The position of a state among {@link #states()}, or -1. */
  int indexOf(String iso3) {
    Integer i = position.get(iso3);
    return i == null ? -1 : i;
  }

  /** The adjacency arrays, land only or with sea links, by position. */
  int[][] adjacency(boolean sea) {
    return sea ? landAndSea : land;
  }

  /** The borders behind {@link #adjacency}, in the same positions. */
  Border[][] adjacentBorders(boolean sea) {
    return sea ? allBorders : landBorders;
  }
}
