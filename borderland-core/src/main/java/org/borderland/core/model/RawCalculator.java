package org.borderland.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.model.Definition.BlocAmbiguity;
import org.borderland.core.model.Definition.BlocMembership;
import org.borderland.core.model.Definition.BroadcastMention;
import org.borderland.core.model.Definition.Contiguity;
import org.borderland.core.model.Definition.CuratedCount;
import org.borderland.core.model.Definition.DefencePact;
import org.borderland.core.model.Definition.DisputeMention;
import org.borderland.core.model.Definition.EthnicFractionalisation;
import org.borderland.core.model.Definition.GatewayCount;
import org.borderland.core.model.Definition.KinAbsolute;
import org.borderland.core.model.Definition.KinShare;
import org.borderland.core.model.Definition.KinTrend;
import org.borderland.core.model.Definition.LandBorder;
import org.borderland.core.model.Definition.LanguageShare;
import org.borderland.core.model.Definition.MajorPower;
import org.borderland.core.model.Definition.MidCount;
import org.borderland.core.model.Definition.Ratio;
import org.borderland.core.model.Definition.TargetValue;
import org.borderland.core.model.Definition.TerritorialThreat;
import org.borderland.core.model.Definition.UnDistance;
import org.borderland.core.model.Definition.UnVoteAgreement;
import org.borderland.core.model.PanelIndex.Found;
import org.borderland.core.model.PanelIndex.Outcome;
import org.borderland.core.model.PanelIndex.Why;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;

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
 * <p>Each dataset is read as {@link Panel#asKnownIn} reads it, through a {@link PanelIndex} that
 * gives the same answers without sorting on every call. What one side of a pair yields (a target's
 * population, its kin share under the aggressor's names, its broadcast text) is computed once per
 * calculator and year and reused for every other aggressor; what depends on the aggressor alone is
 * computed once per call; what depends on the pair but not the year (a pair nobody researched) once
 * per pair. Memo slots are grouped by country and year, so scoring one year reads one small array
 * per country, and a hit allocates nothing. On the committed panel with the essay model (26
 * indicators) the raw values of every ordered pair of states take about 6 µs of CPU per pair-year
 * under the launcher's C1-only JIT and about 3 µs under C2 once warm; {@code borderland bench
 * all-pairs} prints the current figures for the whole scoring. A calculator is safe to use from
 * several threads.
 */
public final class RawCalculator {
  /** Datasets whose lists are printed in full, so that an item they leave out counts as 0. */
  public static final Set<String> COMPLETE_LISTS = Set.of("factbook-archive", "factbook-json");

  private final Model model;
  private final PanelIndex index;
  private final CuratedCounts curated;
  private final CountryRegistry registry;

  /** What each target shields, for the gateway indicators; {@code null} leaves them missing. */
  private final GatewaySource gateways;

  /** Whether the model has a gateway indicator (only then is the source asked). */
  private final boolean hasGateway;

  /** The model's indicators, in order: a spec's position is its memo index. */
  private final IndicatorSpec[] specs;

  /** Indicator id → position; {@link #indexOf} checks the spec found is the one asked for. */
  private final Map<String, Integer> specIndex = new HashMap<>();

  /** Per indicator, its datasets in tier order (as {@link Sourcing#datasets()}, computed once). */
  private final List<List<String>> datasets;

  private final Map<String, Integer> profileIndex = new HashMap<>();
  private final int slotsPerSpec;
  private final ConcurrentHashMap<String, CountryMemo> memos = new ConcurrentHashMap<>();
  private final AtomicInteger memoIds = new AtomicInteger();

  /** Per list of MID datasets, the last year they cover (see {@link #midDataEnd}). */
  private final ConcurrentHashMap<List<String>, Integer> midEnds = new ConcurrentHashMap<>();

  // Memo slots of an indicator: what one side of a pair yields, which does not depend on the other.
  private static final int MAIN = 0; // the country's value (a quantity, a series, a text)
  private static final int AUX = 1; // a second series (the population behind a kin number)
  private static final int AGGRESSOR_ONLY = 2; // an answer that depends on the aggressor alone
  private static final int SHARE = 3; // + profile index: the kin or language share under names
  private static final int FIRST_YEAR = 1900;
  private static final int YEARS = 250;

  /**
   * What one country yields for each indicator slot and year, whichever side of a pair it is on:
   * computed once per calculator. Slots are grouped by year, so that scoring one year touches one
   * small array per country. They fill lazily; a race only computes a value twice.
   */
  private static final class CountryMemo {
    final Object[][] years = new Object[YEARS][];
    final int size;

    /** A number for the country, dense within this calculator. */
    final int id;

    /**
     * Per indicator, what this country as aggressor yields with a target whatever the year (the
     * words for a pair nobody researched), by the target's {@link #id}. Grown on demand; a race
     * only loses an entry.
     */
    final Object[][] pairs;

    CountryMemo(int size, int indicators, int id) {
      this.size = size;
      this.pairs = new Object[indicators][];
      this.id = id;
    }
  }

  /**
   * A calculator for one model over one panel, without a gateway source: the gateway indicators are
   * missing.
   *
   * @param curated curated fact counts; {@link CuratedCounts#none()} when there are none
   */
  public RawCalculator(
      Model model, PanelIndex index, CuratedCounts curated, CountryRegistry registry) {
    this(model, index, curated, registry, null);
  }

  /**
   * A calculator for one model over one panel.
   *
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
    this.curated = Objects.requireNonNull(curated, "curated");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.gateways = gateways;
    this.hasGateway =
        model.indicators().stream()
            .anyMatch(i -> i.definition().kind() == Definition.Kind.GATEWAY_COUNT);
    this.specs = model.indicators().toArray(IndicatorSpec[]::new);
    List<List<String>> ds = new ArrayList<>(specs.length);
    for (IndicatorSpec spec : specs) {
      ds.add(List.copyOf(spec.sources().datasets()));
    }
    this.datasets = List.copyOf(ds);
    for (IndicatorSpec spec : specs) {
      specIndex.put(spec.id(), specIndex.size());
    }
    for (String a : model.aggressors().keySet()) {
      profileIndex.put(a, profileIndex.size() + 1);
    }
    this.slotsPerSpec = SHARE + profileIndex.size() + 1;
  }

  private CountryMemo memoFor(String country) {
    CountryMemo m = memos.get(country);
    if (m == null) {
      m =
          memos.computeIfAbsent(
              country,
              c ->
                  new CountryMemo(
                      specs.length * slotsPerSpec, specs.length, memoIds.getAndIncrement()));
    }
    return m;
  }

  /**
   * The position of a spec in the model, or -1 for a spec from outside it (even one with a model
   * indicator's id). Looked up by id, whose hash the string keeps, then checked by identity.
   */
  private int indexOf(IndicatorSpec spec) {
    Integer i = specIndex.get(spec.id());
    return i != null && specs[i] == spec ? i : -1;
  }

  /** The datasets of a spec's sourcing, in tier order. */
  private List<String> datasets(IndicatorSpec spec) {
    int i = indexOf(spec);
    return i < 0 ? spec.sources().datasets() : datasets.get(i);
  }

  /**
   * The value in one slot of a country's memo, or {@code null} before it is computed. Callers test
   * it before calling {@link #memo}, as {@code cached(…) instanceof RawValue hit ? hit : memo(…, ()
   * -> …)}, so that a hit allocates no supplier (a capturing lambda is costly under the C1
   * compiler).
   */
  private Object cached(CountryMemo cm, IndicatorSpec spec, int slot, int year) {
    int i = indexOf(spec);
    int y = year - FIRST_YEAR;
    if (i < 0 || y < 0 || y >= YEARS) {
      return null;
    }
    Object[] slots = cm.years[y];
    return slots == null ? null : slots[i * slotsPerSpec + slot];
  }

  /** The value in one slot of a country's memo, computed by {@code f} the first time. */
  @SuppressWarnings("unchecked")
  private <T> T memo(CountryMemo cm, IndicatorSpec spec, int slot, int year, Supplier<T> f) {
    int i = indexOf(spec);
    int y = year - FIRST_YEAR;
    if (i < 0 || y < 0 || y >= YEARS) {
      return f.get(); // a spec from outside the model, or a year out of range: not cached
    }
    Object[] slots = cm.years[y];
    if (slots == null) {
      slots = new Object[cm.size];
      cm.years[y] = slots;
    }
    int k = i * slotsPerSpec + slot;
    Object v = slots[k];
    if (v == null) {
      v = f.get();
      slots[k] = v;
    }
    return (T) v;
  }

  /**
   * A value for a pair that does not depend on the year, kept in the aggressor's memo by target (a
   * call reads one array along its targets): computed by {@code f} the first time.
   */
  private RawValue pairMemo(
      CountryMemo am, CountryMemo tm, IndicatorSpec spec, Supplier<RawValue> f) {
    int i = indexOf(spec);
    if (i < 0) {
      return f.get();
    }
    Object[] byTarget = am.pairs[i];
    if (byTarget == null || tm.id >= byTarget.length) {
      Object[] grown =
          new Object[Math.max(tm.id + 1, byTarget == null ? 256 : 2 * byTarget.length)];
      if (byTarget != null) {
        System.arraycopy(byTarget, 0, grown, 0, byTarget.length);
      }
      am.pairs[i] = grown;
      byTarget = grown;
    }
    Object v = byTarget[tm.id];
    if (v == null) {
      v = f.get();
      byTarget[tm.id] = v;
    }
    return (RawValue) v;
  }

  /** A value {@link #pairMemo} keeps, or {@code null} before it is computed. */
  private Object pairCached(CountryMemo am, CountryMemo tm, IndicatorSpec spec) {
    int i = indexOf(spec);
    Object[] byTarget = i < 0 ? null : am.pairs[i];
    return byTarget == null || tm.id >= byTarget.length ? null : byTarget[tm.id];
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
    return new RawCalculator(model, PanelIndex.of(panel), curated, registry)
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
    Pair p = pair(a.iso3(), year, gatewaysFor(source, a.iso3(), year, ts, exists));
    CountryMemo[] tms = new CountryMemo[ts.size()];
    for (int t = 0; t < tms.length; t++) {
      tms[t] = memoFor(ts.get(t));
    }
    List<IndicatorSpec> specs = model.indicators();
    RawValue[][] cells = new RawValue[ts.size()][specs.size()];
    for (int i = 0; i < specs.size(); i++) {
      IndicatorSpec spec = specs.get(i);
      AggressorSide aSide = new AggressorSide(p, spec);
      for (int t = 0; t < ts.size(); t++) {
        cells[t][i] =
            exists.get(t)
                ? cell(p, aSide, spec, ts.get(t), tms[t])
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
    GatewaySource.Answer g = null;
    if (gateways != null && spec.definition().kind() == Definition.Kind.GATEWAY_COUNT) {
      List<String> ts =
          new ArrayList<>(new Candidates(index, registry).of(model, aggressor, year).codes());
      if (!ts.contains(target)) {
        ts.add(target);
      }
      g = gateways.shielded(model, aggressor, year, ts);
    }
    Pair p = pair(aggressor, year, g);
    return cell(p, new AggressorSide(p, spec), spec, target, memoFor(target));
  }

  /**
   * One cell for one target with the target's membership of some blocs changed (a scenario): bloc
   * name (as the aggressor's profile names it) → member or not. Only bloc kinds ({@code
   * bloc_membership}, {@code bloc_ambiguity}) read the changes; the note says which were applied.
   */
  public RawValue compute(
      String aggressor,
      int year,
      String target,
      IndicatorSpec spec,
      Map<String, Boolean> blocChanges) {
    if (blocChanges.isEmpty()) {
      return compute(aggressor, year, target, spec);
    }
    Pair p = pair(aggressor, year, null);
    return switch (spec.definition()) {
      case BlocMembership(var blocs) -> blocMembership(p, target, blocs, spec, blocChanges);
      case BlocAmbiguity _ ->
          blocAmbiguity(p, new AggressorSide(p, spec), target, memoFor(target), spec, blocChanges);
      default -> compute(aggressor, year, target, spec);
    };
  }

  /**
   * A country's quantity (population, GDP, …) as known in {@code year} under a spec's sourcing: the
   * figure a ratio of that quantity divides by.
   */
  public RawValue quantity(String country, Definition.Quantity q, int year, IndicatorSpec spec) {
    return quantity(country, memoFor(country), q, year, spec);
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

  private Pair pair(String aggressor, int year, GatewaySource.Answer gateways) {
    return new Pair(
        aggressor,
        year,
        model.profile(aggressor),
        SHARE + profileIndex.getOrDefault(aggressor, 0),
        memoFor(aggressor),
        gateways);
  }

  /**
   * The aggressor and year of a call, the aggressor's settings, the memo slot of shares under its
   * names, its memo, and what each target shields (null without a gateway source).
   */
  private record Pair(
      String aggressor,
      int year,
      AggressorProfile profile,
      int shareSlot,
      CountryMemo memo,
      GatewaySource.Answer gateways) {}

  /** The aggressor's side of one indicator, looked up once per call and indicator. */
  private final class AggressorSide {
    private final Pair pair;
    private final IndicatorSpec spec;
    private RawValue quantity;
    private RawValue idealPoint;
    private RawValue missingIdealPoint;
    private String midWindow;

    AggressorSide(Pair pair, IndicatorSpec spec) {
      this.pair = pair;
      this.spec = spec;
    }

    RawValue quantity(Definition.Quantity q) {
      if (quantity == null) {
        quantity = RawCalculator.this.quantity(pair.aggressor(), pair.memo(), q, pair.year(), spec);
      }
      return quantity;
    }

    String midWindow(int from) {
      if (midWindow == null) {
        midWindow = RawCalculator.this.midWindow(pair, from, spec);
      }
      return midWindow;
    }

    RawValue missingIdealPoint() {
      if (missingIdealPoint == null) {
        missingIdealPoint =
            RawValue.missing(
                spec.unit(), pair.aggressor() + "'s UN ideal point: " + idealPoint().note());
      }
      return missingIdealPoint;
    }

    RawValue idealPoint() {
      if (idealPoint == null) {
        idealPoint =
            monadic(
                pair.aggressor(), pair.memo(), Indicators.UN_IDEAL_POINT, "", pair.year(), spec);
      }
      return idealPoint;
    }
  }

  /**
   * One cell: the raw value of {@code spec} for target {@code t}. An exhaustive switch over the
   * sealed {@link Definition}: a new case does not compile until it is computed here.
   */
  private RawValue cell(Pair p, AggressorSide aSide, IndicatorSpec spec, String t, CountryMemo tm) {
    return switch (spec.definition()) {
      case KinShare _ -> kinShare(p, t, tm, p.year(), spec);
      case KinAbsolute _ -> kinAbsolute(p, t, tm, spec);
      case KinTrend(var years) -> kinTrend(p, t, tm, years, spec);
      case LanguageShare _ -> languageShare(p, t, tm, spec);
      case BroadcastMention _ ->
          mention(p, t, tm, "broadcast_media", "broadcast_foreign", "broadcast-media", spec);
      case DisputeMention _ ->
          mention(p, t, tm, "disputes_text", "dispute_mentions", "international-disputes", spec);
      case TerritorialThreat _ -> monadic(t, tm, "territorial_threat", "", p.year(), spec);
      case LandBorder _ -> landBorder(p, t, spec);
      case Contiguity _ -> contiguity(p, t, spec);
      case GatewayCount(var measure) ->
          p.gateways() == null ? noGatewaySource(p, spec) : gateway(p, t, measure, spec);
      case Ratio(var quantity) -> ratio(p, aSide, t, tm, quantity, spec);
      case BlocMembership(var blocs) -> blocMembership(p, t, blocs, spec, Map.of());
      case BlocAmbiguity _ -> blocAmbiguity(p, aSide, t, tm, spec, Map.of());
      case DefencePact(var partners) -> defencePact(p, t, partners, spec);
      case UnDistance _ -> unDistance(p, aSide, t, tm, spec);
      case UnVoteAgreement _ -> unVoteAgreement(p, t, spec);
      case EthnicFractionalisation _ ->
          monadic(t, tm, "ethnic_fractionalisation", "", p.year(), spec);
      case MajorPower(var of) -> majorPower(p, t, of, spec);
      case MidCount(var years) -> midCount(p, aSide, t, years, spec);
      case CuratedCount c -> curatedCount(p, t, tm, c, spec);
      case TargetValue(var indicator, var key) -> monadic(t, tm, indicator, key, p.year(), spec);
    };
  }

  /** The gateway indicator of a calculator built without a border graph: missing, once a year. */
  private RawValue noGatewaySource(Pair p, IndicatorSpec spec) {
    return cached(p.memo(), spec, AGGRESSOR_ONLY, p.year()) instanceof RawValue hit
        ? hit
        : memo(
            p.memo(),
            spec,
            AGGRESSOR_ONLY,
            p.year(),
            () ->
                RawValue.missing(
                    spec.unit(),
                    "gateway position (the candidates the aggressor can reach only through the"
                        + " target) needs the border graph; this calculator was built without a"
                        + " gateway source"));
  }

  // ------------------------------------------------------------------------------------------
  // Resolution across the datasets an indicator may read

  /**
   * The value of one series as known in {@code year} under the indicator's sourcing: the first tier
   * with a figure no older than the indicator's {@code maxAge} (the latest-described figure within
   * it) or, for a list printed in full, the first that leaves the key out; else the key named
   * without a figure; else the newest figure that is too old (the caller reports it missing); else
   * nothing.
   */
  private Found resolve(
      String country, String indicator, String key, int year, IndicatorSpec spec) {
    Sourcing s = spec.sources();
    Map<String, PanelIndex.Series> series = index.series(country, indicator);
    Found named = null;
    Found firstNone = null;
    Found stale = null;
    List<List<String>> tiers = s.tiers();
    for (int ti = 0; ti < tiers.size(); ti++) { // indexed: no iterators for C1 to allocate
      List<String> tier = tiers.get(ti);
      Found best = null;
      Found notListed = null;
      for (int di = 0; di < tier.size(); di++) {
        String dataset = tier.get(di);
        Found f = index.lookup(series, indicator, key, year, dataset, s.allowRevised());
        switch (f.outcome()) {
          case VALUE:
            if (tooOld(f.observation(), year, spec) != null) {
              if (stale == null || newer(f.observation(), stale.observation())) {
                stale = f;
              }
            } else if (best == null || newer(f.observation(), best.observation())) {
              best = f;
            }
            break;
          case NOT_LISTED:
            if (COMPLETE_LISTS.contains(dataset)
                && (notListed == null
                    || f.listRow().published().isAfter(notListed.listRow().published()))) {
              notListed = f;
            }
            break;
          case NAMED_WITHOUT_VALUE:
            if (named == null) {
              named = f;
            }
            break;
          default:
            if (firstNone == null) {
              firstNone = f;
            }
            break;
        }
      }
      if (best != null) {
        return best;
      }
      if (notListed != null) {
        return notListed;
      }
    }
    if (named != null) {
      return named;
    }
    if (stale != null) {
      return stale; // too old: the caller reports it missing, naming the figure
    }
    return firstNone != null
        ? firstNone
        : new Found(
            Outcome.NONE, Why.NEVER_REPORTED, null, null, indicator, key, year, "", 0, List.of());
  }

  /** Whether {@code a} describes a later year than {@code b}, or (unknown or equal) is newer. */
  private static boolean newer(Observation a, Observation b) {
    if (a.refYear() != null && b.refYear() != null && !a.refYear().equals(b.refYear())) {
      return a.refYear() > b.refYear();
    }
    return Panel.CHRONOLOGICAL.compare(a, b) > 0;
  }

  /** Why nothing was found for a series, dataset by dataset. */
  private String whyMissing(String country, String indicator, String key, int year, Sourcing s) {
    StringBuilder b = new StringBuilder();
    b.append(country).append(' ').append(indicator);
    if (!key.isEmpty()) {
      b.append(" '").append(key).append('\'');
    }
    b.append(" as known in ").append(year).append(": ");
    boolean first = true;
    for (String dataset : s.datasets()) {
      Found f = index.lookup(country, indicator, key, year, dataset, s.allowRevised());
      if (!first) {
        b.append("; ");
      }
      first = false;
      b.append(dataset).append(": ");
      if (f.outcome() == Outcome.NAMED_WITHOUT_VALUE) {
        b.append("the ").append(f.edition()).append(" edition names it without a figure");
      } else {
        b.append(f.note());
      }
    }
    return b.toString();
  }

  /** Checks a figure's age against the indicator's {@code maxAge}; null when it is fine. */
  private static String tooOld(Observation o, int year, IndicatorSpec spec) {
    if (spec.maxAge() == null) {
      return null;
    }
    int described = o.refYear() != null ? o.refYear() : o.edition();
    if (year - described > spec.maxAge()) {
      return "the newest figure ("
          + o.country()
          + " "
          + o.indicator()
          + ", "
          + o.source().dataset()
          + " "
          + o.edition()
          + ") describes "
          + described
          + ", more than "
          + spec.maxAge()
          + " years before "
          + year;
    }
    return null;
  }

  private static String fallbackNote(Found f) {
    return f.fellBack() ? f.observation().country() + ": " + f.note() : "";
  }

  /** As {@link #single}, computed once per country, series, year and indicator. */
  private RawValue monadic(
      String country, CountryMemo cm, String indicator, String key, int year, IndicatorSpec s) {
    return (cached(cm, s, MAIN, year) instanceof RawValue hit
        ? hit
        : memo(cm, s, MAIN, year, () -> single(country, indicator, key, year, s)));
  }

  /** One series of one country: filled, or missing with the reason. No list-zero inference. */
  private RawValue single(String country, String indicator, String key, int year, IndicatorSpec s) {
    Found f = resolve(country, indicator, key, year, s);
    if (f.hasValue()) {
      String old = tooOld(f.observation(), year, s);
      if (old != null) {
        return RawValue.missing(s.unit(), old, List.of(f.observation()));
      }
      return RawValue.filled(f.value(), s.unit(), List.of(f.observation()), fallbackNote(f));
    }
    if (f.outcome() == Outcome.NOT_LISTED) {
      return RawValue.missing(
          s.unit(),
          "the "
              + f.edition()
              + " edition ("
              + f.dataset()
              + ") reports "
              + indicator
              + " for "
              + country
              + " but not '"
              + key
              + "'",
          f.listRow() == null ? List.of() : List.of(f.listRow()));
    }
    return RawValue.missing(s.unit(), whyMissing(country, indicator, key, year, s.sources()));
  }

  // ------------------------------------------------------------------------------------------
  // Kin and language

  private RawValue kinShare(Pair p, String t, CountryMemo tm, int year, IndicatorSpec spec) {
    List<String> groups = p.profile().kinGroups();
    if (groups.isEmpty()) {
      return (cached(p.memo(), spec, AGGRESSOR_ONLY, p.year()) instanceof RawValue hit
          ? hit
          : memo(
              p.memo(),
              spec,
              AGGRESSOR_ONLY,
              p.year(),
              () ->
                  RawValue.missing(
                      spec.unit(),
                      "the model names no core ethnic group for "
                          + p.aggressor()
                          + "; add kinGroups under aggressors: "
                          + p.aggressor())));
    }
    return (cached(tm, spec, p.shareSlot(), year) instanceof RawValue hit
        ? hit
        : memo(
            tm,
            spec,
            p.shareSlot(),
            year,
            () -> share(t, Indicators.ETHNIC_SHARE, groups, year, spec, true, "ethnic groups")));
  }

  private RawValue languageShare(Pair p, String t, CountryMemo tm, IndicatorSpec spec) {
    List<String> languages = p.profile().languages();
    if (languages.isEmpty()) {
      return (cached(p.memo(), spec, AGGRESSOR_ONLY, p.year()) instanceof RawValue hit
          ? hit
          : memo(
              p.memo(),
              spec,
              AGGRESSOR_ONLY,
              p.year(),
              () ->
                  RawValue.missing(
                      spec.unit(),
                      "the model names no language for "
                          + p.aggressor()
                          + "; add languages under aggressors: "
                          + p.aggressor())));
    }
    return (cached(tm, spec, p.shareSlot(), p.year()) instanceof RawValue hit
        ? hit
        : memo(
            tm,
            spec,
            p.shareSlot(),
            p.year(),
            () ->
                share(
                    t, Indicators.LANGUAGE_SHARE, languages, p.year(), spec, false, "languages")));
  }

  /**
   * The share of one of several names in T's list: the names found in the newest edition are added
   * ({@code sum}, exclusive groups) or the largest taken (overlapping languages); 0 when the list
   * leaves them all out.
   */
  private RawValue share(
      String t,
      String indicator,
      List<String> names,
      int year,
      IndicatorSpec spec,
      boolean sum,
      String listName) {
    Found best = null;
    List<Found> values = null;
    Found notListed = null;
    Found named = null;
    for (String n : names) {
      Found f = resolve(t, indicator, n, year, spec);
      if (f.hasValue()) {
        if (values == null) {
          values = new ArrayList<>(names.size());
        }
        values.add(f);
        if (best == null || newer(f.observation(), best.observation())) {
          best = f;
        }
      } else if (f.outcome() == Outcome.NAMED_WITHOUT_VALUE && named == null) {
        named = f;
      } else if (f.outcome() == Outcome.NOT_LISTED
          && (notListed == null
              || f.listRow().published().isAfter(notListed.listRow().published()))) {
        notListed = f;
      }
    }
    if (best != null) {
      String old = tooOld(best.observation(), year, spec);
      if (old != null) {
        return RawValue.missing(spec.unit(), old, List.of(best.observation()));
      }
      if (values.size() == 1) {
        return RawValue.filled(
            best.value(), spec.unit(), List.of(best.observation()), fallbackNote(best));
      }
      double v = 0;
      List<Observation> used = new ArrayList<>();
      for (Found f : values) {
        Observation o = f.observation();
        Observation b = best.observation();
        if (o.edition() == b.edition() && o.source().dataset().equals(b.source().dataset())) {
          v = sum ? v + o.value() : Math.max(v, o.value());
          used.add(o);
        }
      }
      used.remove(best.observation());
      used.add(0, best.observation());
      return RawValue.filled(
          v,
          spec.unit(),
          used,
          (sum ? "sum of " : "largest of ")
              + used.stream().map(Observation::key).toList()
              + " in one edition");
    }
    if (named != null) {
      return RawValue.missing(
          spec.unit(),
          "the "
              + named.edition()
              + " edition ("
              + named.dataset()
              + ") names '"
              + named.key()
              + "' among "
              + t
              + "'s "
              + listName
              + " without a figure",
          List.of(named.observation()));
    }
    if (notListed != null && notListed.listRow() != null) {
      String old = tooOld(notListed.listRow(), year, spec);
      if (old != null) {
        return RawValue.missing(spec.unit(), old, List.of(notListed.listRow()));
      }
      return RawValue.filled(
          0,
          spec.unit(),
          List.of(notListed.listRow()),
          "none of "
              + names
              + " among the "
              + listName
              + " of "
              + t
              + " in the "
              + notListed.edition()
              + " edition ("
              + notListed.dataset()
              + (notListed.fellBack()
                  ? ", falling back past editions " + notListed.skipped() + " without figures"
                  : "")
              + "); counted as 0, at most the list's 'other' share");
    }
    return RawValue.missing(
        spec.unit(),
        "no "
            + listName
            + " of "
            + t
            + " with "
            + names
            + " as known in "
            + year
            + " ("
            + whyMissing(t, indicator, names.get(0), year, spec.sources())
            + ")");
  }

  private RawValue kinAbsolute(Pair p, String t, CountryMemo tm, IndicatorSpec spec) {
    RawValue share = kinShare(p, t, tm, p.year(), spec);
    if (p.profile().kinGroups().isEmpty()) {
      return share; // says which setting to add
    }
    if (!share.isFilled()) {
      return RawValue.missing(spec.unit(), "kin share missing: " + share.note(), share.sources());
    }
    if (share.value() == 0) {
      return RawValue.filled(0, spec.unit(), share.sources(), share.note());
    }
    RawValue pop =
        (cached(tm, spec, AUX, p.year()) instanceof RawValue hit
            ? hit
            : memo(
                tm,
                spec,
                AUX,
                p.year(),
                () -> single(t, Indicators.POPULATION, "", p.year(), spec)));
    if (!pop.isFilled()) {
      return RawValue.missing(spec.unit(), "population missing: " + pop.note(), share.sources());
    }
    List<Observation> src = new ArrayList<>(share.sources());
    src.addAll(pop.sources());
    return RawValue.filled(
        share.value() / 100 * pop.value(), spec.unit(), src, join(share.note(), pop.note()));
  }

  private RawValue kinTrend(Pair p, String t, CountryMemo tm, int years, IndicatorSpec spec) {
    RawValue now = kinShare(p, t, tm, p.year(), spec);
    if (p.profile().kinGroups().isEmpty()) {
      return now; // says which setting to add
    }
    if (!now.isFilled()) {
      return RawValue.missing(spec.unit(), "kin share missing: " + now.note(), now.sources());
    }
    int then = p.year() - years;
    RawValue before = kinShare(p, t, tm, then, spec);
    if (!before.isFilled()) {
      return RawValue.missing(
          spec.unit(),
          "kin share as known in " + then + " missing: " + before.note(),
          now.sources());
    }
    List<Observation> src = new ArrayList<>(now.sources());
    src.addAll(before.sources());
    return RawValue.filled(
        now.value() - before.value(),
        spec.unit(),
        src,
        "as known in "
            + p.year()
            + " ("
            + fmt(now.value())
            + "%) minus as known in "
            + then
            + " ("
            + fmt(before.value())
            + "%)");
  }

  // ------------------------------------------------------------------------------------------
  // Texts that name the aggressor

  /** The text field a mention is read from: the newest as known, or why there is none. */
  private record TextPick(
      Observation text,
      String dataset,
      String fell,
      Map<String, List<Observation>> mentions,
      RawValue missing) {}

  private RawValue mention(
      Pair p,
      String t,
      CountryMemo tm,
      String textIndicator,
      String mentionIndicator,
      String field,
      IndicatorSpec s) {
    TextPick pick =
        (cached(tm, s, MAIN, p.year()) instanceof TextPick hit
            ? hit
            : memo(
                tm,
                s,
                MAIN,
                p.year(),
                () -> textPick(t, textIndicator, mentionIndicator, field, p.year(), s)));
    if (pick.text() == null) {
      return pick.missing();
    }
    Observation text = pick.text();
    Observation named = null;
    List<Observation> mentions = pick.mentions().getOrDefault(p.aggressor(), List.of());
    for (int i = 0; i < mentions.size(); i++) {
      Observation m = mentions.get(i);
      if (m.hasValue() && m.value() > 0 && m.published().equals(text.published())) {
        named = m;
      }
    }
    if (named != null) {
      return RawValue.filled(1, s.unit(), List.of(named, text), join(named.note(), pick.fell()));
    }
    return RawValue.filled(
        0,
        s.unit(),
        List.of(text),
        join(
            "the "
                + text.edition()
                + " "
                + field
                + " text of "
                + t
                + " does not name "
                + p.aggressor(),
            pick.fell()));
  }

  private TextPick textPick(
      String t,
      String textIndicator,
      String mentionIndicator,
      String field,
      int year,
      IndicatorSpec s) {
    for (List<String> tier : s.sources().tiers()) {
      List<Observation> best = List.of();
      String bestDataset = null;
      for (String dataset : tier) {
        if (!COMPLETE_LISTS.contains(dataset)) {
          continue;
        }
        List<Observation> rows = index.newestEditionRows(t, textIndicator, dataset, year);
        if (!rows.isEmpty()
            && (best.isEmpty() || rows.get(0).published().isAfter(best.get(0).published()))) {
          best = rows;
          bestDataset = dataset;
        }
      }
      if (best.isEmpty()) {
        continue;
      }
      Observation text = best.get(best.size() - 1);
      List<Integer> after = index.editionsAfter(t, bestDataset, text.edition(), year);
      String fell =
          after.isEmpty()
              ? ""
              : "falling back to the "
                  + text.edition()
                  + " edition: editions "
                  + after
                  + " print no "
                  + field
                  + " text for "
                  + t;
      return new TextPick(
          text,
          bestDataset,
          fell,
          index.editionKeys(t, mentionIndicator, bestDataset, text.edition()),
          null);
    }
    return new TextPick(
        null,
        null,
        "",
        Map.of(),
        RawValue.missing(
            s.unit(),
            "no "
                + field
                + " text for "
                + t
                + " as known in "
                + year
                + " in "
                + s.sources().describe()));
  }

  // ------------------------------------------------------------------------------------------
  // Proximity

  private RawValue landBorder(Pair p, String t, IndicatorSpec spec) {
    String a = p.aggressor();
    Found f = resolve(t, Indicators.LAND_BORDER_KM, a, p.year(), spec);
    RawValue fromT = borderValue(f, t, a, p.year(), spec, "");
    if (fromT != null) {
      return fromT;
    }
    Found total = resolve(t, "land_border_total_km", "", p.year(), spec);
    if (total.hasValue() && total.value() == 0) {
      return RawValue.filled(
          0,
          spec.unit(),
          List.of(total.observation()),
          t + " has no land boundaries (" + total.dataset() + " " + total.edition() + ")");
    }
    Found g = resolve(a, Indicators.LAND_BORDER_KM, t, p.year(), spec);
    RawValue fromA = borderValue(g, a, t, p.year(), spec, "from " + a + "'s list: ");
    if (fromA != null) {
      return fromA;
    }
    return RawValue.missing(
        spec.unit(),
        "no land-boundary list for "
            + t
            + " or "
            + a
            + " as known in "
            + p.year()
            + " ("
            + whyMissing(t, Indicators.LAND_BORDER_KM, a, p.year(), spec.sources())
            + ")");
  }

  private RawValue borderValue(
      Found f, String of, String neighbour, int year, IndicatorSpec spec, String prefix) {
    if (f.hasValue()) {
      String old = tooOld(f.observation(), year, spec);
      if (old != null) {
        return RawValue.missing(spec.unit(), old, List.of(f.observation()));
      }
      String note = join(f.observation().note(), fallbackNote(f));
      return RawValue.filled(
          f.value(), spec.unit(), List.of(f.observation()), note.isEmpty() ? "" : prefix + note);
    }
    if (f.outcome() == Outcome.NOT_LISTED && f.listRow() != null) {
      return RawValue.filled(
          0,
          spec.unit(),
          List.of(f.listRow()),
          prefix
              + neighbour
              + " is not among the land neighbours of "
              + of
              + " in the "
              + f.edition()
              + " edition ("
              + f.dataset()
              + (f.fellBack() ? ", falling back past editions " + f.skipped() : "")
              + ")");
    }
    return null;
  }

  private RawValue contiguity(Pair p, String t, IndicatorSpec spec) {
    Sourcing s = spec.sources();
    Found f = resolve(t, "contiguity", p.aggressor(), p.year(), spec);
    if (f.hasValue()) {
      double type = f.value();
      if (type <= 0) {
        return RawValue.filled(
            0,
            spec.unit(),
            List.of(f.observation()),
            "contiguity ended: " + f.observation().note());
      }
      return RawValue.filled(
          6 - type, spec.unit(), List.of(f.observation()), "COW type " + fmt(type));
    }
    if (!s.allowRevised()) {
      return RawValue.missing(
          spec.unit(), "COW contiguity has revised history; the indicator does not allow it");
    }
    return RawValue.filled(
        0,
        spec.unit(),
        List.of(),
        "COW lists no direct contiguity between "
            + t
            + " and "
            + p.aggressor()
            + " in force in "
            + p.year()
            + " (none by land or within 400 miles of water)");
  }

  /**
   * What T shields among the call's targets: their number, or their total population (missing when
   * one of them has none), citing the land-boundary rows of the route.
   */
  private RawValue gateway(
      Pair p, String t, Definition.GatewayCount.Measure measure, IndicatorSpec spec) {
    GatewaySource.Shielded s = p.gateways().of(t);
    if (!s.known()) {
      return RawValue.missing(spec.unit(), s.missing(), s.sources());
    }
    String among =
        (s.states().isEmpty()
                ? "shields none of the candidates"
                : "shields " + String.join(", ", s.states()) + " among the candidates")
            + " ("
            + p.gateways().rules()
            + ")";
    if (measure == Definition.GatewayCount.Measure.STATES) {
      return RawValue.filled(s.states().size(), spec.unit(), s.sources(), among);
    }
    double sum = 0;
    List<Observation> src = new ArrayList<>(s.sources());
    List<String> notes = new ArrayList<>(0);
    for (String u : s.states()) {
      CountryMemo um = memoFor(u);
      RawValue pop =
          (cached(um, spec, AUX, p.year()) instanceof RawValue hit
              ? hit
              : memo(
                  um,
                  spec,
                  AUX,
                  p.year(),
                  () -> single(u, Indicators.POPULATION, "", p.year(), spec)));
      if (!pop.isFilled()) {
        return RawValue.missing(
            spec.unit(), among + "; the population of " + u + " is missing: " + pop.note(), src);
      }
      sum += pop.value();
      src.addAll(pop.sources());
      if (!pop.note().isEmpty()) {
        notes.add(side(u, pop.note()));
      }
    }
    return RawValue.filled(
        sum,
        spec.unit(),
        src,
        join(
            among + (s.states().isEmpty() ? "" : "; their total population"),
            String.join("; ", notes)));
  }

  // ------------------------------------------------------------------------------------------
  // Relative weakness

  private RawValue ratio(
      Pair p,
      AggressorSide aSide,
      String t,
      CountryMemo tm,
      Definition.Quantity q,
      IndicatorSpec s) {
    RawValue a = aSide.quantity(q);
    if (!a.isFilled()) {
      return (cached(p.memo(), s, AGGRESSOR_ONLY, p.year()) instanceof RawValue hit
          ? hit
          : memo(
              p.memo(),
              s,
              AGGRESSOR_ONLY,
              p.year(),
              () -> RawValue.missing(s.unit(), p.aggressor() + "'s " + q.id() + ": " + a.note())));
    }
    RawValue tv = quantity(t, tm, q, p.year(), s);
    if (!tv.isFilled()) {
      return RawValue.missing(s.unit(), t + "'s " + q.id() + ": " + tv.note(), a.sources());
    }
    List<Observation> src = both(a.sources(), tv.sources());
    if (tv.value() == 0) {
      return RawValue.missing(s.unit(), t + "'s " + q.id() + " is 0; the ratio is undefined", src);
    }
    return RawValue.filled(
        a.value() / tv.value(),
        s.unit(),
        src,
        join(side(p.aggressor(), a.note()), side(t, tv.note())));
  }

  private RawValue quantity(
      String c, CountryMemo cm, Definition.Quantity q, int year, IndicatorSpec s) {
    return (cached(cm, s, MAIN, year) instanceof RawValue hit
        ? hit
        : memo(cm, s, MAIN, year, () -> computeQuantity(c, q, year, s)));
  }

  private RawValue computeQuantity(String c, Definition.Quantity q, int year, IndicatorSpec s) {
    switch (q) {
      case POPULATION:
        return single(c, Indicators.POPULATION, "", year, s);
      case GDP:
        return single(c, Indicators.GDP_USD, "", year, s);
      case GDP_PPP:
        return single(c, Indicators.GDP_PPP_USD, "", year, s);
      case CINC:
        return single(c, Indicators.CINC, "", year, s);
      case MILITARY_PERSONNEL:
        return single(c, Indicators.MIL_PERSONNEL, "", year, s);
      case MILITARY_SPENDING:
        return militarySpending(c, year, s);
      default:
        throw new IllegalStateException("Unhandled quantity " + q);
    }
  }

  /**
   * Military spending in USD: as printed, or % of GDP × GDP; a value from as-known sources before
   * one using a revised history, else the one describing the later year, else the printed one.
   */
  private RawValue militarySpending(String c, int year, IndicatorSpec s) {
    RawValue direct = single(c, Indicators.MILEX_USD, "", year, s);
    RawValue pct = single(c, Indicators.MILEX_GDP_PCT, "", year, s);
    RawValue gdp = pct.isFilled() ? single(c, Indicators.GDP_USD, "", year, s) : null;
    RawValue product = null;
    if (pct.isFilled() && gdp.isFilled()) {
      List<Observation> src = new ArrayList<>(pct.sources());
      src.addAll(gdp.sources());
      product =
          RawValue.filled(
              pct.value() / 100 * gdp.value(),
              s.unit(),
              src,
              join("milex_gdp_pct × gdp_usd", join(pct.note(), gdp.note())));
    }
    if (direct.isFilled() && product != null) {
      if (direct.revised() != product.revised()) {
        return direct.revised() ? product : direct; // what was known at the time comes first
      }
      return described(product) > described(direct) ? product : direct;
    }
    if (direct.isFilled()) {
      return direct;
    }
    if (product != null) {
      return product;
    }
    return RawValue.missing(
        s.unit(),
        "neither milex_usd ("
            + direct.note()
            + ") nor milex_gdp_pct × gdp_usd ("
            + (pct.isFilled() ? gdp.note() : pct.note())
            + ")");
  }

  /** The earliest year any source of a value describes (a product is as old as its oldest part). */
  private static int described(RawValue v) {
    int min = Integer.MAX_VALUE;
    for (Observation o : v.sources()) {
      min = Math.min(min, o.refYear() != null ? o.refYear() : o.edition());
    }
    return min;
  }

  // ------------------------------------------------------------------------------------------
  // Alignment

  private RawValue blocMembership(
      Pair p, String t, Definition.Side side, IndicatorSpec spec, Map<String, Boolean> changes) {
    Map<String, List<String>> blocs =
        side == Definition.Side.AGGRESSOR ? p.profile().blocs() : p.profile().rivalBlocs();
    if (blocs.isEmpty()) {
      return (cached(p.memo(), spec, AGGRESSOR_ONLY, p.year()) instanceof RawValue hit
          ? hit
          : memo(
              p.memo(),
              spec,
              AGGRESSOR_ONLY,
              p.year(),
              () ->
                  RawValue.missing(
                      spec.unit(),
                      "the model names no "
                          + (side == Definition.Side.AGGRESSOR
                              ? "blocs led by "
                              : "rival blocs of ")
                          + p.aggressor()
                          + "; add "
                          + (side == Definition.Side.AGGRESSOR ? "blocs" : "rivalBlocs")
                          + " under aggressors: "
                          + p.aggressor())));
    }
    int count = 0;
    List<Observation> members = new ArrayList<>(2);
    List<String> names = new ArrayList<>(2);
    Found list = null;
    List<String> changed = new ArrayList<>(0);
    for (Map.Entry<String, List<String>> bloc : blocs.entrySet()) {
      Boolean member = changes.get(bloc.getKey());
      if (member != null) {
        changed.add((member ? "joins " : "leaves ") + bloc.getKey());
        if (member) {
          count++;
          names.add(bloc.getKey());
        }
        continue;
      }
      for (String key : bloc.getValue()) {
        Found f = resolve(t, Indicators.MEMBER_OF, key, p.year(), spec);
        if (f.hasValue() && f.value() > 0) {
          String old = tooOld(f.observation(), p.year(), spec);
          if (old != null) {
            return RawValue.missing(spec.unit(), old, List.of(f.observation()));
          }
          count++;
          members.add(f.observation());
          names.add(bloc.getKey());
          list = f;
          break;
        }
        if (f.outcome() == Outcome.NOT_LISTED && list == null) {
          list = f;
        }
      }
    }
    String scenario =
        changed.isEmpty() ? "" : "; scenario: " + t + " " + String.join(", ", changed);
    if (list == null && changed.size() < blocs.size()) {
      return RawValue.missing(
          spec.unit(),
          "no organisation list for "
              + t
              + " as known in "
              + p.year()
              + " ("
              + whyMissing(t, Indicators.MEMBER_OF, "", p.year(), spec.sources())
              + ")");
    }
    if (count == 0) {
      if (list == null) {
        return RawValue.filled(
            0, spec.unit(), List.of(), t + " belongs to none of " + blocs.keySet() + scenario);
      }
      return RawValue.filled(
          0,
          spec.unit(),
          list.listRow() == null ? List.of() : List.of(list.listRow()),
          t
              + " belongs to none of "
              + blocs.keySet()
              + " in the "
              + list.edition()
              + " edition ("
              + list.dataset()
              + ")"
              + scenario);
    }
    return RawValue.filled(
        count, spec.unit(), members, "member of " + String.join(", ", names) + scenario);
  }

  private RawValue blocAmbiguity(
      Pair p,
      AggressorSide aSide,
      String t,
      CountryMemo tm,
      IndicatorSpec spec,
      Map<String, Boolean> changes) {
    RawValue blocs = blocMembership(p, t, Definition.Side.AGGRESSOR, spec, changes);
    if (!blocs.isFilled()) {
      return blocs;
    }
    if (blocs.value() == 0) {
      return RawValue.filled(0, spec.unit(), blocs.sources(), blocs.note());
    }
    RawValue d = unDistance(p, aSide, t, tm, spec);
    if (!d.isFilled()) {
      return RawValue.missing(spec.unit(), "UN distance missing: " + d.note(), blocs.sources());
    }
    List<Observation> src = new ArrayList<>(blocs.sources());
    src.addAll(d.sources());
    return RawValue.filled(
        blocs.value() * d.value(),
        spec.unit(),
        src,
        blocs.note() + "; × UN distance " + fmt(d.value()));
  }

  private RawValue defencePact(Pair p, String t, Definition.Side side, IndicatorSpec spec) {
    List<String> partners =
        side == Definition.Side.AGGRESSOR ? List.of(p.aggressor()) : p.profile().rivalPartners();
    if (partners.isEmpty()) {
      return (cached(p.memo(), spec, AGGRESSOR_ONLY, p.year()) instanceof RawValue hit
          ? hit
          : memo(
              p.memo(),
              spec,
              AGGRESSOR_ONLY,
              p.year(),
              () ->
                  RawValue.missing(
                      spec.unit(),
                      "the model names no rival partners for "
                          + p.aggressor()
                          + "; add rivalPartners under aggressors: "
                          + p.aggressor())));
    }
    if (!spec.sources().allowRevised()) {
      return RawValue.missing(
          spec.unit(), "ATOP has revised history; the indicator does not allow it");
    }
    List<Observation> ended = new ArrayList<>(1);
    for (String partner : partners) {
      if (partner.equals(t)) {
        continue;
      }
      Found f = resolve(t, "atop_defense", partner, p.year(), spec);
      if (f.hasValue() && f.value() > 0) {
        return RawValue.filled(
            1, spec.unit(), List.of(f.observation()), "defence pact with " + partner + " in force");
      }
      if (f.hasValue()) {
        ended.add(f.observation());
      }
    }
    return RawValue.filled(
        0,
        spec.unit(),
        ended,
        "no defence pact of " + t + " with " + partners + " in force in " + p.year() + " (ATOP)");
  }

  private RawValue unDistance(
      Pair p, AggressorSide aSide, String t, CountryMemo tm, IndicatorSpec spec) {
    RawValue a = aSide.idealPoint();
    if (!a.isFilled()) {
      return aSide.missingIdealPoint();
    }
    RawValue tv = monadic(t, tm, Indicators.UN_IDEAL_POINT, "", p.year(), spec);
    if (!tv.isFilled()) {
      return RawValue.missing(spec.unit(), t + "'s UN ideal point: " + tv.note(), a.sources());
    }
    List<Observation> src = List.of(a.sources().get(0), tv.sources().get(0));
    return RawValue.filled(
        Math.abs(a.value() - tv.value()), spec.unit(), src, join(a.note(), tv.note()));
  }

  private RawValue unVoteAgreement(Pair p, String t, IndicatorSpec spec) {
    boolean otherKeys = false;
    for (String d : datasets(spec)) {
      Set<String> keys = index.keys(t, "un_vote_agreement", d);
      if (keys.contains(p.aggressor())) {
        return single(t, "un_vote_agreement", p.aggressor(), p.year(), spec);
      }
      otherKeys |= !keys.isEmpty();
    }
    if (otherKeys) {
      return (cached(p.memo(), spec, AGGRESSOR_ONLY, p.year()) instanceof RawValue hit
          ? hit
          : memo(
              p.memo(),
              spec,
              AGGRESSOR_ONLY,
              p.year(),
              () ->
                  RawValue.missing(
                      spec.unit(),
                      "the panel holds UN vote agreement only with the permanent members of the"
                          + " Security Council (CHN, FRA, GBR, RUS, USA; SUN before 1992), not with "
                          + p.aggressor())));
    }
    return single(t, "un_vote_agreement", p.aggressor(), p.year(), spec);
  }

  // ------------------------------------------------------------------------------------------
  // Statuses, disputes and curated facts

  private RawValue majorPower(Pair p, String t, Definition.Role of, IndicatorSpec spec) {
    String c = of == Definition.Role.TARGET ? t : p.aggressor();
    if (!spec.sources().allowRevised()) {
      return RawValue.missing(
          spec.unit(),
          "COW major-power status has revised history; the indicator does not allow it");
    }
    Found f = resolve(c, "major_power", "", p.year(), spec);
    if (f.hasValue()) {
      return RawValue.filled(f.value() > 0 ? 1 : 0, spec.unit(), List.of(f.observation()), "");
    }
    return RawValue.filled(
        0, spec.unit(), List.of(), c + " is not a COW major power in " + p.year());
  }

  private RawValue midCount(Pair p, AggressorSide aSide, String t, int years, IndicatorSpec spec) {
    if (!spec.sources().allowRevised()) {
      return RawValue.missing(
          spec.unit(), "COW MID has revised history; the indicator does not allow it");
    }
    int from = p.year() - years + 1;
    List<Observation> counted = new ArrayList<>(2);
    List<String> ds = datasets(spec);
    for (int k = 0; k < ds.size(); k++) {
      List<Observation> rows = index.rows(p.aggressor(), "mid_originated", ds.get(k), t);
      for (int i = 0; i < rows.size(); i++) {
        Observation o = rows.get(i);
        if (o.refYear() != null && o.refYear() >= from && o.refYear() <= p.year()) {
          counted.add(o);
        }
      }
    }
    int lastYear = midDataEnd(spec);
    if (lastYear != Integer.MIN_VALUE && lastYear < p.year()) {
      // A count over years the data do not cover would read absence as peace.
      return RawValue.missing(
          spec.unit(),
          "the MID data end in "
              + lastYear
              + ", before the end of the window "
              + from
              + "–"
              + p.year()
              + " (not zero: unknown)",
          counted);
    }
    return RawValue.filled(
        counted.size(),
        spec.unit(),
        counted,
        counted.size()
            + " dispute(s) "
            + p.aggressor()
            + " originated against "
            + t
            + aSide.midWindow(from));
  }

  /** The end of every MID count's note in a call: the window, and where the data end. */
  private String midWindow(Pair p, int from, IndicatorSpec spec) {
    int lastYear = midDataEnd(spec);
    String window = "begun " + from + "–" + p.year();
    String end =
        lastYear != Integer.MIN_VALUE && lastYear < p.year()
            ? "; the MID data end in " + lastYear
            : "";
    return " " + window + end;
  }

  /**
   * The last year the MID datasets an indicator reads cover: the latest dispute year of any state,
   * {@link Integer#MIN_VALUE} when they hold no dispute. It is the release's end, not the
   * aggressor's last dispute: an aggressor's last dispute would tell, in an earlier year, whether
   * it begins another later (a look-ahead), and would make its quiet years read as unknown.
   */
  private int midDataEnd(IndicatorSpec spec) {
    List<String> ds = datasets(spec);
    Integer hit = midEnds.get(ds);
    if (hit != null) {
      return hit;
    }
    int last = Integer.MIN_VALUE;
    for (String country : index.panel().countries()) {
      for (String d : ds) {
        for (String k : index.keys(country, "mid_originated", d)) {
          for (Observation o : index.rows(country, "mid_originated", d, k)) {
            if (o.refYear() != null) {
              last = Math.max(last, o.refYear());
            }
          }
        }
      }
    }
    midEnds.put(ds, last);
    return last;
  }

  private RawValue curatedCount(
      Pair p, String t, CountryMemo tm, CuratedCount d, IndicatorSpec spec) {
    Optional<CuratedCounts.Count> c = curated.count(p.aggressor(), t, d.factor(), p.year());
    if (c.isEmpty()) {
      // The same words in every year: made once per pair (the arrow makes a costly UTF-16 string).
      return pairCached(p.memo(), tm, spec) instanceof RawValue hit
          ? hit
          : pairMemo(
              p.memo(),
              tm,
              spec,
              () ->
                  RawValue.missing(
                      spec.unit(),
                      p.aggressor()
                          + "→"
                          + t
                          + " "
                          + d.factor()
                          + " has not been researched (curated/researched.yaml): the count is unknown,"
                          + " not 0"));
    }
    CuratedCounts.Count n = c.get();
    List<Observation> src = n.sources();
    int value = n.facts();
    if (d.verifiedOnly()) {
      value = n.verified();
      src = src.stream().filter(o -> !o.note().contains("NOT verified")).toList();
    }
    return RawValue.filled(
        value,
        spec.unit(),
        src,
        n.facts()
            + " fact(s), "
            + (n.facts() - n.verified())
            + " unverified, known by the end of "
            + p.year()
            + "; researched: "
            + n.scope());
  }

  // ------------------------------------------------------------------------------------------

  /** One list of both sides' sources, in order (two single sources without a copy). */
  private static List<Observation> both(List<Observation> a, List<Observation> b) {
    if (a.size() == 1 && b.size() == 1) {
      return List.of(a.get(0), b.get(0));
    }
    List<Observation> src = new ArrayList<>(a.size() + b.size());
    src.addAll(a);
    src.addAll(b);
    return src;
  }

  private static String side(String country, String note) {
    // note.startsWith(country + ":"), without making that string
    return note.isEmpty() || (note.startsWith(country) && note.startsWith(":", country.length()))
        ? note
        : country + ": " + note;
  }

  private static String join(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a + "; " + b;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : String.format(java.util.Locale.ROOT, "%.4g", v);
  }
}
