package org.borderland.core.indicator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.indicator.SlotMemo.Slots;
import org.borderland.core.model.Candidates;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.Definition;
import org.borderland.core.model.GatewaySource;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.RawValue;
import org.borderland.core.model.Sourcing;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.PanelIndex;

/**
 * Computes a model's raw values for one aggressor and knowledge year: per target and indicator a
 * {@link RawValue} with its sources, using only what the panel knew in that year (revised histories
 * only where an indicator's {@link Sourcing} allows them; such values are flagged by {@link
 * RawValue#revised()}).
 *
 * <p>Rules every kind follows: a value the sources do not give is missing, with the reason; a 0 is
 * read from a list only where the Factbook prints the list in full and leaves the item out (then
 * the value cites the list and its note says so); a value older than the indicator's {@code maxAge}
 * is missing. The aggressor's side of a ratio is looked up once per call.
 *
 * <p>Each kind is computed by its family in this package (kin and language, text mentions, borders
 * and gateways, capabilities, blocs and pacts, alignment, UN votes, disputes, curated facts), to
 * which {@link Families} routes it; each dataset is read through the panel's {@link PanelIndex}.
 * What one side of a pair yields (a target's population, its kin share under the aggressor's names,
 * its broadcast text) is computed once per calculator and year and reused for every other
 * aggressor, in one {@link SlotMemo}; what depends on the aggressor alone is computed once per
 * call; what depends on the pair but not the year (a pair nobody researched) once per pair. Memo
 * slots are grouped by country and year, so scoring one year reads one small array per country, and
 * a hit allocates nothing. On the committed panel with the essay model (27 indicators) the raw
 * values of every ordered pair of states take about 6 µs of CPU per pair-year under the launcher's
 * C1-only JIT and about 3 µs under C2 once warm; {@code borderland bench all-pairs} prints the
 * current figures for the whole scoring. A calculator is safe to use from several threads.
 */
public final class RawCalculator {
  /** Datasets whose lists are printed in full, so that an item they leave out counts as 0. */
  public static final Set<String> COMPLETE_LISTS = Set.of("factbook-archive", "factbook-json");

  private final Model model;
  private final PanelIndex index;
  private final CountryRegistry registry;

  /** What each target shields, for the gateway indicators; {@code null} leaves them missing. */
  private final GatewaySource gateways;

  /** Whether the model has a gateway indicator (only then is the source asked). */
  private final boolean hasGateway;

  private final SlotMemo memo;
  private final Families families;

  /**
   * A calculator for one model over one panel, without a gateway source: the gateway indicators are
   * missing.
   *
   * @param index the panel's index ({@link Panel#index()})
   * @param curated curated fact counts; {@link CuratedCounts#none()} when there are none
   */
  public RawCalculator(
      Model model, PanelIndex index, CuratedCounts curated, CountryRegistry registry) {
    this(model, index, curated, registry, null);
  }

  /**
   * A calculator for one model over one panel.
   *
   * @param index the panel's index ({@link Panel#index()})
   * @param curated curated fact counts; {@link CuratedCounts#none()} when there are none
   * @param gateways what each target shields (the geography package's {@code Geography}), asked
   *     once per call; {@code null} leaves the gateway indicators missing
   */
  public RawCalculator(
      Model model,
      PanelIndex index,
      CuratedCounts curated,
      CountryRegistry registry,
      GatewaySource gateways) {
    this.model = Objects.requireNonNull(model, "model");
    this.index = Objects.requireNonNull(index, "index");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.gateways = gateways;
    this.hasGateway =
        model.indicators().stream()
            .anyMatch(i -> i.definition().kind() == Definition.Kind.GATEWAY_COUNT);
    this.memo = new SlotMemo(model.indicators());
    this.families =
        new Families(index, Objects.requireNonNull(curated, "curated"), memo, model.indicators());
  }

  /** The raw values of a model for one aggressor, year and list of targets. */
  public static RawTable compute(
      Model model,
      Panel panel,
      CuratedCounts curated,
      CountryRegistry registry,
      String aggressor,
      int year,
      List<String> targets) {
    return new RawCalculator(model, panel.index(), curated, registry)
        .compute(aggressor, year, targets);
  }

  /** The model. */
  public Model model() {
    return model;
  }

  /**
   * The raw values for one aggressor, knowledge year and list of targets (typically {@link
   * Candidates}).
   *
   * @throws org.borderland.core.country.UnknownCountryException for a code the registry does not
   *     know, with suggestions
   * @throws IllegalArgumentException when a target is the aggressor or is listed twice
   */
  public RawTable compute(String aggressor, int year, List<String> targets) {
    return compute(aggressor, year, targets, gateways);
  }

