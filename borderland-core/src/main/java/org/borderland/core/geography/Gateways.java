package org.borderland.core.geography;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.borderland.core.panel.Observation;

/** What states shield among a list of candidates, and the rows that make their routes. */
public final class Gateways {
  private Gateways() {}

  /**
   * What a target shields among the candidates.
   *
   * @param target ISO3
   * @param shielded the candidates it shields, sorted
   * @param route the rows citing the target's borders on the route: from the target's own
   *     land-boundary list where it names the neighbour (else the neighbour's list, else COW), for
   *     each neighbour in the region or nearer to it (and passable), and each candidate it shields
   *     that borders it; empty when the target is unreachable
   */
  public record Gateway(String target, List<String> shielded, List<Observation> route) {
    /** Copies the lists. */
    public Gateway {
      Objects.requireNonNull(target, "target");
      shielded = List.copyOf(shielded);
      route = List.copyOf(route);
    }

    /** How many candidates it shields. */
    public int count() {
      return shielded.size();
    }

    /**
     * Their total population by {@code population} (a state's figure, or {@code null} when it has
     * none); {@code null} when one of them has none, 0 when it shields none.
     */
    public Double population(Function<String, Double> population) {
      double sum = 0;
      for (String s : shielded) {
        Double p = population.apply(s);
        if (p == null) {
          return null;
        }
        sum += p;
      }
      return sum;
    }
  }

  /**
   * What {@code target} shields among {@code candidates} under {@code shielding}.
   *
   * @throws IllegalArgumentException when the target is in the region or not a state of the year
   */
  public static Gateway of(Shielding shielding, String target, Collection<String> candidates) {
    shielding.of(target); // checks the target
    List<String> one = new ArrayList<>(candidates);
    if (!one.contains(target)) {
      one.add(target);
    }
    return all(shielding, one, List.of(target)).get(target);
  }

  /**
   * What each of {@code targets} shields among {@code candidates}, in one pass over the shielding:
   * linear in the graph whatever the number of targets. Targets that are not states of the year or
   * lie in the region are left out of the map.
   */
  public static Map<String, Gateway> all(
      Shielding shielding, Collection<String> candidates, Collection<String> targets) {
    BorderGraph g = shielding.graph();
    List<String> states = g.states();
    int n = states.size();
    boolean[] among = new boolean[n];
    for (String c : candidates) {
      int i = g.indexOf(c);
      if (i >= 0) {
        among[i] = true;
      }
    }
    boolean[] asked = new boolean[n];
    for (String t : targets) {
      int i = g.indexOf(t);
      if (i >= 0 && !shielding.inRegion(i)) {
        asked[i] = true;
      }
    }
    @SuppressWarnings("unchecked")
    List<String>[] shielded = new List[n];
    for (int u = 0; u < n; u++) { // in state order: each list comes out sorted
      if (!among[u] || shielding.inRegion(u)) {
        continue;
      }
      int[] d = shielding.dominators(u);
      if (d == null) {
        continue;
      }
      for (int k : d) {
        if (asked[k]) {
          if (shielded[k] == null) {
            shielded[k] = new ArrayList<>(4);
          }
          shielded[k].add(states.get(u));
        }
      }
    }
    int[][] adj = g.adjacency(shielding.rules().sea());
    Border[][] borders = g.adjacentBorders(shielding.rules().sea());
    Map<String, Gateway> out = new LinkedHashMap<>();
    for (String target : targets) {
      int t = g.indexOf(target);
      if (t < 0 || !asked[t] || out.containsKey(target)) {
        continue;
      }
      List<Observation> route = new ArrayList<>(4);
      int ht = shielding.hops(t);
      if (ht > 0) {
        for (int k = 0; k < adj[t].length; k++) {
          int w = adj[t][k];
          boolean onRoute =
              shielding.inRegion(w)
                  || (among[w] && contains(shielding.dominators(w), t))
                  || (shielding.passable(w) && shielding.hops(w) > 0 && shielding.hops(w) < ht);
          Observation row = onRoute ? borders[t][k].citation(target) : null;
          if (row != null) {
            route.add(row);
          }
        }
      }
      out.put(target, new Gateway(target, shielded[t] == null ? List.of() : shielded[t], route));
    }
    return out;
  }

  private static boolean contains(int[] a, int x) {
    if (a == null) {
      return false;
    }
    for (int v : a) {
      if (v == x) {
        return true;
      }
    }
    return false;
  }
}
