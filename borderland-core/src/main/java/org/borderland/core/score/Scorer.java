package org.borderland.core.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.geography.Geography;
import org.borderland.core.indicator.RawCalculator;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.MissingFactors;
import org.borderland.core.model.Model;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.RawValue;
import org.borderland.core.model.Transform;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.PanelIndex;
import org.borderland.core.pipeline.Dataset;
import org.borderland.core.pipeline.Node;
import org.borderland.core.pipeline.Pipeline;
import org.borderland.core.pipeline.Ranks;
import org.borderland.core.pipeline.Results;
import org.borderland.core.pipeline.Run;
import org.borderland.core.pipeline.Tree;

/**
 * Scores candidate targets for an aggressor and knowledge year: raw dyadic values from the panel
 * (as known then), each indicator's transform, then the model's pipeline (impute, treat, normalise,
 * aggregate) up the tree indicators → factors → index, and a ranking.
 *
 * <p>The treat step skips flags (fewer than three distinct values, where winsorising the few
 * non-zero values would erase them) and indicators with fewer than four values (whose kurtosis is
 * undefined); the skipped list is in the step's record, so explanations show it.
 *
 * <p>Nothing about the result is fixed in code: it follows from the panel and the model file. The
 * scorer keeps its panel index and caches between calls, so score many years or aggressors with one
 * instance; it is safe to use from several threads.
 *
 * <p>{@link #score} keeps every dataset the pipeline made, for explanations; {@link #ranking} gives
 * the same ranking (equal bit for bit) from the same steps run on plain columns, with about a
 * quarter less work and half the memory, for bulk work such as scoring every pair of states.
 */
public final class Scorer {
  /** Indicators with fewer distinct values than this are not winsorised (flags). */
  static final int MIN_DISTINCT_TO_TREAT = 3;

  /** Indicators with fewer values than this are not treated: kurtosis needs four. */
  static final int MIN_VALUES_TO_TREAT = 4;

  /** Ranked targets first, by rank, then those without a rank; ties by ISO3. */
  private static final Comparator<TargetResult> BY_RANK =
      (a, b) -> {
        int ra = a.rank() == null ? Integer.MAX_VALUE : a.rank();
        int rb = b.rank() == null ? Integer.MAX_VALUE : b.rank();
        return ra != rb ? Integer.compare(ra, rb) : a.target().compareTo(b.target());
      };

  private final Model model;
  private final RawCalculator calculator;
  private final Tree tree;
  private final ColumnPipeline columns;
  private final List<String> factorIds;
  private final Map<RawTable, Prepared> prepared = Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * A scorer for one model over one panel; the gateway indicators come from a {@link Geography} of
   * the panel.
   */
  public Scorer(Model model, Panel panel, CuratedCounts curated, CountryRegistry registry) {
    this(model, calculator(model, panel.index(), curated, registry));
  }

  private static RawCalculator calculator(
      Model model, PanelIndex index, CuratedCounts curated, CountryRegistry registry) {
    return new RawCalculator(model, index, curated, registry, new Geography(index, registry));
  }

  /** A scorer over an existing calculator (which carries the panel index and its caches). */
  public Scorer(Model model, RawCalculator calculator) {
    this.model = model;
    this.calculator = calculator;
    this.tree = tree(model);
    this.columns = ColumnPipeline.of(model, tree);
    this.factorIds = model.factors().stream().map(FactorGroup::id).toList();
  }

  /** The model. */
  public Model model() {
    return model;
  }

  /** The indicator tree the pipeline aggregates: indicators → factors → {@code index}. */
  public Tree tree() {
    return tree;
  }

