package org.borderland.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The raw values of one aggressor and knowledge year: one {@link RawValue} per target and model
 * indicator. It is the input the pipeline normalises and aggregates.
 */
public final class RawTable {
  private final String modelId;
  private final String aggressor;
  private final int year;
  private final List<String> targets;
  private final List<String> indicators;
  private final Map<String, Integer> targetIndex;
  private final Map<String, Integer> indicatorIndex;
  private final RawValue[][] cells;

  /**
   * Holds the cells; {@code cells[t][i]} is target {@code t}, indicator {@code i}.
   *
   * @throws IllegalArgumentException when a target or indicator repeats, a cell is null, or the
   *     shape does not match
   */
  public RawTable(
      String modelId,
      String aggressor,
      int year,
      List<String> targets,
      List<String> indicators,
      RawValue[][] cells) {
    this.modelId = Objects.requireNonNull(modelId, "modelId");
    this.aggressor = Objects.requireNonNull(aggressor, "aggressor");
    this.year = year;
    this.targets = List.copyOf(targets);
    this.indicators = List.copyOf(indicators);
    this.targetIndex = index(this.targets, "target");
    this.indicatorIndex = index(this.indicators, "indicator");
    if (cells.length != this.targets.size()) {
      throw new IllegalArgumentException(
          "RawTable has " + cells.length + " rows for " + this.targets.size() + " targets");
    }
    this.cells = new RawValue[cells.length][];
    for (int t = 0; t < cells.length; t++) {
      if (cells[t].length != this.indicators.size()) {
        throw new IllegalArgumentException(
            "RawTable row " + this.targets.get(t) + " has " + cells[t].length + " cells");
      }
      for (RawValue v : cells[t]) {
        Objects.requireNonNull(v, "a RawTable cell is null");
      }
      this.cells[t] = cells[t].clone();
    }
  }

  private static Map<String, Integer> index(List<String> ids, String what) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      if (m.put(ids.get(i), i) != null) {
        throw new IllegalArgumentException("RawTable lists " + what + " " + ids.get(i) + " twice");
      }
    }
    return m;
  }

  /** The model the values were computed for. */
  public String modelId() {
    return modelId;
  }

  /** The aggressor. */
  public String aggressor() {
    return aggressor;
  }

  /** The knowledge year. */
  public int year() {
    return year;
  }

  /** The targets, in the order given. */
  public List<String> targets() {
    return targets;
  }

  /** The indicator ids, in model order. */
  public List<String> indicators() {
    return indicators;
  }

  /**
   * One cell.
   *
   * @throws IllegalArgumentException naming the unknown target or indicator
   */
  public RawValue get(String target, String indicator) {
    Integer t = targetIndex.get(target);
    if (t == null) {
      throw new IllegalArgumentException(
          "Target " + target + " is not in the table; targets: " + String.join(", ", targets));
    }
    return cells[t][indicatorPosition(indicator)];
  }

  private int indicatorPosition(String indicator) {
    Integer i = indicatorIndex.get(indicator);
    if (i == null) {
      throw new IllegalArgumentException(
          "Indicator '"
              + indicator
              + "' is not in the table; indicators: "
              + String.join(", ", indicators));
    }
    return i;
  }

  /** One cell by position. */
  public RawValue get(int target, int indicator) {
    return cells[target][indicator];
  }

  /** The cells of one target, by indicator id, in model order. */
  public Map<String, RawValue> row(String target) {
    Map<String, RawValue> out = new LinkedHashMap<>();
    for (String i : indicators) {
      out.put(i, get(target, i));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The values of one indicator, one per target in order, {@code NaN} where missing. */
  public double[] column(String indicator) {
    int i = indicatorPosition(indicator);
    double[] out = new double[targets.size()];
    for (int t = 0; t < out.length; t++) {
      out[t] = cells[t][i].valueOrNaN();
    }
    return out;
  }

  /**
   * The values of one indicator after the indicator's transform, {@code NaN} where missing or
   * outside the transform's domain.
   */
  public double[] transformed(IndicatorSpec spec) {
    double[] raw = column(spec.id());
    for (int t = 0; t < raw.length; t++) {
      raw[t] = Double.isNaN(raw[t]) ? Double.NaN : spec.transform().apply(raw[t]);
    }
    return raw;
  }

  /** How many targets have a value for the indicator. */
  public int filled(String indicator) {
    int n = 0;
    for (double v : column(indicator)) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /** The share of targets with a value for the indicator, 0–1 (0 for an empty table). */
  public double fillRate(String indicator) {
    return targets.isEmpty() ? 0 : (double) filled(indicator) / targets.size();
  }

  /** The targets whose value for the indicator is missing, with the reasons. */
  public Map<String, String> missing(String indicator) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String t : targets) {
      RawValue v = get(t, indicator);
      if (!v.isFilled()) {
        out.put(t, v.note());
      }
    }
    return out;
  }

  /** Every cell as a list, target-major: for tests and exports. */
  public List<RawValue> cells() {
    List<RawValue> out = new ArrayList<>();
    for (RawValue[] row : cells) {
      Collections.addAll(out, row);
    }
    return out;
  }
}
