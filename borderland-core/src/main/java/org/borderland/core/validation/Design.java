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
 * dropped.
 */
public final class Design {
  /** The suffix of a missingness term. */
  public static final String MISSING = " missing";

  private final List<String> features;
  private final double[] means;
  private final List<String> terms;

  /** Per missingness term, the features it covers. */
  private final List<int[]> dummies;

  private Design(List<String> features, double[] means, List<String> terms, List<int[]> dummies) {
    this.features = List.copyOf(features);
    this.means = means;
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
    for (String c : columns) {
      double[] v = data.column(c);
      double sum = 0;
      int filled = 0;
      BitSet missing = new BitSet(trainRows.length);
      for (int i = 0; i < trainRows.length; i++) {
        double x = v[trainRows[i]];
        if (Double.isNaN(x)) {
          missing.set(i);
        } else {
          sum += x;
          filled++;
        }
      }
      if (filled == 0) {
        continue; // missing in every training row: nothing to learn
      }
      kept.add(c);
      means.add(sum / filled);
      patterns.add(missing);
    }
    List<String> terms = new ArrayList<>(kept);
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
    return new Design(kept, m, terms, dummies);
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
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      for (int f = 0; f < src.length; f++) {
        double v = src[f][r];
        x[f][i] = Double.isNaN(v) ? means[f] : v;
      }
      for (int d = 0; d < dummies.size(); d++) {
        x[features.size() + d][i] = Double.isNaN(src[dummies.get(d)[0]][r]) ? 1 : 0;
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
    for (int f = 0; f < this.features.size(); f++) {
      double[] col = features.get(this.features.get(f));
      double v = col == null ? Double.NaN : col[k];
      x[f] = Double.isNaN(v) ? means[f] : v;
    }
    for (int d = 0; d < dummies.size(); d++) {
      double[] col = features.get(this.features.get(dummies.get(d)[0]));
      x[this.features.size() + d] = col == null || Double.isNaN(col[k]) ? 1 : 0;
    }
    return x;
  }
}