  /** The tree of a model. */
  public static Tree tree(Model model) {
    List<Node> nodes = new ArrayList<>();
    nodes.add(
        new Node(
            Scoring.INDEX,
            model.name(),
            3,
            null,
            1,
            1,
            model.indexAggregation(),
            null,
            Double.NaN,
            ""));
    for (FactorGroup f : model.factors()) {
      nodes.add(
          new Node(
              f.id(),
              f.name(),
              2,
              Scoring.INDEX,
              f.weight(),
              1,
              f.aggregation(),
              null,
              Double.NaN,
              ""));
    }
    for (IndicatorSpec s : model.indicators()) {
      nodes.add(
          new Node(
              s.id(),
              s.name(),
              1,
              s.factor(),
              s.weight(),
              s.direction(),
              null,
              null,
              Double.NaN,
              s.unit()));
    }
    return Tree.of(nodes);
  }

  /**
   * Scores the targets.
   *
   * @throws org.borderland.core.country.UnknownCountryException for an unknown code, with
   *     suggestions
   */
  public Scoring score(String aggressor, int year, List<String> targets) {
    RawTable raw = calculator.compute(aggressor, year, targets);
    return score(raw);
  }

  /** Runs the pipeline over raw values already computed. */
  public Scoring score(RawTable raw) {
    List<IndicatorSpec> specs = model.indicators();
    Prepared p = prepared(raw);
    Dataset.Builder b = Dataset.builder(raw.targets());
    Set<String> untreated = new HashSet<>();
    for (int i = 0; i < specs.size(); i++) {
      b.values(specs.get(i).id(), p.columns[i]);
      if (p.untreated[i]) {
        untreated.add(specs.get(i).id());
      }
    }
    Run run = run(b.build(), p, untreated);
    Dataset last = run.last();
    int n = raw.targets().size();
    int[] rows = new int[n];
    for (int t = 0; t < n; t++) {
      rows[t] = last.row(raw.targets().get(t));
    }
    List<FactorGroup> factors = model.factors();
    double[][] factorScores = new double[factors.size()][];
    for (int f = 0; f < factorScores.length; f++) {
      factorScores[f] = last.values(factors.get(f).id());
    }
    Dataset imputedData = run.datasets().get("Imputed");
    double[][] imputed = null;
    int[] imputedRows = null;
    if (imputedData != null) {
      imputed = new double[specs.size()][];
      for (int i = 0; i < imputed.length; i++) {
        imputed[i] = imputedData.values(specs.get(i).id());
      }
      imputedRows = new int[n];
      for (int t = 0; t < n; t++) {
        imputedRows[t] = imputedData.row(raw.targets().get(t));
      }
    }
    List<TargetResult> out =
        results(
            raw,
            p,
            last.values(Scoring.INDEX),
            new Results(tree, last).ranks(Scoring.INDEX),
            factorScores,
            rows,
            imputed,
            imputedRows);
    return new Scoring(model, raw.aggressor(), raw.year(), raw, run, out);
  }

  /**
   * The pipeline's run over the raw dataset: on the same columns as a ranking where the model has a
   * column form (its datasets built from each step's columns), else step by step through the
   * datasets; a step that fails on columns is rerun on datasets for the failure in its words.
   */
  private Run run(Dataset raw, Prepared p, Set<String> untreated) {
    Pipeline pipeline = ModelPipeline.of(model, untreated);
    if (columns != null) {
      try {
        ColumnPipeline.Out o = columns.run(copy(p.columns), p.untreated, true);
        return new Run(tree, pipeline.log(), columns.datasets(raw, o));
      } catch (RuntimeException e) {
        // below: the datasets' pipeline reports the failure in its words
      }
    }
    return pipeline.run(raw, tree);
  }

  private static double[][] copy(double[][] columns) {
    double[][] out = new double[columns.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = columns[i].clone(); // the pipeline's steps may write into their columns
    }
    return out;
  }

  /**
   * The ranking of the targets, best first: equal to {@code score(aggressor, year,
   * targets).results()}, computed without keeping the pipeline's datasets.
   *
   * @throws org.borderland.core.country.UnknownCountryException for an unknown code, with
   *     suggestions
   */
  public List<TargetResult> ranking(String aggressor, int year, List<String> targets) {
    return ranking(calculator.compute(aggressor, year, targets));
  }

