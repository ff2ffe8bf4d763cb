package org.borderland.core.geography;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Who shields whom from an aggressor in one knowledge year, under one set of transit rules: for
 * every state of the year outside the aggressor's region, whether it is reachable, its hop
 * distance, whether it is exposed, and the states that shield it (see {@link Geography#shielding}).
 *
 * <p>T <em>shields</em> U when every admissible path from the region to U passes through T.
 * Immutable; the gateway lists are made on first use.
 */
public final class Shielding {
  private final String aggressor;
  private final int year;
  private final TransitRules rules;
  private final List<String> region;
  private final List<String> blocking;
  private final Map<String, String> impassable;
  private final Map<String, Exposure> exposures;
  private final BorderGraph graph;
  private volatile Map<String, List<String>> gateways;

  Shielding(
      String aggressor,
      int year,
      TransitRules rules,
      List<String> region,
      List<String> blocking,
      Map<String, String> impassable,
      Map<String, Exposure> exposures,
      BorderGraph graph) {
    this.aggressor = Objects.requireNonNull(aggressor, "aggressor");
    this.year = year;
    this.rules = Objects.requireNonNull(rules, "rules");
    this.region = List.copyOf(region);
    this.blocking = List.copyOf(blocking);
    this.impassable = Collections.unmodifiableMap(new TreeMap<>(impassable));
    this.exposures = Collections.unmodifiableMap(new TreeMap<>(exposures));
    this.graph = Objects.requireNonNull(graph, "graph");
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

  /**
   * The states outside the region a path may not pass through, with why, e.g. {@code CHN →
   * noTransit} or {@code POL → NATO member (factbook-archive 2021 edition)}; sorted.
   */
  public Map<String, String> impassable() {
    return impassable;
  }

  /** The year's border graph. */
  public BorderGraph graph() {
    return graph;
  }

  /** Every state that existed in the year except the region, sorted. */
  public List<String> states() {
    return List.copyOf(exposures.keySet());
  }

  /**
   * How {@code iso3} stands.
   *
   * @throws IllegalArgumentException for a state of the region or one absent from the year
   */
  public Exposure of(String iso3) {
    Exposure e = exposures.get(iso3);
    if (e == null) {
      throw new IllegalArgumentException(
          iso3
              + (region.contains(iso3)
                  ? " is in the aggressor's region " + region
                  : " is not a state of the " + year + " border graph"));
    }
    return e;
  }

  /** Every exposure, by state, sorted. */
  public Map<String, Exposure> exposures() {
    return exposures;
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
      for (Exposure e : exposures.values()) { // sorted by state: each list comes out sorted
        for (String d : e.shieldedBy()) {
          m.computeIfAbsent(d, k -> new ArrayList<>()).add(e.state());
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
}
