package org.borderland.core.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.borderland.core.concurrent.Lru;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.geography.Exposure;
import org.borderland.core.geography.Geography;
import org.borderland.core.geography.Shielding;
import org.borderland.core.geography.TransitRules;
import org.borderland.core.indicator.RawCalculator;
import org.borderland.core.model.AggressorProfile;
import org.borderland.core.model.Candidate;
import org.borderland.core.model.CandidateSet;
import org.borderland.core.model.Candidates;
import org.borderland.core.model.Definition;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.RawValue;
import org.borderland.core.model.Reach;
import org.borderland.core.panel.Observation;
import org.borderland.core.scenario.Scenario.Absorption;
import org.borderland.core.scenario.Scenario.MembershipChange;
import org.borderland.core.scenario.Scenario.ValueOverride;
import org.borderland.core.score.Scorer;
import org.borderland.core.score.Scoring;
import org.borderland.core.score.TargetResult;
import org.borderland.core.text.Suggestions;

/**
 * Scores the candidates of a {@link World}: the aggressor's controlled region (the aggressor and
 * the states it absorbed) faces the region's neighbours.
 *
 * <p>What absorption changes: the candidates are the default candidates of every state in the
 * region (land and sea neighbours and one land border further), less the region itself; the
 * target's shared land border is the sum of its borders with every state of the region; contiguity
 * is the closest of the region's; every ratio of capacity (population, economy, military) divides
 * the region's total by the target's — the sum of the members' ratios, each as known. Everything
 * else (the aggressor's kin and language, its blocs and rivals, its disputes and leaders) stays the
 * aggressor's own. Bloc changes recompute the bloc indicators of the country concerned; a value set
 * replaces the raw value and cites the scenario. With nothing absorbed or changed the result is
 * exactly {@link Scorer#score} on the default candidates.
 */
public final class WorldScorer {
  private final Model model;
  private final RawCalculator calculator;
  private final Scorer scorer;
  private final Candidates candidates;
  private final CountryRegistry registry;
  private final Geography geography;

  /**
   * The default candidates of an aggressor in a year, and the raw values of worlds as they are, by
   * aggressor, year and targets: they depend only on the panel and the model, which do not change
   * for this scorer, so repeated requests reuse them (every ranking is still computed from them
   * through the pipeline).
   */
  private final Lru<List<Object>, CandidateSet> defaults = new Lru<>(64);

  private final Lru<List<Object>, RawTable> asIs = new Lru<>(64);

  /**
   * @param model the model to score with (possibly reweighted); it must have the indicators of
   *     {@code calculator}'s model
   * @param calculator raw values over the panel
   */
  public WorldScorer(
      Model model, RawCalculator calculator, Candidates candidates, CountryRegistry registry) {
    this(model, calculator, candidates, registry, null);
  }

  /**
   * A scorer whose worlds also have geography: shielding and the gateway indicator follow the
   * region and the transit rules, absorbing needs a state the region can reach, and a cascade
   * absorbs only states bordering the region in the graph.
   *
   * @param geography the border graphs, or {@code null} to go by the candidate rule alone
   */
  public WorldScorer(
      Model model,
      RawCalculator calculator,
      Candidates candidates,
      CountryRegistry registry,
      Geography geography) {
    this.geography = geography;
    this.model = Objects.requireNonNull(model, "model");
    this.calculator = Objects.requireNonNull(calculator, "calculator");
    this.scorer = new Scorer(model, calculator);
    this.candidates = Objects.requireNonNull(candidates, "candidates");
    this.registry = Objects.requireNonNull(registry, "registry");
    if (!model.indicatorIds().equals(calculator.model().indicatorIds())) {
      throw new IllegalArgumentException(
          "The scoring model '"
              + model.id()
              + "' has other indicators than the calculator's model '"
              + calculator.model().id()
              + "'");
    }
  }

  /** The model scored with. */
  public Model model() {
    return model;
  }

  /** The scorer (for scoring worlds' raw tables and explaining them). */
  public Scorer scorer() {
    return scorer;
  }

