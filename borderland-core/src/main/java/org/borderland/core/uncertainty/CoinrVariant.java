package org.borderland.core.uncertainty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderland.core.pipeline.Dataset;
import org.borderland.core.pipeline.Pipeline;
import org.borderland.core.pipeline.Tree;

/** A dataset in COINr's layout with its tree and pipeline (what {@code composite} builds). */
public final class CoinrVariant extends Variant {
  private final Dataset data;
  private final Pipeline pipeline;

  /**
   * A variant over a dataset.
   *
   * @param label its label
   * @param data the raw data, one row per unit (no Time column)
   * @param tree the tree
   * @param pipeline the steps; the last one aggregates
   * @throws IllegalArgumentException for panel data or an indicator column missing
   */
  public CoinrVariant(String label, Dataset data, Tree tree, Pipeline pipeline) {
    super(label, tree);
    if (data.hasTime()) {
      throw new IllegalArgumentException(
          "The data has a Time column; an analysis ranks one cross-section. Keep one time in the"
              + " data (or a select step first)");
    }
    for (String code : tree.indicatorCodes()) {
      if (!data.has(code)) {
        throw new IllegalArgumentException(
            "Indicator '"
                + code
                + "' of the tree has no column in the data; columns: "
                + data.codes());
      }
    }
    this.data = data;
    this.pipeline = pipeline;
  }

  @Override
  public List<String> units() {
    return data.units();
  }

  @Override
  public double[][] raw() {
    List<String> codes = tree().indicatorCodes();
    double[][] out = new double[codes.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = data.values(codes.get(i));
    }
    return out;
  }

  @Override
  Setup setup(double[][] raw) {
    List<String> codes = tree().indicatorCodes();
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (int i = 0; i < raw.length; i++) {
      cols.put(codes.get(i), raw[i]);
    }
    return new Setup(data.withValues(cols), pipeline);
  }
}
