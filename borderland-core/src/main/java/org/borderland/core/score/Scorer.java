package org.borderland.core.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.PanelIndex;
import org.borderland.core.model.RawCalculator;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Panel;
import org.borderland.core.pipeline.Dataset;
import org.borderland.core.pipeline.Node;
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
 * instance.
 */
public final class Scorer {
  /** Indicators with fewer distinct values than this are not winsorised (flags). */
  static final int MIN_DISTINCT_TO_TREAT = 3;

  /** Indicators with fewer values than this are not treated: kurtosis needs four. */
  static final int MIN_VALUES_TO_TREAT = 4;

  private final Model model;
  private final RawCalculator calculator;
  private final Tree tree;

  /** A scorer for one model over one panel. */
  public Scorer(Model model, Panel panel, CuratedCounts curated, CountryRegistry registry) {
    this(model, new RawCalculator(model, PanelIndex.of(panel), curated, registry));
  }

  /** A scorer over an existing calculator (which carries the panel index and its caches). */
  public Scorer(Model model, RawCalculator calculator) {
    this.model = model;
    this.calculator = calculator;
    this.tree = tree(model);
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
            ModelPipeline.aggregation(model.indexAggregation()),
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
              ModelPipeline.aggregation(f.aggregation()),
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
    Dataset.Builder b = Dataset.builder(raw.targets());
    Set<String> untreated = new HashSet<>();
    for (IndicatorSpec s : model.indicators()) {
      double[] column = raw.transformed(s);
      b.values(s.id(), column);
      if (distinct(column) < MIN_DISTINCT_TO_TREAT || present(column) < MIN_VALUES_TO_TREAT) {
        untreated.add(s.id());
      }
    }
    Run run = ModelPipeline.of(model, untreated).run(b.build(), tree);
    Results results = run.results();
    List<TargetResult> out = new ArrayList<>();
    for (String t : raw.targets()) {
      Map<String, Double> factors = new LinkedHashMap<>();
      for (FactorGroup f : model.factors()) {
        factors.put(f.id(), results.score(t, f.id()));
      }
      OptionalInt rank = results.rank(t, Scoring.INDEX);
      out.add(
          new TargetResult(
              t,
              results.score(t, Scoring.INDEX),
              rank.isPresent() ? rank.getAsInt() : null,
              factors,
              quality(raw, run, t)));
    }
    out.sort(
        Comparator.comparing((TargetResult r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
            .thenComparing(TargetResult::target));
    return new Scoring(model, raw.aggressor(), raw.year(), raw, run, out);
  }

  private Quality quality(RawTable raw, Run run, String target) {
    int filled = 0;
    int imputed = 0;
    int missing = 0;
    int unverified = 0;
    Dataset imputedData = run.datasets().get("Imputed");
    for (IndicatorSpec s : model.indicators()) {
      RawValue v = raw.get(target, s.id());
      if (v.isFilled()) {
        filled++;
      } else if (imputedData != null
          && !Double.isNaN(imputedData.value(imputedData.row(target), s.id()))) {
        imputed++;
      } else {
        missing++;
      }
      if (v.unverified()) {
        unverified++;
      }
    }
    return new Quality(filled, imputed, missing, unverified);
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

  private static int distinct(double[] column) {
    Set<Double> seen = new HashSet<>();
    for (double v : column) {
      if (!Double.isNaN(v)) {
        seen.add(v);
        if (seen.size() >= MIN_DISTINCT_TO_TREAT) {
          break;
        }
      }
    }
    return seen.size();
  }
}
