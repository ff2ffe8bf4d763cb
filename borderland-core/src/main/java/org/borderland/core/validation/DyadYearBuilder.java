package org.borderland.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.borderland.core.concurrent.Cancellation;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.geography.Geography;
import org.borderland.core.indicator.RawCalculator;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.Definition;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.Sourcing;
import org.borderland.core.model.Transform;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.PanelIndex;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.score.AllPairs;
import org.borderland.core.score.Scorer;
import org.borderland.core.score.TargetResult;

/**
 * Builds directed dyad-years for every ordered pair of states in a span of knowledge years: the
 * model's factor scores and index, the Bremer-style covariates, and the outcome in the next year.
 *
 * <p><b>Features</b>, all as known at the end of the knowledge year Y:
 *
 * <ul>
 *   <li>the model's factor scores and index, divided by 100 (0 = the least exposed of A's targets
 *       that year, 1 = the most): the model's full pipeline run with every other state of Y as A's
 *       targets ({@link AllPairs#tasks}), so a score is relative to all states, not to A's
 *       neighbours. The model's curated-fact counts are left out ({@link
 *       ModelVariants#withoutCurated}): which pairs were researched, and which episodes were noted,
 *       was decided with hindsight. Each indicator reads the datasets its model file allows (the
 *       shipped models allow COW, World Bank, SIPRI and UN series, each as its row for the latest
 *       year ≤ Y);
 *   <li>{@value #LAND} and {@value #SEA}: COW direct contiguity by land (type 1) and across at most
 *       150 miles of water (types 2–4); {@value #PACT}: an ATOP defence pact between A and T;
 *       {@value #DISPARITY}: |ln(CINC of A ÷ CINC of T)| (COW NMC); {@value #A_MAJOR} and {@value
 *       #T_MAJOR}: COW major-power status. These are Bremer's (1992) "dangerous dyads" covariates
 *       without regime type and development, which the panel lacks.
 * </ul>
 *
 * <p><b>Outcome</b>: the highest hostility level of the disputes A originated against T that began
 * in Y + 1 ({@code mid_originated} rows of COW MID 5.0, whose key is T and whose year is the year
 * the dispute began; 0 for none). Knowledge years run to the year before the data's last.
 *
 * <p><b>No look-ahead</b>: every filled raw value is checked with {@link LookAhead} (a source
 * published after Y, or a revised figure describing a year after Y, stops the build with the cell
 * named).
 *
 * <p>The work is split across threads as {@link AllPairs} splits it (deterministically), so the
 * rows do not depend on the thread count.
 */
public final class DyadYearBuilder {
  /** Feature: the model's index over its factors, ÷ 100. */
  public static final String INDEX = "index";

  /** Feature: COW contiguity by land (type 1), 0 or 1. */
  public static final String LAND = "land_contiguity";

  /** Feature: COW contiguity across at most 150 miles of water (types 2–4), 0 or 1. */
  public static final String SEA = "sea_contiguity";

  /** Feature: an ATOP defence pact between A and T in force, 0 or 1. */
  public static final String PACT = "defence_pact";

  /** Feature: |ln(CINC of A ÷ CINC of T)|. */
  public static final String DISPARITY = "capability_disparity";

  /** Feature: A is a COW major power, 0 or 1. */
  public static final String A_MAJOR = "aggressor_major_power";

  /** Feature: T is a COW major power, 0 or 1. */
  public static final String T_MAJOR = "target_major_power";

  /** The Bremer-style covariates, in order. */
  public static final List<String> BREMER = List.of(LAND, SEA, PACT, DISPARITY, A_MAJOR, T_MAJOR);

  /** The dataset and indicator of the outcome. */
  public static final String MID_DATASET = "cow-mid";

  private static final String MID_INDICATOR = "mid_originated";

  private final Model featureModel;
  private final Scorer scorer;
  private final RawCalculator factorCalculator;
  private final RawCalculator bremerCalculator;
  private final PanelIndex index;
  private final CountryRegistry registry;
  private final List<String> factorIds;
  private final Map<String, Integer> outcomes = new HashMap<>();
  private final int lastMidYear;

