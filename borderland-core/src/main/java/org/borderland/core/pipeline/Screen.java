package org.borderland.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Drops units with too little data (COINr's {@code Screen}, R/screen_units.R).
 *
 * <p>For each unit, over the tree's indicators: data availability {@code 1 − missing/k} over the
 * {@code k} indicators, and the non-zero share {@code 1 − zeros/(k − missing)}. A unit is dropped
 * when the chosen measure is strictly below its threshold, unless forced in; units forced out are
 * always dropped.
 *
 * @param by what to screen by
 * @param threshold the data availability threshold, in [0, 1] (COINr's {@code dat_thresh})
 * @param nonZeroThreshold the non-zero share threshold, in [0, 1] (COINr's {@code nonzero_thresh},
 *     default 0.05)
 * @param include units kept whatever their data
 * @param exclude units dropped whatever their data
 */
public record Screen(
    UnitScreen by,
    double threshold,
    double nonZeroThreshold,
    Set<String> include,
    Set<String> exclude)
    implements Step {

  /** Checks thresholds and that no unit is both forced in and out. */
  public Screen {
    Objects.requireNonNull(by, "by");
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("Screen threshold " + threshold + " is not in [0, 1]");
    }
    if (!(nonZeroThreshold >= 0 && nonZeroThreshold <= 1)) {
      throw new IllegalArgumentException(
          "Screen non-zero threshold " + nonZeroThreshold + " is not in [0, 1]");
    }
    include = Set.copyOf(include);
    exclude = Set.copyOf(exclude);
    for (String u : include) {
      if (exclude.contains(u)) {
        throw new IllegalArgumentException("Unit '" + u + "' is both included and excluded");
      }
    }
  }

  /** COINr's {@code Screen(unit_screen = "byNA", dat_thresh = threshold)}. */
  public static Screen byMissing(double threshold) {
    return new Screen(UnitScreen.MISSING, threshold, 0.05, Set.of(), Set.of());
  }

  @Override
  public String name() {
    return "screen";
  }

  @Override
  public String output() {
    return "Screened";
  }

  /** The data availability of each row over the tree's indicators. */
  public static double[] availability(Dataset data, Tree tree) {
    List<String> codes = Indicators.of(data, tree, "screen");
    double[] a = new double[data.rows()];
    for (int i = 0; i < a.length; i++) {
      int missing = 0;
      for (String c : codes) {
        if (Double.isNaN(data.value(i, c))) {
          missing++;
        }
      }
      a[i] = 1 - (double) missing / codes.size();
    }
    return a;
  }

  @Override
  public Dataset apply(Dataset data, Tree tree) {
    List<String> codes = Indicators.of(data, tree, name());
    for (String u : include) {
      check(data, u);
    }
    for (String u : exclude) {
      check(data, u);
    }
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < data.rows(); i++) {
      int missing = 0;
      int zeros = 0;
      for (String c : codes) {
        double v = data.value(i, c);
        if (Double.isNaN(v)) {
          missing++;
        } else if (v == 0) {
          zeros++;
        }
      }
      double avail = 1 - (double) missing / codes.size();
      double nonZero = 1 - (double) zeros / (codes.size() - missing);
      boolean low = avail < threshold;
      boolean lowNonZero = nonZero < nonZeroThreshold;
      boolean in =
          switch (by) {
            case MISSING -> !low;
            case ZEROS -> !lowNonZero;
            case MISSING_OR_ZEROS -> !(low || lowNonZero);
          };
      String u = data.unit(i);
      if (include.contains(u)) {
        in = true;
      }
      if (exclude.contains(u)) {
        in = false;
      }
      if (in) {
        keep.add(i);
      }
    }
    return data.withRows(keep.stream().mapToInt(Integer::intValue).toArray());
  }

  private void check(Dataset data, String unit) {
    if (!data.units().contains(unit)) {
      throw new PipelineException(
          name(), "unit '" + unit + "' to include or exclude is not in the data");
    }
  }

  @Override
  public StepRecord record() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("by", by.id());
    p.put("threshold", threshold);
    p.put("nonZeroThreshold", nonZeroThreshold);
    p.put("include", include.stream().sorted().toList());
    p.put("exclude", exclude.stream().sorted().toList());
    return new StepRecord(name(), p);
  }

  static Screen fromRecord(StepRecord r) {
    Params p = new Params(r);
    return new Screen(
        p.choice("by", UnitScreen.class, UnitScreen.MISSING),
        p.number("threshold", 2.0 / 3),
        p.number("nonZeroThreshold", 0.05),
        p.strings("include"),
        p.strings("exclude"));
  }
}
