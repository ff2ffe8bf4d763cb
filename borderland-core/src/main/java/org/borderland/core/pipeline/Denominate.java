package org.borderland.core.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Divides indicators by denominators, e.g. trade by GDP (COINr's {@code Denominate},
 * R/denominate.R): {@code x / (d / scale)}.
 *
 * <p>Which indicator is divided by which {@link Dataset#denominator(String) denominator column} is
 * {@code by}, or, when {@code by} is empty, each indicator's {@link Node#denominator()} (iMeta's
 * {@code Denominator} column). A unit with a missing or zero denominator gets a missing value (R
 * would give {@code Inf} for a zero; a missing value is the honest result).
 *
 * @param by indicator code → denominator column; empty to use the tree's
 * @param scale indicator code → scale factor the denominator is divided by first (default 1)
 */
public record Denominate(Map<String, String> by, Map<String, Double> scale) implements Step {

  /** Copies the maps and checks the scale factors. */
  public Denominate {
    by = Map.copyOf(by);
    scale = Map.copyOf(scale);
    scale.forEach(
        (k, v) -> {
          if (!Double.isFinite(v) || v == 0) {
            throw new IllegalArgumentException(
                "Scale factor of '" + k + "' is " + v + "; it must be a finite non-zero number");
          }
        });
  }

  /** Denominates as the tree's {@link Node#denominator()} says. */
  public static Denominate byTree() {
    return new Denominate(Map.of(), Map.of());
  }

  @Override
  public String name() {
    return "denominate";
  }

  @Override
  public String output() {
    return "Denominated";
  }

  @Override
  public Dataset apply(Dataset data, Tree tree) {
    Map<String, String> plan = new LinkedHashMap<>();
    if (by.isEmpty()) {
      for (Node n : tree.indicators()) {
        if (n.denominator() != null) {
          plan.put(n.code(), n.denominator());
        }
      }
    } else {
      for (String code : tree.indicatorCodes()) {
        if (by.containsKey(code)) {
          plan.put(code, by.get(code));
        }
      }
      for (String code : by.keySet()) {
        if (!tree.has(code) || !tree.node(code).isIndicator()) {
          throw new PipelineException(
              name(), "'" + code + "' in 'by' is not an indicator of the tree");
        }
      }
    }
    Indicators.of(data, tree, name());
    Map<String, double[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : plan.entrySet()) {
      String code = e.getKey();
      if (!data.denominatorNames().contains(e.getValue())) {
        throw new PipelineException(
            name(),
            "indicator '"
                + code
                + "' is to be divided by '"
                + e.getValue()
                + "', but the data has no such denominator column (it has "
                + data.denominatorNames()
                + "); add the column to iData (Type Denominator in iMeta) or pass a denominators"
                + " file");
      }
      double[] x = data.values(code);
      double[] d = data.denominator(e.getValue());
      double f = scale.getOrDefault(code, 1.0);
      for (int i = 0; i < x.length; i++) {
        double di = d[i] / f;
        x[i] = di == 0 || Double.isNaN(di) ? Double.NaN : x[i] / di;
      }
      out.put(code, x);
    }
    return data.withValues(out);
  }

  @Override
  public StepRecord record() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("by", new java.util.TreeMap<>(by));
    p.put("scale", new java.util.TreeMap<>(scale));
    return new StepRecord(name(), p);
  }

  static Denominate fromRecord(StepRecord r) {
    Params p = new Params(r);
    return new Denominate(p.stringMap("by"), p.numberMap("scale"));
  }
}
