package org.borderland.core.geography;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.model.GatewaySource;
import org.borderland.core.model.Model;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.PanelIndex;
import org.borderland.core.panel.PanelIndex.Found;
import org.borderland.core.panel.PanelIndex.Outcome;

/**
 * The border graph of each knowledge year and who shields whom in it, over one panel.
 *
 * <p>{@link #shielding} contracts the aggressor's region (the aggressor, the states it absorbed and
 * the allies the rules name) into one root, and lets a path pass only through passable states: any
 * state of the year except those in the rules' {@code noTransit} and the members of a rival
 * alliance that blocks in the year, unless the rules {@code allow} them. Any state can be a path's
 * end (China can be reached, and exposed, without being crossed). The states that shield U are the
 * dominators of U: see {@link Dominators} for the algorithm.
 *
 * <p>Rival-alliance membership comes from the Factbook's "International organization participation"
 * lists ({@code member_of}) as known in the year: a state is a member when the newest list
 * published by the end of the year (the year-end archive edition or a JSON snapshot, whichever is
 * later) names one of the alliance's keys. A state whose entry in the newest edition prints no list
 * is read from the newest earlier edition that does (the panel index's fallback); a state with no
 * list at all by then counts as a non-member. So NATO members block from the first edition that
 * lists them (e.g. Finland from the 2023 edition, Sweden from 2024).
 *
 * <p>Graphs and alliance memberships are built once per year and kept; a shielding costs one
 * breadth-first and one depth-first search over the year's graph. Safe to use from several threads.
 * As a {@link GatewaySource} it answers the model's gateway indicators.
 */
public final class Geography implements GatewaySource {
  private static final List<String> FACTBOOK = List.of("factbook-archive", "factbook-json");

  private final PanelIndex index;
  private final CountryRegistry registry;
  private final ConcurrentHashMap<Integer, BorderGraph> graphs = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Members> members = new ConcurrentHashMap<>();

  /**
   * The members of one alliance in one year: by state, and by position in the year's graph.
   *
   * @param byState the row naming the alliance, by state, sorted
   * @param rows per position in the graph's states, the row, or {@code null} for a non-member
   */
  private record Members(Map<String, Observation> byState, Observation[] rows) {}