  /**
   * As {@link #compute(String, int, List)}, with the gateway indicators answered by {@code source}
   * for this call (e.g. a scenario's region and transit rules) instead of the calculator's own.
   */
  public RawTable compute(String aggressor, int year, List<String> targets, GatewaySource source) {
    Country a = registry.get(aggressor, "the aggressor");
    List<String> ts = new ArrayList<>(targets.size());
    Set<String> seen = new HashSet<>();
    List<Boolean> exists = new ArrayList<>(targets.size());
    for (String t : targets) {
      Country c = registry.get(t, "the targets");
      if (c.iso3().equals(a.iso3())) {
        throw new IllegalArgumentException(
            "Target " + t + " is the aggressor; remove it from the targets");
      }
      if (!seen.add(c.iso3())) {
        throw new IllegalArgumentException("Target " + t + " is listed twice");
      }
      ts.add(c.iso3());
      exists.add(c.existsIn(year));
    }
    Call p = call(a.iso3(), year, gatewaysFor(source, a.iso3(), year, ts, exists));
    Slots[] tms = new Slots[ts.size()];
    for (int t = 0; t < tms.length; t++) {
      tms[t] = memo.of(ts.get(t));
    }
    List<IndicatorSpec> specs = model.indicators();
    RawValue[][] cells = new RawValue[ts.size()][specs.size()];
    for (int i = 0; i < specs.size(); i++) {
      IndicatorSpec spec = specs.get(i);
      AggressorSide aSide = new AggressorSide(families, p, spec);
      for (int t = 0; t < ts.size(); t++) {
        cells[t][i] =
            exists.get(t)
                ? families.cell(p, aSide, spec, ts.get(t), tms[t], Map.of())
                : RawValue.missing(
                    spec.unit(), ts.get(t) + " did not exist in " + year + " (registry)");
      }
    }
    return new RawTable(model.id(), a.iso3(), year, ts, model.indicatorIds(), cells);
  }

  /**
   * One cell, for one target. A gateway indicator counts what the target shields among the
   * aggressor's default candidates ({@link Candidates#of(Model, String, int)}).
   */
  public RawValue compute(String aggressor, int year, String target, IndicatorSpec spec) {
    return compute(aggressor, year, target, spec, Map.of());
  }

  /**
   * One cell for one target with the target's membership of some blocs changed (a scenario): bloc
   * name (as the aggressor's profile names it) → member or not. Only bloc and alignment kinds
   * ({@code bloc_membership}, {@code bloc_ambiguity}, {@code alignment_ties}, {@code
   * hedging_score}) read the changes; the note says which were applied.
   */
  public RawValue compute(
      String aggressor,
      int year,
      String target,
      IndicatorSpec spec,
      Map<String, Boolean> blocChanges) {
    GatewaySource.Answer g = null;
    if (gateways != null && spec.definition().kind() == Definition.Kind.GATEWAY_COUNT) {
      List<String> ts =
          new ArrayList<>(new Candidates(index, registry).of(model, aggressor, year).codes());
      if (!ts.contains(target)) {
        ts.add(target);
      }
      g = gateways.shielded(model, aggressor, year, ts);
    }
    Call p = call(aggressor, year, g);
    return families.cell(
        p, new AggressorSide(families, p, spec), spec, target, memo.of(target), blocChanges);
  }

  /**
   * A country's quantity (population, GDP, …) as known in {@code year} under a spec's sourcing: the
   * figure a ratio of that quantity divides by.
   */
  public RawValue quantity(String country, Definition.Quantity q, int year, IndicatorSpec spec) {
    return families.capabilities.quantity(memo.of(country), q, year, spec);
  }

  /** The call's shielding, asked once when the model has a gateway indicator; else null. */
  private GatewaySource.Answer gatewaysFor(
      GatewaySource gateways,
      String aggressor,
      int year,
      List<String> targets,
      List<Boolean> exists) {
    if (!hasGateway || gateways == null) {
      return null;
    }
    List<String> existing = new ArrayList<>(targets.size());
    for (int t = 0; t < targets.size(); t++) {
      if (exists.get(t)) {
        existing.add(targets.get(t));
      }
    }
    return gateways.shielded(model, aggressor, year, existing);
  }

  private Call call(String aggressor, int year, GatewaySource.Answer gateways) {
    return new Call(aggressor, year, model.profile(aggressor), memo.of(aggressor), gateways);
  }
}