  /**
   * The ranking of raw values already computed, best first: equal to {@code score(raw).results()},
   * computed on plain columns (see {@link ColumnPipeline}).
   */
  public List<TargetResult> ranking(RawTable raw) {
    if (columns == null) {
      return score(raw).results();
    }
    Prepared p = prepared(raw);
    ColumnPipeline.Out o;
    try {
      o = columns.run(copy(p.columns), p.untreated);
    } catch (RuntimeException e) {
      return score(raw).results(); // the datasets' pipeline reports the failure in its words
    }
    List<FactorGroup> factors = model.factors();
    double[][] factorScores = new double[factors.size()][];
    for (int f = 0; f < factorScores.length; f++) {
      factorScores[f] = o.columns[columns.position(factors.get(f).id())];
    }
    double[] index = o.columns[columns.position(Scoring.INDEX)];
    int[] rows = new int[raw.targets().size()];
    for (int t = 0; t < rows.length; t++) {
      rows[t] = t;
    }
    return results(
        raw,
        p,
        index,
        Ranks.descending(index),
        factorScores,
        rows,
        o.imputed,
        o.imputed == null ? null : rows);
  }

  /**
   * What the pipeline and the quality counts need from the raw values, read in one pass: the
   * transformed columns in model order, which of them the treat step skips, which cells are filled,
   * and per target the cells resting on unverified sources.
   */
  private record Prepared(
      double[][] columns, boolean[] untreated, boolean[][] filled, int[] unverified) {}

  /**
   * What was read from a raw table, kept as long as the table itself is (a raw table never changes;
   * its keys compare by identity): a warm ranking of the same table, as the server's repeated
   * requests make, still runs the whole pipeline but reads its cells once.
   */
  private Prepared prepared(RawTable raw) {
    Prepared p = prepared.get(raw);
    if (p == null) {
      p = prepare(raw);
      prepared.put(raw, p);
    }
    return p;
  }

  private Prepared prepare(RawTable raw) {
    List<IndicatorSpec> specs = model.indicators();
    int[] positions = positions(raw);
    int n = raw.targets().size();
    double[][] cols = new double[specs.size()][];
    boolean[] untreated = new boolean[specs.size()];
    boolean[][] filled = new boolean[specs.size()][n];
    int[] unverified = new int[n];
    for (int i = 0; i < cols.length; i++) {
      Transform transform = specs.get(i).transform();
      boolean identity = transform instanceof Transform.Identity; // apply(x) is x: no call
      double[] c = new double[n];
      for (int t = 0; t < n; t++) {
        RawValue v = raw.get(t, positions[i]);
        // As RawTable.transformed: the transform of the value, NaN where missing.
        double x = v.valueOrNaN();
        c[t] = Double.isNaN(x) || identity ? x : transform.apply(x);
        filled[i][t] = v.isFilled();
        if (!v.sources().isEmpty() && v.unverified()) {
          unverified[t]++;
        }
      }
      cols[i] = c;
      untreated[i] = untreatable(c);
    }
    return new Prepared(cols, untreated, filled, unverified);
  }

  /**
   * The results, ranked, from the pipeline's last columns.
   *
   * @param p what was read from the raw values
   * @param index the index, by row of the pipeline's data
   * @param ranks the index's ranks, by row (0: no rank)
   * @param factorScores per factor, by row
   * @param rows the row of each raw-table target
   * @param imputed per model indicator, the values after imputation by row; {@code null} without an
   *     impute step
   * @param imputedRows the row of each raw-table target in {@code imputed}
   */
  private List<TargetResult> results(
      RawTable raw,
      Prepared p,
      double[] index,
      int[] ranks,
      double[][] factorScores,
      int[] rows,
      double[][] imputed,
      int[] imputedRows) {
    Quality[] quality = quality(p, imputed, imputedRows);
    ranks = coveredRanks(index, ranks, factorScores, rows);
    List<TargetResult> out = new ArrayList<>(raw.targets().size());
    for (int t = 0; t < raw.targets().size(); t++) {
      int row = rows[t];
      double[] scores = new double[factorScores.length];
      for (int f = 0; f < factorScores.length; f++) {
        scores[f] = factorScores[f][row];
      }
      Map<String, Double> fs = new FactorScores(factorIds, scores);
      int rank = ranks[row];
      out.add(
          new TargetResult(
              raw.targets().get(t), index[row], rank == 0 ? null : rank, fs, quality[t]));
    }
    out.sort(BY_RANK);
    return out;
  }

