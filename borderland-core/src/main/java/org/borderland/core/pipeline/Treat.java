package org.borderland.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Outlier treatment (COINr's {@code Treat} with its defaults, R/treat.R), indicator by indicator
 * over all rows:
 *
 * <ol>
 *   <li>The indicator passes when {@code |skewness| < skew} <b>or</b> {@code kurtosis < kurtosis}
 *       ({@code check_SkewKurt}, with COINr's estimators, see {@link Moments}); a passing indicator
 *       is left as it is.
 *   <li>Otherwise it is winsorised ({@code winsorise}): while it fails and fewer than {@code
 *       winmax} points are winsorised, the highest value(s), or the lowest when the skewness is
 *       negative, are set to the next value in; tied extremes move together and count together. As
 *       in COINr, the count is that of the points now tied at the treated end(s), so it is the
 *       number of points changed unless values were tied to begin with.
 *   <li>If it still fails, the <i>original</i> values are log-transformed instead ({@code log_CT}):
 *       {@code ln(x − min + 0.01·(max − min))}, or, with fallback {@code none}, the winsorised
 *       values are kept.
 * </ol>
 *
 * When the check is undefined (all values equal, so the skewness is {@code NaN}), the indicator is
 * left untreated, as COINr does.
 *
 * @param winmax the most points to winsorise, or {@code null} for no limit
 * @param skew the absolute skewness threshold (default 2)
 * @param kurtosis the kurtosis threshold (default 3.5)
 * @param fallback what to do when winsorising is not enough
 * @param skip indicators left untreated (COINr's {@code indiv_specs = list(code = "none")})
 */
public record Treat(
    Integer winmax, double skew, double kurtosis, Fallback fallback, Set<String> skip)
    implements Step {

  /** What to do when winsorising does not bring an indicator within the thresholds. */
  public enum Fallback {
    /** COINr's {@code log_CT} on the original values. */
    LOG_CT,
    /** Keep the winsorised values. */
    NONE;

    /** The name used in pipeline files, e.g. {@code log-ct}. */
    public String id() {
      return Params.id(this);
    }
  }

  /** Checks the thresholds. */
  public Treat {
    if (winmax != null && winmax < 0) {
      throw new IllegalArgumentException("winmax " + winmax + " is negative");
    }
    if (!(skew > 0) || !(kurtosis > Double.NEGATIVE_INFINITY) || Double.isInfinite(skew)) {
      throw new IllegalArgumentException(
          "Treat thresholds must be finite (skew > 0): skew " + skew + ", kurtosis " + kurtosis);
    }
    java.util.Objects.requireNonNull(fallback, "fallback");
    skip = Set.copyOf(skip);
  }

  /**
   * COINr's default treatment with this {@code winmax}: thresholds 2 and 3.5, then {@code log_CT}.
   */
  public static Treat winsorise(int winmax) {
    return new Treat(winmax, 2, 3.5, Fallback.LOG_CT, Set.of());
  }

  @Override
  public String name() {
    return "treat";
  }

  @Override
  public String output() {
    return "Treated";
  }

  /**
   * The skewness and kurtosis of a column and whether it passes.
   *
   * @param skewness {@link Moments#skewness}
   * @param kurtosis {@link Moments#kurtosis}
   * @param pass whether {@code |skewness| < skew} or {@code kurtosis < kurtosis}, with R's logic
   *     for {@code NaN}: {@code null} (R's {@code NA}) when undefined
   */
  public record Check(double skewness, double kurtosis, Boolean pass) {}

  /**
   * What happened to one indicator.
   *
   * @param code the indicator
   * @param initial the check of the values as they came
   * @param winsorised the number of winsorised points (0 when not winsorised)
   * @param afterWinsorising the check after winsorising, or {@code null} when not winsorised
   * @param logTransformed whether the log fallback replaced the values
   * @param afterLog the check after the log transform, or {@code null}
   * @param points per row: {@code winhi}, {@code winlo}, {@code log_CT} or empty (as COINr's {@code
   *     Treated_Points})
   * @param values the treated values
   */
  public record Outcome(
      String code,
      Check initial,
      int winsorised,
      Check afterWinsorising,
      boolean logTransformed,
      Check afterLog,
      List<String> points,
      double[] values) {}

  /** The check of COINr's {@code check_SkewKurt}, with these thresholds. */
  public Check check(double[] x) {
    double[] sk = Moments.skewnessAndKurtosis(x);
    double s = sk[0];
    double k = sk[1];
    // R: (abs(sk) < t1) | (kt < t2), where a comparison with NaN is NA and NA | TRUE is TRUE.
    Boolean a = Double.isNaN(s) ? null : Math.abs(s) < skew;
    Boolean b = Double.isNaN(k) ? null : k < kurtosis;
    Boolean pass;
    if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
      pass = true;
    } else if (a == null || b == null) {
      pass = null;
    } else {
      pass = false;
    }
    return new Check(s, k, pass);
  }

  /**
   * Treats one column.
   *
   * @throws IllegalArgumentException with fewer than 4 values present (the kurtosis needs 4)
   */
  public Outcome treat(String code, double[] x) {
    List<String> none = java.util.Collections.nCopies(x.length, "");
    Check c0 = check(x);
    if (!Boolean.FALSE.equals(c0.pass())) {
      return new Outcome(code, c0, 0, null, false, null, none, x.clone());
    }
    double[] w = x.clone();
    List<Integer> imax = List.of();
    List<Integer> imin = List.of();
    int nwin = 0;
    Boolean passing = false;
    while (Boolean.FALSE.equals(passing) && (winmax == null || nwin < winmax)) {
      if (Moments.skewness(w) >= 0) {
        double top = Moments.max(w);
        imax = positions(w, top);
        double next = nextIn(w, imax, true);
        if (Double.isNaN(next)) {
          break;
        }
        for (int i : imax) {
          w[i] = next;
        }
      } else {
        double bottom = Moments.min(w);
        imin = positions(w, bottom);
        double next = nextIn(w, imin, false);
        if (Double.isNaN(next)) {
          break;
        }
        for (int i : imin) {
          w[i] = next;
        }
      }
      nwin = imax.size() + imin.size();
      passing = check(w).pass();
    }
    List<String> points = new ArrayList<>(none);
    for (int i : imax) {
      points.set(i, "winhi");
    }
    for (int i : imin) {
      points.set(i, "winlo");
    }
    Check c1 = check(w);
    if (c1.pass() == null) {
      // COINr returns the untreated vector when the check becomes undefined.
      return new Outcome(code, c0, nwin, c1, false, null, none, x.clone());
    }
    if (c1.pass() || fallback == Fallback.NONE) {
      return new Outcome(code, c0, nwin, c1, false, null, List.copyOf(points), w);
    }
    double min = Moments.min(x);
    double max = Moments.max(x);
    double[] l = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      l[i] = Math.log(x[i] - min + 0.01 * (max - min));
    }
    List<String> logged = new ArrayList<>(x.length);
    for (int i = 0; i < x.length; i++) {
      // COINr marks every point, winsorised ones as e.g. "winhi+log_CT".
      logged.add(points.get(i).isEmpty() ? "log_CT" : points.get(i) + "+log_CT");
    }
    return new Outcome(code, c0, nwin, c1, true, check(l), List.copyOf(logged), l);
  }

  private static List<Integer> positions(double[] x, double v) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (x[i] == v) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  /** The largest (or smallest) value present outside {@code except}; {@code NaN} if none. */
  private static double nextIn(double[] x, List<Integer> except, boolean largest) {
    double best = Double.NaN;
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i]) || except.contains(i)) {
        continue;
      }
      if (Double.isNaN(best) || (largest ? x[i] > best : x[i] < best)) {
        best = x[i];
      }
    }
    return best;
  }

  /** What the step does to each indicator of {@code data}, without building the dataset. */
  public List<Outcome> outcomes(Dataset data, Tree tree) {
    List<Outcome> out = new ArrayList<>();
    for (String code : Indicators.of(data, tree, name())) {
      if (skip.contains(code)) {
        continue;
      }
      try {
        out.add(treat(code, data.values(code)));
      } catch (IllegalArgumentException e) {
        throw new PipelineException(name(), "indicator '" + code + "': " + e.getMessage(), e);
      }
    }
    return out;
  }

  @Override
  public Dataset apply(Dataset data, Tree tree) {
    for (String s : skip) {
      if (!tree.has(s)) {
        throw new PipelineException(
            name(), "'" + s + "' in 'skip' is not an indicator of the tree");
      }
    }
    Map<String, double[]> out = new LinkedHashMap<>();
    for (Outcome o : outcomes(data, tree)) {
      out.put(o.code(), o.values());
    }
    return data.withValues(out);
  }

  @Override
  public StepRecord record() {
    Map<String, Object> p = new LinkedHashMap<>();
    if (winmax != null) {
      p.put("winmax", winmax);
    }
    p.put("skew", skew);
    p.put("kurtosis", kurtosis);
    p.put("fallback", fallback.id());
    p.put("skip", skip.stream().sorted().toList());
    return new StepRecord(name(), p);
  }

  static Treat fromRecord(StepRecord r) {
    Params p = new Params(r);
    return new Treat(
        p.integer("winmax", null),
        p.number("skew", 2),
        p.number("kurtosis", 3.5),
        p.choice("fallback", Fallback.class, Fallback.LOG_CT),
        p.strings("skip"));
  }
}
