package org.borderland.core.uncertainty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.Sourcing;
import org.borderland.core.pipeline.Dataset;
import org.borderland.core.score.ModelPipeline;
import org.borderland.core.score.Scorer;

/**
 * A Borderland model's raw values for one aggressor, year and set of targets, scored as {@link
 * Scorer} scores them: each indicator's transform, the treat step skipping flags and short columns
 * ({@link Scorer#untreatable}), then the model's pipeline up the tree indicators → factors → index.
 */
public final class ModelVariant extends Variant {
  private final Model model;
  private final RawTable table;
  private final Function<Model, RawTable> compute;

  /**
   * A variant of a model.
   *
   * @param label its label (e.g. the model's id)
   * @param model the model
   * @param table its raw values for the targets
   * @param compute the raw values of another model for the same aggressor, year and targets (used
   *     for source choices)
   */
  public ModelVariant(
      String label, Model model, RawTable table, Function<Model, RawTable> compute) {
    super(label, Scorer.tree(model));
    this.model = model;
    this.table = table;
    this.compute = compute;
  }

  /** The model. */
  public Model model() {
    return model;
  }

  @Override
  public List<String> units() {
    return table.targets();
  }

  @Override
  public double[][] raw() {
    List<IndicatorSpec> specs = model.indicators();
    double[][] out = new double[specs.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = table.column(specs.get(i).id());
    }
    return out;
  }

  @Override
  Setup setup(double[][] raw) {
    List<IndicatorSpec> specs = model.indicators();
    Dataset.Builder b = Dataset.builder(table.targets());
    Set<String> untreated = new HashSet<>();
    for (int i = 0; i < specs.size(); i++) {
      IndicatorSpec s = specs.get(i);
      double[] c = new double[raw[i].length];
      for (int t = 0; t < c.length; t++) {
        double x = raw[i][t];
        c[t] = Double.isNaN(x) ? x : s.transform().apply(x);
      }
      b.values(s.id(), c);
      if (Scorer.untreatable(c)) {
        untreated.add(s.id());
      }
    }
    return new Setup(b.build(), ModelPipeline.of(model, untreated));
  }

  @Override
  double[] sourceColumn(Input.DataSources input, String label) {
    Sourcing sourcing = input.alternatives().get(label);
    List<IndicatorSpec> specs = new ArrayList<>();
    for (IndicatorSpec s : model.indicators()) {
      specs.add(
          s.id().equals(input.indicator())
              ? new IndicatorSpec(
                  s.id(),
                  s.name(),
                  s.factor(),
                  s.definition(),
                  s.direction(),
                  s.transform(),
                  s.weight(),
                  s.unit(),
                  s.addition(),
                  sourcing,
                  s.maxAge(),
                  s.note())
              : s);
    }
    Model changed = model.with(model.factors(), specs);
    RawTable t = compute.apply(changed);
    if (!t.targets().equals(table.targets())) {
      throw new IllegalStateException(
          "Raw values for source '" + label + "' came for other targets: " + t.targets());
    }
    return t.column(input.indicator());
  }
}