  /** The position in the raw table of each model indicator, in model order. */
  private int[] positions(RawTable raw) {
    List<String> ids = model.indicatorIds();
    int[] out = new int[ids.size()];
    List<String> have = raw.indicators();
    for (int i = 0; i < out.length; i++) {
      out[i] = i < have.size() && have.get(i).equals(ids.get(i)) ? i : have.indexOf(ids.get(i));
      if (out[i] < 0) {
        throw new IllegalArgumentException(
            "Indicator '" + ids.get(i) + "' is not in the raw table; indicators: " + have);
      }
    }
    return out;
  }

  /**
   * Whether the treat step skips a transformed column: a flag (fewer than {@link
   * #MIN_DISTINCT_TO_TREAT} distinct values) or fewer than {@link #MIN_VALUES_TO_TREAT} values.
   */
  public static boolean untreatable(double[] column) {
    return distinct(column) < MIN_DISTINCT_TO_TREAT || present(column) < MIN_VALUES_TO_TREAT;
  }

  private static int present(double[] column) {
    int n = 0;
    for (double v : column) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The ranks by row once the targets with too few factors ({@link MissingFactors#minCoverage}) are
   * taken out: they keep their index but get no rank, and the others are ranked among themselves.
   */
  private int[] coveredRanks(double[] index, int[] ranks, double[][] factorScores, int[] rows) {
    MissingFactors missing = model.missingFactors();
    if (missing.minCoverage() == 0) {
      return ranks;
    }
    double[] eligible = index.clone();
    boolean out = false;
    for (int row : rows) {
      int present = 0;
      for (double[] f : factorScores) {
        if (!Double.isNaN(f[row])) {
          present++;
        }
      }
      if (!missing.ranks(present)) {
        eligible[row] = Double.NaN;
        out = true;
      }
    }
    return out ? Ranks.descending(eligible) : ranks;
  }

  /** How complete each target's data was, in raw-table order. */
  private static Quality[] quality(Prepared p, double[][] imputed, int[] imputedRows) {
    int n = p.unverified().length;
    int[] filled = new int[n];
    int[] imputedCount = new int[n];
    int[] missing = new int[n];
    for (int i = 0; i < p.filled().length; i++) {
      boolean[] f = p.filled()[i];
      for (int t = 0; t < n; t++) {
        if (f[t]) {
          filled[t]++;
        } else if (imputed != null && !Double.isNaN(imputed[i][imputedRows[t]])) {
          imputedCount[t]++;
        } else {
          missing[t]++;
        }
      }
    }
    Quality[] out = new Quality[n];
    for (int t = 0; t < n; t++) {
      out[t] = new Quality(filled[t], imputedCount[t], missing[t], p.unverified()[t]);
    }
    return out;
  }

  /**
   * The number of distinct values present, counted up to {@link #MIN_DISTINCT_TO_TREAT}; values are
   * told apart as {@link Double#equals} does (bit for bit, so -0.0 differs from 0.0).
   */
  static int distinct(double[] column) {
    long[] seen = new long[MIN_DISTINCT_TO_TREAT];
    int n = 0;
    for (double v : column) {
      if (Double.isNaN(v)) {
        continue;
      }
      long bits = Double.doubleToLongBits(v);
      boolean known = false;
      for (int i = 0; i < n; i++) {
        if (seen[i] == bits) {
          known = true;
          break;
        }
      }
      if (!known) {
        seen[n++] = bits;
        if (n >= MIN_DISTINCT_TO_TREAT) {
          break;
        }
      }
    }
    return n;
  }
}
