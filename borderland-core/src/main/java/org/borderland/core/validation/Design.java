package org.borderland.core.validation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The design matrix of a logistic model over some features of dyad-years, with missing values
 * handled openly and learned on the training rows only: a missing value is replaced by the
 * feature's training mean, and a 0/1 term "{@code <feature> missing}" is added for each feature
 * with missing training values, so that missingness carries its own coefficient instead of passing
 * for an average. Features missing in exactly the same training rows share one such term (two
 * identical columns would make the fit singular); a feature missing in every training row is
 * dropped, and so is the value term of a feature constant wherever it is known (it would equal the
 * intercept; its missingness term stays).
 */
public final class Design {
  /** The suffix of a missingness term. */
  public static final String MISSING = " missing";

  private final List<String> features;
  private final double[] means;
  private final boolean[] valued;
  private final List<String> terms;

  /** Per missingness term, the features it covers. */
  private final List<int[]> dummies;

  private Design(
      List<String> features,
      double[] means,
      boolean[] valued,
      List<String> terms,
      List<int[]> dummies) {
    this.features = List.copyOf(features);
    this.means = means;
    this.valued = valued;
    this.terms = List.copyOf(terms);
    this.dummies = List.copyOf(dummies);
  }

  /**
   * Learns the imputation from the training rows.
   *
   * @param columns the features wanted, in order
   */
  public static Design learn(DyadYears data, List<String> columns, int[] trainRows) {
    List<String> kept = new ArrayList<>();
    List<Double> means = new ArrayList<>();
    List<BitSet> patterns = new ArrayList<>();
    List<Boolean> varies = new ArrayList<>();
    for (String c : columns) {
      double[] v = data.column(c);
      double sum = 0;
      int filled = 0;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      BitSet missing = new BitSet(trainRows.length);
      for (int i = 0; i < trainRows.length; i++) {
        double x = v[trainRows[i]];
        if (Double.isNaN(x)) {
          missing.set(i);
        } else {
          sum += x;
          filled++;
          min = Math.min(min, x);
          max = Math.max(max, x);
        }
      }
      if (filled == 0) {
        continue; // missing in every training row: nothing to learn
      }
      kept.add(c);
      means.add(sum / filled);
      patterns.add(missing);
      varies.add(max > min);
    }
    List<String> terms = new ArrayList<>();
    boolean[] valued = new boolean[kept.size()];
    for (int f = 0; f < kept.size(); f++) {
      valued[f] = varies.get(f);
      if (valued[f]) {
        terms.add(kept.get(f));
      }
    }
    List<int[]> dummies = new ArrayList<>();
    List<BitSet> seen = new ArrayList<>();
    List<List<Integer>> groups = new ArrayList<>();
    for (int f = 0; f < kept.size(); f++) {
      BitSet p = patterns.get(f);
      if (p.isEmpty()) {
        continue;
      }
      int at = seen.indexOf(p);
      if (at < 0) {
        seen.add(p);
        groups.add(new ArrayList<>(List.of(f)));
      } else {
        groups.get(at).add(f);
      }
    }
    for (List<Integer> g : groups) {
      List<String> names = new ArrayList<>();
      int[] idx = new int[g.size()];
      for (int k = 0; k < g.size(); k++) {
        idx[k] = g.get(k);
        names.add(kept.get(g.get(k)));
      }
      terms.add(String.join(" & ", names) + MISSING);
      dummies.add(idx);
    }
    double[] m = new double[means.size()];
    for (int i = 0; i < m.length; i++) {
      m[i] = means.get(i);
    }
    return new Design(kept, m, valued, terms, dummies);
  }

  /** The features used (those with any training value), in order. */
  public List<String> features() {
    return features;
  }

  /** The term names, without the intercept: the features, then the missingness terms. */
  public List<String> terms() {
    return terms;
  }

  /** The design matrix by column ({@code x[term][row]}) for the given rows. */
  public double[][] matrix(DyadYears data, int[] rows) {
    double[][] x = new double[terms.size()][rows.length];
    double[][] src = new double[features.size()][];
    for (int f = 0; f < features.size(); f++) {
      src[f] = data.column(features.get(f));
    }
    int values = terms.size() - dummies.size();
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      for (int f = 0, k = 0; f < src.length; f++) {
        if (valued[f]) {
          double v = src[f][r];
          x[k++][i] = Double.isNaN(v) ? means[f] : v;
        }
      }
      for (int d = 0; d < dummies.size(); d++) {
        x[values + d][i] = Double.isNaN(src[dummies.get(d)[0]][r]) ? 1 : 0;
      }
    }
    return x;
  }

  /**
   * One row of the design from a feature map (feature → values per target), e.g. from {@link
   * DyadYearBuilder#features}.
   */
  public double[] row(Map<String, double[]> features, int k) {
    double[] x = new double[terms.size()];
    int values = terms.size() - dummies.size();
    for (int f = 0, j = 0; f < this.features.size(); f++) {
      if (valued[f]) {
        double[] col = features.get(this.features.get(f));
        double v = col == null ? Double.NaN : col[k];
        x[j++] = Double.isNaN(v) ? means[f] : v;
      }
    }
    for (int d = 0; d < dummies.size(); d++) {
      double[] col = features.get(this.features.get(dummies.get(d)[0]));
      x[values + d] = col == null || Double.isNaN(col[k]) ? 1 : 0;
    }
    return x;
  }
}