  /**
   * A builder for a model over a panel.
   *
   * @param model the model as its file defines it; its curated counts are dropped here
   */
  public DyadYearBuilder(Model model, PanelIndex index, CountryRegistry registry) {
    this.featureModel = ModelVariants.withoutCurated(Objects.requireNonNull(model, "model"));
    this.index = Objects.requireNonNull(index, "index");
    this.registry = Objects.requireNonNull(registry, "registry");
    // The gateway indicator is answered by the border graph, as in every other scoring.
    this.factorCalculator =
        new RawCalculator(
            featureModel, index, CuratedCounts.none(), registry, new Geography(index, registry));
    this.scorer = new Scorer(featureModel, factorCalculator);
    Model bremer = bremerModel();
    this.bremerCalculator = new RawCalculator(bremer, index, CuratedCounts.none(), registry);
    this.factorIds = featureModel.factors().stream().map(FactorGroup::id).toList();
    for (String id : factorIds) {
      if (BREMER.contains(id) || id.equals(INDEX)) {
        throw new IllegalArgumentException(
            "Factor id '" + id + "' is also a validation feature's name; rename the factor");
      }
    }
    int last = Integer.MIN_VALUE;
    for (String c : index.panel().countries()) {
      for (String key : index.keys(c, MID_INDICATOR, MID_DATASET)) {
        for (Observation o : index.rows(c, MID_INDICATOR, MID_DATASET, key)) {
          if (o.refYear() == null || o.value() == null) {
            continue;
          }
          last = Math.max(last, o.refYear());
          String k = key(c, key, o.refYear());
          outcomes.merge(k, (int) Math.round(o.value()), Math::max);
        }
      }
    }
    this.lastMidYear = last;
  }

  /** The model the features come from: the model file's, without its curated counts. */
  public Model featureModel() {
    return featureModel;
  }

  /** The factor ids of the features, in model order. */
  public List<String> factorIds() {
    return factorIds;
  }

  /** The last year of the dispute data ({@link Integer#MIN_VALUE} when there is none). */
  public int lastMidYear() {
    return lastMidYear;
  }

  /** The number of disputes-begun rows (directed dyad-years with a dispute) in the panel. */
  public int disputeDyadYears() {
    return outcomes.size();
  }

  /** The hostility of the disputes A originated against T that began in {@code year}; 0: none. */
  public int hostility(String aggressor, String target, int year) {
    return outcomes.getOrDefault(key(aggressor, target, year), 0);
  }

  private static String key(String a, String t, int year) {
    return a + ' ' + t + ' ' + year;
  }

  /** Every feature name, in column order: the factors, the index, then the Bremer covariates. */
  public List<String> columnNames() {
    List<String> out = new ArrayList<>(factorIds);
    out.add(INDEX);
    out.addAll(BREMER);
    return out;
  }

