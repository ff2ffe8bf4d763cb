package org.borderland.core.geography;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.borderland.core.panel.Observation;

/** What one state shields among a list of candidates, and the rows that make its route. */
public final class Gateways {
  private Gateways() {}

  /**
   * What a target shields among the candidates.
   *
   * @param target ISO3
   * @param shielded the candidates it shields, sorted
   * @param route the rows citing the target's borders on the route: from the target's own
   *     land-boundary list where it names the neighbour (else the neighbour's list, else COW), for
   *     each neighbour in the region or nearer to it, and each neighbour it shields
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
    Exposure t = shielding.of(target);
    Set<String> among = candidates instanceof Set<String> s ? s : new HashSet<>(candidates);
    List<String> shielded = new ArrayList<>();
    for (String u : shielding.shields(target)) {
      if (among.contains(u)) {
        shielded.add(u);
      }
    }
    List<Observation> route = new ArrayList<>();
    if (t.reachable()) {
      Set<String> region = new HashSet<>(shielding.region());
      for (Map.Entry<String, Border> e :
          shielding.graph().borders(target, shielding.rules().sea()).entrySet()) {
        String n = e.getKey();
        boolean onRoute =
            region.contains(n)
                || shielded.contains(n)
                || (!shielding.impassable().containsKey(n)
                    && shielding.of(n).reachable()
                    && shielding.of(n).hops() < t.hops());
        Observation row = onRoute ? e.getValue().citation(target) : null;
        if (row != null) {
          route.add(row);
        }
      }
    }
    return new Gateway(target, shielded, route);
  }
}
