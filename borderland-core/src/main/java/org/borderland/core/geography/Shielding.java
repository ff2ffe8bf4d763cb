package org.borderland.core.geography;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.borderland.core.panel.Observation;

/**
 * Who shields whom from an aggressor in one knowledge year, under one set of transit rules: for
 * every state of the year outside the aggressor's region, whether it is reachable, its hop
 * distance, whether it is exposed, and the states that shield it (see {@link Geography#shielding}).
 *
 * <p>T <em>shields</em> U when every admissible path from the region to U passes through T.
 * Immutable. It keeps the search's arrays; the maps and lists are made on first use, so that a
 * caller reading a few states (the gateway indicator) pays for no more.
 */
public final class Shielding {
  /** Why a state cannot be passed through: not at all (passable), or the no-transit list. */
  static final int PASSABLE = -2;

  static final int NO_TRANSIT = -1;

  private final String aggressor;
  private final int year;
  private final TransitRules rules;
  private final BorderGraph graph;
  private final boolean[] inRegion;
  private final List<String> region;
  private final List<String> blocking;

  /** Per state: {@link #PASSABLE}, {@link #NO_TRANSIT}, or the blocking alliance's position. */
  private final int[] why;

  /** Per state blocked by an alliance, the row that names the alliance in its list. */
  private final Observation[] whyRow;

  private final Dominators.Result result;
  private volatile Map<String, Exposure> exposures;
  private volatile Map<String, List<String>> gateways;
  private volatile Map<String, String> impassable;

  Shielding(
      String aggressor,
      int year,
      TransitRules rules,
      BorderGraph graph,
      boolean[] inRegion,
      List<String> blocking,
      int[] why,
      Observation[] whyRow,
      Dominators.Result result) {
    this.aggressor = Objects.requireNonNull(aggressor, "aggressor");
    this.year = year;
    this.rules = Objects.requireNonNull(rules, "rules");
    this.graph = Objects.requireNonNull(graph, "graph");
    this.inRegion = inRegion;
    List<String> r = new ArrayList<>();
    for (int i = 0; i < inRegion.length; i++) {
      if (inRegion[i]) {
        r.add(graph.states().get(i));
      }
    }
    this.region = List.copyOf(r);
    this.blocking = List.copyOf(blocking);
    this.why = why;
    this.whyRow = whyRow;
    this.result = result;
  }

  /** The aggressor (ISO3). */
  public String aggressor() {
    return aggressor;
  }

  /** The knowledge year. */
  public int year() {
    return year;
  }

  /** The rules as given. */
  public TransitRules rules() {
    return rules;
  }

  /** The aggressor's region: the aggressor, the absorbed states and the allies, sorted. */
  public List<String> region() {
    return region;
  }

  /**
   * The rival alliances that block transit in the year: the rules' alliances except any the
   * aggressor belongs to then.
   */
  public List<String> blockingAlliances() {
    return blocking;
  }

  /** The year's border graph. */
  public BorderGraph graph() {
    return graph;
  }

  /**
   * The states outside the region a path may not pass through, with why, e.g. {@code CHN →
   * noTransit} or {@code POL → NATO member (factbook-archive 2021 edition)}; sorted.
   */
  public Map<String, String> impassable() {
    Map<String, String> m = impassable;
    if (m == null) {
      Map<String, String> out = new LinkedHashMap<>(); // states are sorted
      for (int i = 0; i < why.length; i++) {
        if (why[i] == NO_TRANSIT) {
          out.put(graph.states().get(i), "noTransit");
        } else if (why[i] >= 0) {
          Observation row = whyRow[i];
          out.put(
              graph.states().get(i),
              blocking.get(why[i])
                  + " member ("
                  + (row == null
                      ? "scenario"
                      : row.source().dataset() + " " + row.edition() + " edition")
                  + ")");
        }
      }
      m = Collections.unmodifiableMap(out);
      impassable = m;
    }
    return m;
  }

  /** Every state that existed in the year except the region, sorted. */
  public List<String> states() {
    return List.copyOf(exposures().keySet());
  }

  /**
   * How {@code iso3} stands.
   *
   * @throws IllegalArgumentException for a state of the region or one absent from the year
   */
  public Exposure of(String iso3) {
    int i = graph.indexOf(iso3);
    if (i < 0 || inRegion[i]) {
      throw new IllegalArgumentException(
          iso3
              + (i >= 0
                  ? " is in the aggressor's region " + region
                  : " is not a state of the " + year + " border graph"));
    }
    Map<String, Exposure> m = exposures;
    return m != null ? m.get(iso3) : exposure(i);
  }

  private Exposure exposure(int i) {
    int h = result.hops()[i];
    int[] d = result.dominators()[i];
    List<String> by;
    if (d == null || d.length == 0) {
      by = List.of();
    } else {
      String[] names = new String[d.length];
      for (int k = 0; k < d.length; k++) {
        names[k] = graph.states().get(d[k]);
      }
      by = List.of(names);
    }
    return new Exposure(graph.states().get(i), h > 0, h > 0 ? h : null, result.exposed()[i], by);
  }

  /** Every exposure, by state, sorted. */
  public Map<String, Exposure> exposures() {
    Map<String, Exposure> m = exposures;
    if (m == null) {
      Map<String, Exposure> out = new LinkedHashMap<>(); // states are sorted
      for (int i = 0; i < inRegion.length; i++) {
        if (!inRegion[i]) {
          out.put(graph.states().get(i), exposure(i));
        }
      }
      m = Collections.unmodifiableMap(out);
      exposures = m;
    }
    return m;
  }

  /** The states {@code state} shields, sorted; empty when it shields none (or is unknown). */
  public List<String> shields(String state) {
    return gateways().getOrDefault(state, List.of());
  }

  /** Each state that shields at least one other, with the states it shields; sorted. */
  public Map<String, List<String>> gateways() {
    Map<String, List<String>> g = gateways;
    if (g == null) {
      Map<String, List<String>> m = new TreeMap<>();
      for (int u = 0; u < inRegion.length; u++) { // in state order: each list comes out sorted
        int[] d = result.dominators()[u];
        if (d != null && !inRegion[u]) {
          for (int k : d) {
            m.computeIfAbsent(graph.states().get(k), x -> new ArrayList<>())
                .add(graph.states().get(u));
          }
        }
      }
      m.replaceAll((k, v) -> List.copyOf(v));
      g = Collections.unmodifiableMap(m);
      gateways = g;
    }
    return g;
  }

  /**
   * The rules in one line with the year and the alliances that block in it, e.g. {@code land graph
   * 2021; no transit through CHN, IRN or NATO members}.
   */
  public String describeRules() {
    return rules.describe(blocking, year);
  }

  // Package-private views of the search, by position in the graph's states, for Gateways.

  boolean inRegion(int i) {
    return inRegion[i];
  }

  boolean passable(int i) {
    return why[i] == PASSABLE;
  }

  int hops(int i) {
    return result.hops()[i];
  }

  int[] dominators(int i) {
    return result.dominators()[i];
  }

  @Override
  public String toString() {
    return "Shielding["
        + aggressor
        + " "
        + year
        + ", "
        + describeRules()
        + ", region "
        + region
        + ", gateways "
        + Arrays.toString(gateways().keySet().toArray())
        + "]";
  }
}