  /**
   * The dyad-years of every ordered pair of states for knowledge years {@code from}–{@code to}.
   *
   * @throws IllegalArgumentException when {@code to} is not before the dispute data's last year, or
   *     the span or thread count is invalid
   * @throws IllegalStateException when a feature rests on a figure not known in its year
   */
  public DyadYears build(int from, int to, int threads) {
    if (to >= lastMidYear) {
      throw new IllegalArgumentException(
          "Knowledge years must end before "
              + lastMidYear
              + ", the last year of the dispute data (the outcome is the next year), not "
              + to);
    }
    List<AllPairs.Task> tasks = AllPairs.tasks(registry, from, to);
    int[] offsets = new int[tasks.size() + 1];
    for (int i = 0; i < tasks.size(); i++) {
      offsets[i + 1] = offsets[i] + tasks.get(i).targets().size();
    }
    int n = offsets[tasks.size()];
    String[] aggressors = new String[n];
    String[] targets = new String[n];
    int[] years = new int[n];
    int[] hostility = new int[n];
    List<String> names = columnNames();
    double[][] cols = new double[names.size()][n];
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " must be at least 1");
    }
    RuntimeException[] failures = new RuntimeException[threads];
    Thread[] workers = new Thread[threads];
    for (int k = 0; k < threads; k++) {
      int first = k;
      Runnable work =
          () -> {
            for (int i = first; i < tasks.size(); i += threads) {
              if (Thread.currentThread().isInterrupted()) {
                return;
              }
              AllPairs.Task task = tasks.get(i);
              try {
                fill(task, offsets[i], aggressors, targets, years, hostility, cols);
              } catch (RuntimeException e) {
                failures[first] = e;
                return;
              }
            }
          };
      if (threads == 1) {
        work.run();
        Cancellation.check();
      } else {
        workers[k] = new Thread(work, "dyad-years-" + k);
        workers[k].start();
      }
    }
    for (Thread w : workers) {
      if (w != null) {
        try {
          w.join();
        } catch (InterruptedException e) {
          for (Thread x : workers) {
            if (x != null) {
              x.interrupt();
            }
          }
          Thread.currentThread().interrupt();
          throw Cancellation.cancelled("building dyad-years", e);
        }
      }
    }
    for (RuntimeException f : failures) {
      if (f != null) {
        throw f;
      }
    }
    Map<String, double[]> columns = new LinkedHashMap<>();
    for (int c = 0; c < names.size(); c++) {
      columns.put(names.get(c), cols[c]);
    }
    return new DyadYears(aggressors, targets, years, hostility, columns);
  }

  /**
   * The features of some targets of one aggressor in one knowledge year, computed against every
   * state of that year (as in {@link #build}), so that a fitted model applies to them.
   *
   * @return feature name → value per target, in the order given (NaN where missing)
   */
  public Map<String, double[]> features(String aggressor, int year, List<String> targets) {
    AllPairs.Task all = null;
    for (AllPairs.Task t : AllPairs.tasks(registry, year, year)) {
      if (t.aggressor().equals(aggressor)) {
        all = t;
      }
    }
    if (all == null) {
      throw new IllegalArgumentException(aggressor + " is not a state in " + year);
    }
    int m = all.targets().size();
    double[][] cols = new double[columnNames().size()][m];
    fill(all, 0, new String[m], new String[m], new int[m], new int[m], cols);
    Map<String, Integer> pos = new HashMap<>();
    for (int i = 0; i < m; i++) {
      pos.put(all.targets().get(i), i);
    }
    Map<String, double[]> out = new LinkedHashMap<>();
    List<String> names = columnNames();
    for (int c = 0; c < names.size(); c++) {
      double[] v = new double[targets.size()];
      for (int k = 0; k < targets.size(); k++) {
        Integer p = pos.get(targets.get(k));
        v[k] = p == null ? Double.NaN : cols[c][p];
      }
      out.put(names.get(c), v);
    }
    return out;
  }

  private void fill(
      AllPairs.Task task,
      int offset,
      String[] aggressors,
      String[] targets,
      int[] years,
      int[] hostility,
      double[][] cols) {
    String a = task.aggressor();
    int y = task.year();
    List<String> ts = task.targets();
    RawTable raw = factorCalculator.compute(a, y, ts);
    check(raw);
    List<TargetResult> ranking = scorer.ranking(raw);
    Map<String, TargetResult> byTarget = new HashMap<>(ranking.size() * 2);
    for (TargetResult r : ranking) {
      byTarget.put(r.target(), r);
    }
    RawTable b = bremerCalculator.compute(a, y, ts);
    check(b);
    int nf = factorIds.size();
    for (int k = 0; k < ts.size(); k++) {
      int row = offset + k;
      String t = ts.get(k);
      aggressors[row] = a;
      targets[row] = t;
      years[row] = y;
      hostility[row] = hostility(a, t, y + 1);
      TargetResult r = byTarget.get(t);
      for (int f = 0; f < nf; f++) {
        Double v = r.factors().get(factorIds.get(f));
        cols[f][row] = v == null ? Double.NaN : v / 100;
      }
      cols[nf][row] = r.index() / 100;
      double closeness = b.get(k, 0).valueOrNaN();
      cols[nf + 1][row] = Double.isNaN(closeness) ? Double.NaN : closeness == 5 ? 1 : 0;
      cols[nf + 2][row] =
          Double.isNaN(closeness) ? Double.NaN : closeness >= 2 && closeness <= 4 ? 1 : 0;
      cols[nf + 3][row] = b.get(k, 1).valueOrNaN();
      double ratio = b.get(k, 2).valueOrNaN();
      cols[nf + 4][row] = ratio > 0 ? Math.abs(Math.log(ratio)) : Double.NaN;
      cols[nf + 5][row] = b.get(k, 3).valueOrNaN();
      cols[nf + 6][row] = b.get(k, 4).valueOrNaN();
    }
  }

  private static void check(RawTable raw) {
    String v = LookAhead.firstViolation(raw);
    if (v != null) {
      throw new IllegalStateException("Look-ahead in a validation feature: " + v);
    }
  }

  /**
   * The Bremer-style covariates as a model over the panel: COW contiguity, an ATOP defence pact
   * with the aggressor, the CINC ratio, and both sides' COW major-power status (all revised
   * histories, read as the row for the latest year ≤ Y).
   */
  public static Model bremerModel() {
    List<IndicatorSpec> specs =
        List.of(
            spec("contiguity", new Definition.Contiguity(), "cow-contdir", "6 − COW type"),
            spec("pact", new Definition.DefencePact(Definition.Side.AGGRESSOR), "atop", "flag"),
            spec("cinc", new Definition.Ratio(Definition.Quantity.CINC), "cow-nmc", "ratio"),
            spec(
                "a_major",
                new Definition.MajorPower(Definition.Role.AGGRESSOR),
                "cow-majors",
                "flag"),
            spec(
                "t_major",
                new Definition.MajorPower(Definition.Role.TARGET),
                "cow-majors",
                "flag"));
    return new Model(
        "bremer",
        "Bremer-style dangerous dyads",
        "Contiguity, alliance, capability and major-power status (Bremer 1992)",
        Map.of(),
        List.of(
            new FactorGroup("dyad", "Dyad", "covariates", 1, Aggregation.ARITHMETIC_MEAN, true)),
        specs,
        Aggregation.ARITHMETIC_MEAN,
        List.of());
  }

  private static IndicatorSpec spec(String id, Definition d, String dataset, String unit) {
    return new IndicatorSpec(
        id,
        id,
        "dyad",
        d,
        1,
        new Transform.Identity(),
        1,
        unit,
        true,
        Sourcing.revised(dataset),
        null,
        "");
  }
}