  /**
   * The world a scenario describes for an aggressor and year, checked entry by entry; each message
   * names the entry's file and line.
   *
   * @throws org.borderland.core.country.UnknownCountryException for an unknown code, with
   *     suggestions
   * @throws IllegalArgumentException for a state that did not exist in the year or is not a state,
   *     absorbing the aggressor itself or a state twice, absorbing a state the region cannot reach,
   *     an unknown indicator or bloc, a value out of range, or a scenario written for another
   *     aggressor
   */
  public World world(Scenario s, String aggressor, int year) {
    if (s.aggressor() != null && !s.aggressor().equals(aggressor)) {
      throw new IllegalArgumentException(
          s.origin()
              + ": the scenario is written for aggressor "
              + s.aggressor()
              + ", not "
              + aggressor
              + "; run it for the aggressor "
              + s.aggressor()
              + " or change its aggressor field");
    }
    Map<String, Map<String, Boolean>> memberships = new LinkedHashMap<>();
    AggressorProfile profile = model.profile(aggressor);
    Set<String> blocs = new TreeSet<>(profile.blocs().keySet());
    blocs.addAll(profile.rivalBlocs().keySet());
    blocs.add(TransitRules.NATO); // the default rival alliance of the transit rules
    for (MembershipChange m : s.memberships()) {
      String c = state(m.country(), year, m.origin(), "membership");
      if (!blocs.contains(m.bloc())) {
        throw new IllegalArgumentException(
            m.origin()
                + ": model '"
                + model.id()
                + "' names no bloc '"
                + m.bloc()
                + "' for "
                + aggressor
                + (blocs.isEmpty()
                    ? ""
                    : "; its blocs and rival blocs: " + String.join(", ", blocs))
                + Suggestions.closest(m.bloc(), blocs, Math.max(2, m.bloc().length() / 3))
                    .map(b -> "; did you mean " + b + "?")
                    .orElse("")
                + " (add the bloc under aggressors: "
                + aggressor
                + " in the model file to use it)");
      }
      memberships.computeIfAbsent(c, k -> new TreeMap<>()).put(m.bloc(), m.join());
    }
    Map<String, Map<String, ValueOverride>> values = new LinkedHashMap<>();
    for (ValueOverride v : s.values()) {
      String c = state(v.country(), year, v.origin(), "set");
      IndicatorSpec spec =
          model
              .indicator(v.indicator())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          v.origin()
                              + ": model '"
                              + model.id()
                              + "' has no indicator '"
                              + v.indicator()
                              + "'"
                              + Suggestions.closest(
                                      v.indicator(),
                                      model.indicatorIds(),
                                      Math.max(2, v.indicator().length() / 3))
                                  .map(b -> "; did you mean " + b + "?")
                                  .orElse("")
                              + "; its indicators: "
                              + String.join(", ", model.indicatorIds())));
      ValueRange range = ValueRange.of(spec);
      if (!range.allows(v.value())) {
        throw new IllegalArgumentException(
            v.origin()
                + ": "
                + fmt(v.value())
                + " is out of range for "
                + spec.id()
                + " ("
                + spec.unit()
                + "): use "
                + range.describe());
      }
      values.computeIfAbsent(c, k -> new LinkedHashMap<>()).put(spec.id(), v);
    }
    Scenario.TransitChange transit = checkedTransit(s.transit(), year);
    World w = new World(aggressor, year, List.of(), memberships, values, transit);
    for (Absorption a : s.absorb()) {
      String x = state(a.state(), year, a.origin(), "absorb");
      if (x.equals(aggressor)) {
        throw new IllegalArgumentException(
            a.origin() + ": absorb lists the aggressor " + x + " itself; remove it");
      }
      if (w.absorbed().contains(x)) {
        throw new IllegalArgumentException(
            a.origin() + ": absorb lists " + x + " twice; remove one");
      }
      String unreachable = unreachable(w, x);
      if (unreachable != null) {
        throw new IllegalArgumentException(
            a.origin()
                + ": "
                + x
                + " ("
                + registry.get(x).name()
                + ") cannot be reached from "
                + String.join("+", w.region())
                + " in "
                + year
                + ": "
                + unreachable
                + "; absorb a state between them first, or change the transit rules");
      }
      w = w.absorb(x);
    }
    return w;
  }

  /** Why {@code x} cannot be reached from the world's region, or null when it can. */
  private String unreachable(World w, String x) {
    if (geography != null) {
      Shielding sh = shielding(w);
      Exposure e = sh.exposures().get(x);
      if (e != null && e.reachable()) {
        return null;
      }
      return "no admissible path leads there (" + sh.describeRules() + ")";
    }
    CandidateSet reach = candidates(w);
    if (reach.find(x).isPresent()) {
      return null;
    }
    return "it is not a land or sea neighbour of the region, nor one land border further through"
        + " a state the aggressor could cross (weaker or allied, never "
        + String.join(", ", reach.noTransit())
        + ")";
  }

  /** The scenario's transit change with every code checked and made an ISO3; null stays null. */
  private Scenario.TransitChange checkedTransit(Scenario.TransitChange t, int year) {
    if (t == null) {
      return null;
    }
    return new Scenario.TransitChange(
        codes(t.allies(), year, t.origin(), "transit.allies"),
        codes(t.noTransit(), year, t.origin(), "transit.noTransit"),
        codes(t.allow(), year, t.origin(), "transit.allow"),
        t.rivalAlliances(),
        t.sea(),
        t.origin());
  }

  private List<String> codes(List<String> codes, int year, Origin origin, String field) {
    if (codes == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String c : codes) {
      out.add(state(c, year, origin, field));
    }
    return out;
  }

  /**
   * The transit rules of a world: the aggressor's defaults under the model, with the world's
   * transit changes over them (an alliance named there keeps the {@code member_of} keys the model's
   * rival blocs give it).
   */
  public TransitRules rules(World w) {
    TransitRules r = TransitRules.defaults(model, w.aggressor());
    Scenario.TransitChange t = w.transit();
    if (t == null) {
      return r;
    }
    if (t.noTransit() != null) {
      r = r.withNoTransit(t.noTransit());
    }
    if (t.allies() != null) {
      r = r.withAllies(t.allies());
    }
    if (t.allow() != null) {
      r = r.withAllowed(t.allow());
    }
    if (t.rivalAlliances() != null) {
      Map<String, List<String>> keys = new LinkedHashMap<>();
      for (String a : t.rivalAlliances()) {
        keys.put(a, model.profile(w.aggressor()).rivalBlocs().getOrDefault(a, List.of(a)));
      }
      r = r.withRivalAlliances(keys);
    }
    if (t.sea() != null) {
      r = r.withSea(t.sea());
    }
    return r;
  }

  /**
   * Who shields whom in a world: its region, its transit rules (or {@code rules} when given) and
   * its alliance memberships.
   *
   * @throws IllegalStateException when the scorer has no geography
   */
  public Shielding shielding(World w, TransitRules rules) {
    if (geography == null) {
      throw new IllegalStateException("This scorer was built without geography");
    }
    return geography.shielding(
        w.aggressor(), w.absorbed(), w.year(), rules != null ? rules : rules(w), w.memberships());
  }

  /** {@link #shielding(World, TransitRules)} under the world's own rules. */
  public Shielding shielding(World w) {
    return shielding(w, null);
  }

  private String state(String code, int year, Origin origin, String field) {
    Country c = registry.get(code, origin + " (" + field + ")");
    if (!c.isState()) {
      throw new IllegalArgumentException(
          origin + ": " + c.iso3() + " (" + c.name() + ") is a dependent territory, not a state");
    }
    c.requireExistsIn(year, origin.toString());
    return c.iso3();
  }

  /**
   * The candidates of a world at {@link Reach#LAND}: the default candidates of every state in the
   * region, less the region; each keeps every route by which some member reaches it.
   */
  public CandidateSet candidates(World w) {
    return candidates(w, Reach.LAND);
  }

  /**
   * The candidates of a world at a reach: the default candidates around every state in the region
   * (whether a neighbour can be crossed judged for the aggressor), less the region; each keeps
   * every route by which some member reaches it, and the set keeps every member's notes.
   */
  public CandidateSet candidates(World w, Reach reach) {
    CandidateSet own =
        defaults.get(
            List.of(w.aggressor(), w.year(), reach),
            k -> candidates.of(model, w.aggressor(), w.year(), reach));
    if (w.absorbed().isEmpty()) {
      return own;
    }
    Map<String, Set<Candidate.Route>> routes = new TreeMap<>();
    Map<String, Set<String>> via = new TreeMap<>();
    Set<String> notes = new LinkedHashSet<>(own.notes());
    List<String> region = w.region();
    for (String member : region) {
      CandidateSet set =
          member.equals(w.aggressor())
              ? own
              : candidates.around(member, w.aggressor(), w.year(), own.noTransit(), reach);
      notes.addAll(set.notes());
      for (Candidate c : set.candidates()) {
        if (region.contains(c.iso3())) {
          continue;
        }
        routes
            .computeIfAbsent(c.iso3(), k -> EnumSet.noneOf(Candidate.Route.class))
            .addAll(c.routes());
        Set<String> v = via.computeIfAbsent(c.iso3(), k -> new TreeSet<>());
        for (String through : c.via()) {
          if (!region.contains(through)) {
            v.add(through);
          }
        }
      }
    }
    List<Candidate> out = new ArrayList<>();
    routes.forEach((c, r) -> out.add(new Candidate(c, r, List.copyOf(via.get(c)))));
    return new CandidateSet(
        w.aggressor(), w.year(), out, own.noTransit(), false, reach, List.copyOf(notes));
  }

  /**
   * The candidates that border the region directly (by land, or across water where the candidate
   * rule counts it), not only one border further.
   */
  public List<String> exposed(World w, CandidateSet set) {
    if (geography != null) {
      Map<String, Exposure> ex = shielding(w).exposures();
      List<String> out = new ArrayList<>();
      for (String c : set.codes()) {
        Exposure e = ex.get(c);
        if (e != null && e.exposed()) {
          out.add(c);
        }
      }
      return out;
    }
    return exposed(set);
  }

  /** The candidates bordering the region by the candidate rule's routes (without geography). */
  public List<String> exposed(CandidateSet set) {
    List<String> out = new ArrayList<>();
    for (Candidate c : set.candidates()) {
      Set<Candidate.Route> r = EnumSet.copyOf(c.routes());
      r.remove(Candidate.Route.ONE_FURTHER);
      r.remove(Candidate.Route.GLOBAL);
      if (!r.isEmpty()) {
        out.add(c.iso3());
      }
    }
    return out;
  }

  /**
   * The region's capacity: total population and GDP (USD at official rates) of its states as known
   * in the year, under the sourcing of the model's population and GDP ratios (the Factbook's by
   * default).
   */
  public Capacity capacity(World w) {
    IndicatorSpec pop = quantitySpec(Definition.Quantity.POPULATION);
    IndicatorSpec gdp = quantitySpec(Definition.Quantity.GDP);
    double population = 0;
    double gdpUsd = 0;
    List<String> missing = new ArrayList<>();
    for (String r : w.region()) {
      RawValue p = calculator.quantity(r, Definition.Quantity.POPULATION, w.year(), pop);
      RawValue g = calculator.quantity(r, Definition.Quantity.GDP, w.year(), gdp);
      if (p.isFilled()) {
        population += p.value();
      } else {
        missing.add(r + " population: " + p.note());
      }
      if (g.isFilled()) {
        gdpUsd += g.value();
      } else {
        missing.add(r + " GDP: " + g.note());
      }
    }
    return new Capacity(population, gdpUsd, missing);
  }

  /**
   * A region's capacity.
   *
   * @param population persons
   * @param gdpUsd GDP in USD at official exchange rates
   * @param missing the members whose figure is missing (left out of the totals), with why
   */
  public record Capacity(double population, double gdpUsd, List<String> missing) {
    /** Copies the list. */
    public Capacity {
      missing = List.copyOf(missing);
    }
  }

  private IndicatorSpec quantitySpec(Definition.Quantity q) {
    for (IndicatorSpec s : calculator.model().indicators()) {
      if (s.definition() instanceof Definition.Ratio r && r.quantity() == q) {
        return s;
      }
    }
    return new IndicatorSpec(
        q.id() + "_capacity",
        q.id(),
        "capacity",
        new Definition.Ratio(q),
        1,
        null,
        1,
        "",
        false,
        new org.borderland.core.model.Sourcing(
            List.of(List.of("factbook-archive", "factbook-json")), false),
        null,
        "");
  }

  /** Scores a world's candidates. */
  public Scoring score(World w) {
    return scorer.score(raw(w, candidates(w).codes()));
  }

  /** Scores a world with the given targets. */
  public Scoring score(World w, List<String> targets) {
    return scorer.score(raw(w, targets));
  }

  /**
   * The ranking of a world's targets, best first: equal to {@code score(w, targets).results()},
   * computed on plain columns without keeping the pipeline's datasets.
   */
  public List<TargetResult> ranking(World w, List<String> targets) {
    return scorer.ranking(raw(w, targets));
  }

  /** The raw values of a world's targets: the aggressor's, with the world's changes applied. */
  public RawTable raw(World w, List<String> targets) {
    if (w.isAsIs()) {
      return asIs.get(
          List.of(w.aggressor(), w.year(), List.copyOf(targets)),
          k -> calculator.compute(w.aggressor(), w.year(), targets));
    }
    RawTable base =
        geography == null
            ? calculator.compute(w.aggressor(), w.year(), targets)
            : calculator.compute(
                w.aggressor(),
                w.year(),
                targets,
                (m, a, y, ts) -> geography.answer(shielding(w), ts));
    List<IndicatorSpec> specs = calculator.model().indicators();
    RawValue[][] cells = new RawValue[targets.size()][specs.size()];
    for (int t = 0; t < targets.size(); t++) {
      String target = base.targets().get(t);
      Map<String, Boolean> blocs = w.membershipsOf(target);
      Map<String, ValueOverride> set = w.values().getOrDefault(target, Map.of());
      for (int i = 0; i < specs.size(); i++) {
        IndicatorSpec spec = specs.get(i);
        RawValue v = base.get(t, i);
        if (!w.absorbed().isEmpty()) {
          v = regional(w, target, spec, v);
        }
        Definition.Kind kind = spec.definition().kind();
        if (!blocs.isEmpty()
            && (kind == Definition.Kind.BLOC_MEMBERSHIP
                || kind == Definition.Kind.BLOC_AMBIGUITY
                || kind == Definition.Kind.ALIGNMENT_TIES
                || kind == Definition.Kind.HEDGING_SCORE)) {
          v = calculator.compute(w.aggressor(), w.year(), target, spec, blocs);
        }
        ValueOverride o = set.get(spec.id());
        if (o != null) {
          v =
              RawValue.filled(
                  o.value(),
                  spec.unit(),
                  List.of(),
                  "set by the scenario ("
                      + o.origin()
                      + ")"
                      + (o.note().isEmpty() ? "" : ": " + o.note())
                      + "; the data gave "
                      + (v.isFilled() ? fmt(v.value()) : "no value"));
        }
        cells[t][i] = v;
      }
    }
    return new RawTable(
        base.modelId(), base.aggressor(), base.year(), base.targets(), base.indicators(), cells);
  }

  /** A pair value for the whole region, for the kinds absorption changes; others unchanged. */
  private RawValue regional(World w, String target, IndicatorSpec spec, RawValue own) {
    Definition.Kind kind = spec.definition().kind();
    if (kind != Definition.Kind.LAND_BORDER
        && kind != Definition.Kind.CONTIGUITY
        && kind != Definition.Kind.RATIO) {
      return own;
    }
    List<String> region = w.region();
    List<RawValue> parts = new ArrayList<>(region.size());
    parts.add(own);
    for (String x : w.absorbed()) {
      parts.add(calculator.compute(x, w.year(), target, spec));
    }
    Set<Observation> sources = new LinkedHashSet<>();
    StringBuilder note = new StringBuilder("region ").append(String.join("+", region)).append(':');
    double total = 0;
    for (int r = 0; r < parts.size(); r++) {
      RawValue p = parts.get(r);
      sources.addAll(p.sources());
      if (!p.isFilled()) {
        if (kind == Definition.Kind.CONTIGUITY && r > 0) {
          continue; // the aggressor's own closeness stands when a member's is unknown
        }
        return RawValue.missing(
            spec.unit(),
            "region "
                + String.join("+", region)
                + ": "
                + region.get(r)
                + "'s value is missing ("
                + p.note()
                + ")",
            List.copyOf(sources));
      }
      note.append(' ').append(region.get(r)).append(' ').append(fmt(p.value()));
      if (!p.note().isEmpty()) {
        note.append(" (").append(p.note()).append(')');
      }
      note.append(r + 1 < parts.size() ? ";" : "");
      total = kind == Definition.Kind.CONTIGUITY ? Math.max(total, p.value()) : total + p.value();
    }
    note.append(
        kind == Definition.Kind.CONTIGUITY
            ? " — the closest counts"
            : kind == Definition.Kind.RATIO
                ? " — the region's total over the target's"
                : " — summed");
    return RawValue.filled(total, spec.unit(), List.copyOf(sources), note.toString());
  }

  static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
