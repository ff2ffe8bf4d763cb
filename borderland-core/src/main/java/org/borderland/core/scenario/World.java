package org.borderland.core.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.borderland.core.scenario.Scenario.TransitChange;
import org.borderland.core.scenario.Scenario.ValueOverride;

/**
 * What an aggressor controls and what has changed, in one knowledge year: the states it has
 * absorbed, bloc memberships added or removed, indicator values set, and transit rules changed.
 * Built from a {@link Scenario} and checked by {@link WorldScorer#world}; a cascade grows it one
 * absorption at a time.
 *
 * @param aggressor the aggressor's ISO3
 * @param year the knowledge year
 * @param absorbed the states absorbed into the aggressor, in order (ISO3)
 * @param memberships per country (ISO3), per bloc name: whether it is a member
 * @param values per country (ISO3), per indicator id: the value set
 * @param transit changes to the transit rules, or {@code null}
 */
public record World(
    String aggressor,
    int year,
    List<String> absorbed,
    Map<String, Map<String, Boolean>> memberships,
    Map<String, Map<String, ValueOverride>> values,
    TransitChange transit) {

  /** Copies the collections; the aggressor is never among the absorbed. */
  public World {
    Objects.requireNonNull(aggressor, "aggressor");
    absorbed = List.copyOf(absorbed);
    if (absorbed.contains(aggressor)) {
      throw new IllegalArgumentException(aggressor + " cannot absorb itself");
    }
    memberships = copy(memberships);
    values = copy(values);
  }

  private static <V> Map<String, Map<String, V>> copy(Map<String, Map<String, V>> m) {
    Map<String, Map<String, V>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    return Collections.unmodifiableMap(out);
  }

  /** The world as it is: nothing absorbed or changed. */
  public static World asIs(String aggressor, int year) {
    return new World(aggressor, year, List.of(), Map.of(), Map.of(), null);
  }

  /** The aggressor's controlled region: the aggressor, then the absorbed states. */
  public List<String> region() {
    List<String> r = new ArrayList<>(absorbed.size() + 1);
    r.add(aggressor);
    r.addAll(absorbed);
    return r;
  }

  /** This world with one more state absorbed. */
  public World absorb(String state) {
    List<String> a = new ArrayList<>(absorbed);
    a.add(state);
    return new World(aggressor, year, a, memberships, values, transit);
  }

  /** Whether nothing is absorbed or changed. */
  public boolean isAsIs() {
    return absorbed.isEmpty() && memberships.isEmpty() && values.isEmpty() && transit == null;
  }

  /** The bloc changes of one country (empty when none). */
  public Map<String, Boolean> membershipsOf(String country) {
    return memberships.getOrDefault(country, Map.of());
  }
}
