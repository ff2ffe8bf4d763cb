package org.borderland.core.pipeline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fills missing indicator values (COINr's {@code Impute} with {@code impute_by = "column"}, and
 * {@code impute_panel}; R/impute.R). Values present are never changed; values that cannot be filled
 * (e.g. a group with no value at all) stay missing.
 *
 * @param method the method
 * @param group the group column for {@link Imputation#GROUP_MEAN} and {@link
 *     Imputation#GROUP_MEDIAN}, else {@code null}
 * @param maxTime for {@link Imputation#CARRY_FORWARD}: how many earlier time points to look back,
 *     or {@code null} for all
 */
public record Impute(Imputation method, String group, Integer maxTime) implements Step {

  /** Checks that the group is given exactly when the method needs one. */
  public Impute {
    Objects.requireNonNull(method, "method");
    boolean grouped = method == Imputation.GROUP_MEAN || method == Imputation.GROUP_MEDIAN;
    if (grouped && (group == null || group.isBlank())) {
      throw new IllegalArgumentException(method.id() + " needs a group column, e.g. EurAsia_group");
    }
    if (!grouped && group != null) {
      throw new IllegalArgumentException(method.id() + " takes no group column");
    }
    if (maxTime != null && (method != Imputation.CARRY_FORWARD || maxTime < 1)) {
      throw new IllegalArgumentException(
          "maxTime is for carry-forward only and must be ≥ 1 (got " + maxTime + ")");
    }
  }

  /** COINr's {@code i_mean_grp}: the mean of the unit's group. */
  public static Impute groupMean(String group) {
    return new Impute(Imputation.GROUP_MEAN, group, null);
  }

  /** The last earlier value of the unit, looking back at most {@code maxTime} time points. */
  public static Impute carryForward(Integer maxTime) {
    return new Impute(Imputation.CARRY_FORWARD, null, maxTime);
  }

  @Override
  public String name() {
    return "impute";
  }

  @Override
  public String output() {
    return "Imputed";
  }

  @Override
  public Dataset apply(Dataset data, Tree tree) {
    List<String> codes = Indicators.of(data, tree, name());
    if (method == Imputation.NONE) {
      return data;
    }
    if (method == Imputation.CARRY_FORWARD) {
      return carryForward(data, codes);
    }
    if (group == null) {
      Map<String, double[]> out = new LinkedHashMap<>();
      for (String code : codes) {
        out.put(code, fill(data.values(code)));
      }
      return data.withValues(out);
    }
    List<String> g;
    if (group != null) {
      if (!data.groupNames().contains(group)) {
        throw new PipelineException(
            name(),
            "no group column '" + group + "'; the data's group columns are " + data.groupNames());
      }
      g = data.group(group);
    } else {
      g = java.util.Collections.nCopies(data.rows(), "");
    }
    boolean median = method == Imputation.MEDIAN || method == Imputation.GROUP_MEDIAN;
    Map<String, double[]> out = new LinkedHashMap<>();
    for (String code : codes) {
      double[] x = data.values(code);
      Map<String, double[]> byGroup = new HashMap<>();
      for (String key : new java.util.LinkedHashSet<>(g)) {
        if (key == null) {
          continue;
        }
        int n = 0;
        double[] vals = new double[x.length];
        for (int i = 0; i < x.length; i++) {
          if (key.equals(g.get(i)) && !Double.isNaN(x[i])) {
            vals[n++] = x[i];
          }
        }
        byGroup.put(key, Arrays.copyOf(vals, n));
      }
      Map<String, Double> fill = new HashMap<>();
      byGroup.forEach((k, v) -> fill.put(k, median ? median(v) : Moments.mean(v)));
      for (int i = 0; i < x.length; i++) {
        if (Double.isNaN(x[i]) && g.get(i) != null) {
          x[i] = fill.get(g.get(i));
        }
      }
      out.put(code, x);
    }
    return data.withValues(out);
  }

  /**
   * One column filled by an ungrouped method, as {@link #apply} fills each indicator: {@link
   * Imputation#NONE} leaves it as it is; {@link Imputation#MEAN} and {@link Imputation#MEDIAN} put
   * the mean or median of the values present in place of each missing one (which stays missing when
   * no value is present).
   *
   * @param x the column, {@code NaN} missing; not modified
   * @return a new array
   * @throws IllegalStateException for a grouped method or carry-forward, which need the dataset
   */
  public double[] fill(double[] x) {
    if (method == Imputation.NONE) {
      return x.clone();
    }
    if (group != null || method == Imputation.CARRY_FORWARD) {
      throw new IllegalStateException(
          method.id() + " needs the dataset's groups or times; use apply(data, tree)");
    }
    int n = 0;
    double[] vals = new double[x.length];
    for (double v : x) {
      if (!Double.isNaN(v)) {
        vals[n++] = v;
      }
    }
    double[] present = Arrays.copyOf(vals, n);
    double f = method == Imputation.MEDIAN ? median(present) : Moments.mean(present);
    double[] y = x.clone();
    for (int i = 0; i < y.length; i++) {
      if (Double.isNaN(y[i])) {
        y[i] = f;
      }
    }
    return y;
  }

  /** COINr's {@code impute_panel(imp_type = "latest")}: fills from the original earlier rows. */
  private Dataset carryForward(Dataset data, List<String> codes) {
    if (!data.hasTime()) {
      throw new PipelineException(
          name(), "carry-forward needs panel data with a Time column; this dataset has none");
    }
    List<Integer> times = data.times();
    Map<String, Integer> rowOf = new HashMap<>();
    for (int i = 0; i < data.rows(); i++) {
      rowOf.put(data.unit(i) + "\u0000" + data.time(i).getAsInt(), i);
    }
    Map<String, double[]> out = new LinkedHashMap<>();
    for (String code : codes) {
      double[] orig = data.values(code);
      double[] x = orig.clone();
      for (int i = 0; i < x.length; i++) {
        if (!Double.isNaN(x[i])) {
          continue;
        }
        int t = data.time(i).getAsInt();
        int looked = 0;
        for (int k = times.indexOf(t) - 1; k >= 0; k--) {
          if (maxTime != null && looked >= maxTime) {
            break;
          }
          looked++;
          Integer r = rowOf.get(data.unit(i) + "\u0000" + times.get(k));
          if (r != null && !Double.isNaN(orig[r])) {
            x[i] = orig[r];
            break;
          }
        }
      }
      out.put(code, x);
    }
    return data.withValues(out);
  }

  private static double median(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  @Override
  public StepRecord record() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("method", method.id());
    if (group != null) {
      p.put("group", group);
    }
    if (maxTime != null) {
      p.put("maxTime", maxTime);
    }
    return new StepRecord(name(), p);
  }

  static Impute fromRecord(StepRecord r) {
    Params p = new Params(r);
    return new Impute(
        p.choice("method", Imputation.class, Imputation.NONE),
        p.string("group", null),
        p.integer("maxTime", null));
  }
}
