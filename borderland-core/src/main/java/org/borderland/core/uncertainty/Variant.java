package org.borderland.core.uncertainty;

import java.util.List;
import java.util.Objects;
import org.borderland.core.pipeline.Dataset;
import org.borderland.core.pipeline.Pipeline;
import org.borderland.core.pipeline.Tree;

/**
 * One variant of the composite indicator an analysis perturbs: raw data, the tree and the pipeline
 * that turns the data into the index. Data inputs act on the raw indicator columns; the other
 * inputs change the pipeline's steps and the tree's weights and methods.
 */
public abstract sealed class Variant permits CoinrVariant, ModelVariant {
  private final String label;
  private final Tree tree;

  Variant(String label, Tree tree) {
    this.label = Objects.requireNonNull(label, "label");
    this.tree = Objects.requireNonNull(tree, "tree");
  }

  /** The label a model input names it by, e.g. {@code essay}. */
  public String label() {
    return label;
  }

  /** The indicator tree. */
  public Tree tree() {
    return tree;
  }

  /** The units of the raw data, one per row. */
  public abstract List<String> units();

  /** The raw value columns of the tree's indicators, in tree order (new arrays). */
  public abstract double[][] raw();

  /**
   * The data and the full pipeline (its last step aggregates) for raw indicator columns in tree
   * order, perturbed or not.
   */
  abstract Setup setup(double[][] raw);

  /**
   * The raw column of an indicator computed from another source choice.
   *
   * @throws IllegalArgumentException when the variant cannot recompute its data
   */
  double[] sourceColumn(Input.DataSources input, String label) {
    throw new IllegalArgumentException(
        "Input '"
            + input.name()
            + "': source choices need a Borderland model, which computes its indicators from the"
            + " panel; a dataset read from files has only its own columns");
  }

  /**
   * What one set of raw columns gives the pipeline.
   *
   * @param data the data the first step reads
   * @param pipeline the steps, the last one {@code aggregate}
   */
  record Setup(Dataset data, Pipeline pipeline) {}
}