  /** The geography of the panel behind {@code index}. */
  public Geography(PanelIndex index, CountryRegistry registry) {
    this.index = Objects.requireNonNull(index, "index");
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** The border graph of {@code year}, built on first use and kept. */
  public BorderGraph graph(int year) {
    BorderGraph g = graphs.get(year);
    if (g == null) {
      g = graphs.computeIfAbsent(year, y -> BorderGraph.build(index, registry, y));
    }
    return g;
  }

  /**
   * The states of {@code year} whose organisation list as known then names one of {@code keys},
   * each with the row that names it; sorted by state.
   */
  public Map<String, Observation> members(List<String> keys, int year) {
    return membersOf(keys, year).byState();
  }

  private Members membersOf(List<String> keys, int year) {
    String k = year + "|" + String.join("|", keys);
    Members m = members.get(k);
    if (m == null) {
      m = members.computeIfAbsent(k, x -> findMembers(keys, year));
    }
    return m;
  }

  private Members findMembers(List<String> keys, int year) {
    Map<String, Observation> out = new TreeMap<>();
    List<String> states = graph(year).states();
    Observation[] rows = new Observation[states.size()];
    for (int i = 0; i < rows.length; i++) {
      for (String key : keys) {
        Observation row = newestListNaming(states.get(i), key, year);
        if (row != null) {
          out.put(states.get(i), row);
          rows[i] = row;
          break;
        }
      }
    }
    return new Members(Collections.unmodifiableMap(out), rows);
  }

  /**
   * The row naming {@code key} in {@code state}'s newest organisation list as known in {@code
   * year}, or {@code null} when that list leaves it out (or there is none).
   */
  private Observation newestListNaming(String state, String key, int year) {
    Found newest = null;
    Observation newestRow = null;
    for (String dataset : FACTBOOK) {
      Found f = index.lookup(state, Indicators.MEMBER_OF, key, year, dataset, false);
      Observation row =
          f.outcome() == Outcome.NOT_LISTED
              ? f.listRow()
              : f.outcome() == Outcome.NONE ? null : f.observation();
      if (row != null && (newestRow == null || row.published().isAfter(newestRow.published()))) {
        newest = f;
        newestRow = row;
      }
    }
    return newest != null && newest.hasValue() && newest.value() > 0 ? newestRow : null;
  }

  /**
   * Who shields whom from {@code aggressor} in {@code year}.
   *
   * @param absorbed states the aggressor has absorbed (part of its region)
   * @param rules the transit rules; its allies join the region
   * @throws org.borderland.core.country.UnknownCountryException for a code the registry does not
   *     know, with suggestions
   * @throws IllegalArgumentException when the aggressor, an absorbed state or an ally is not a
   *     state of the year, or the aggressor is listed as absorbed
   */
  public Shielding shielding(
      String aggressor, Collection<String> absorbed, int year, TransitRules rules) {
    return shielding(aggressor, absorbed, year, rules, Map.of());
  }

  /**
   * As {@link #shielding(String, Collection, int, TransitRules)}, with alliance memberships changed
   * (a scenario): per state, per alliance name, whether it is a member, instead of what the
   * organisation lists say.
   */
  public Shielding shielding(
      String aggressor,
      Collection<String> absorbed,
      int year,
      TransitRules rules,
      Map<String, Map<String, Boolean>> memberships) {
    Objects.requireNonNull(rules, "rules");
    BorderGraph g = graph(year);
    String a = requireState(g, aggressor, "the aggressor");
    Set<String> region = new TreeSet<>();
    region.add(a);
    for (String c : absorbed) {
      String s = requireState(g, c, "the absorbed states");
      if (s.equals(a)) {
        throw new IllegalArgumentException(
            a + " is the aggressor; it cannot absorb itself (remove it from the absorbed states)");
      }
      region.add(s);
    }
    for (String c : rules.allies()) {
      region.add(requireState(g, c, "the allies"));
    }
    int n = g.states().size();
    boolean[] inRegion = new boolean[n];
    for (String s : region) {
      inRegion[g.indexOf(s)] = true;
    }
    boolean[] allowed = new boolean[n];
    for (String c : rules.allow()) {
      int i = g.indexOf(registry.get(c, "allow").iso3());
      if (i >= 0) {
        allowed[i] = true;
      }
    }
    int[] why = new int[n];
    Arrays.fill(why, Shielding.PASSABLE);
    for (String c : rules.noTransit()) {
      int i = g.indexOf(registry.get(c, "noTransit").iso3());
      if (i >= 0) {
        why[i] = Shielding.NO_TRANSIT;
      }
    }
    // Alliances the aggressor belongs to in the year block nothing.
    List<String> blocking = new ArrayList<>(rules.rivalAlliances().size());
    Observation[] whyRow = new Observation[n];
    for (String alliance : rules.rivalAlliances()) {
      Members m = membersOf(rules.allianceKeys().get(alliance), year);
      if (m.rows()[g.indexOf(a)] != null) {
        continue;
      }
      int k = blocking.size();
      blocking.add(alliance);
      for (int i = 0; i < n; i++) {
        if (m.rows()[i] != null && why[i] == Shielding.PASSABLE) {
          why[i] = k;
          whyRow[i] = m.rows()[i];
        }
      }
    }
    for (Map.Entry<String, Map<String, Boolean>> e : memberships.entrySet()) {
      int i = g.indexOf(e.getKey());
      if (i < 0) {
        continue;
      }
      for (Map.Entry<String, Boolean> c : e.getValue().entrySet()) {
        int k = blocking.indexOf(c.getKey());
        if (k < 0) {
          continue;
        }
        if (c.getValue() && why[i] == Shielding.PASSABLE) {
          why[i] = k;
          whyRow[i] = null; // a membership the scenario adds: no row names it
        } else if (!c.getValue() && why[i] == k) {
          why[i] = Shielding.PASSABLE;
          whyRow[i] = null;
        }
      }
    }
    boolean[] passable = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (inRegion[i] || allowed[i]) {
        why[i] = Shielding.PASSABLE;
      }
      passable[i] = why[i] == Shielding.PASSABLE;
    }
    Dominators.Result r = Dominators.compute(g.adjacency(rules.sea()), inRegion, passable);
    return new Shielding(a, year, rules, g, inRegion, blocking, why, whyRow, r);
  }

  private String requireState(BorderGraph g, String code, String where) {
    Country c = registry.get(code, where);
    if (!g.contains(c.iso3())) {
      throw new IllegalArgumentException(
          where
              + ": "
              + c.iso3()
              + " ("
              + c.name()
              + ") is not a state in "
              + g.year()
              + (c.isState()
                  ? " (it existed "
                      + c.fromYear()
                      + "–"
                      + (c.toYear() == null ? "" : c.toYear())
                      + ")"
                  : " (it is a dependent territory)"));
    }
    return c.iso3();
  }

  /**
   * What each target shields among {@code targets} under the aggressor's {@link
   * TransitRules#defaults default rules}, nothing absorbed; one shielding per call.
   */
  @Override
  public Answer shielded(Model model, String aggressor, int year, List<String> targets) {
    BorderGraph g = graph(year);
    Map<String, Shielded> out = new LinkedHashMap<>();
    if (!g.contains(aggressor)) {
      String why = aggressor + " is not a state of the " + year + " border graph";
      for (String t : targets) {
        out.put(t, Shielded.missing(why));
      }
      return new Answer(TransitRules.defaults(model, aggressor).describe(), out);
    }
    return answer(
        shielding(aggressor, List.of(), year, TransitRules.defaults(model, aggressor)), targets);
  }

  /** What each target shields among {@code targets} under a shielding already computed. */
  public Answer answer(Shielding s, List<String> targets) {
    BorderGraph g = s.graph();
    int year = s.year();
    Map<String, Shielded> out = new LinkedHashMap<>();
    Map<String, Gateways.Gateway> all = Gateways.all(s, targets, targets);
    for (String t : targets) {
      Gateways.Gateway gw = all.get(t);
      if (gw == null) {
        out.put(
            t,
            Shielded.missing(
                t
                    + (g.contains(t)
                        ? " is in the aggressor's region"
                        : " is not a state of the "
                            + year
                            + " border graph (a territory or no state)")));
      } else {
        out.put(t, new Shielded(gw.shielded(), gw.route(), null));
      }
    }
    return new Answer(s.describeRules(), out);
  }
}
