package org.borderland.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.borderland.core.concurrent.Cancellation;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.RealMatrix;

/**
 * Logistic regression by iteratively reweighted least squares (Fisher scoring, which for the logit
 * link is Newton's method), with standard errors from the inverse Fisher information at the
 * estimate, and optionally Firth's penalised likelihood for rare events.
 *
 * <p>Model: {@code P(y = 1 | x) = 1 / (1 + exp(-(b0 + b·x)))}; an intercept is always fitted. Each
 * iteration solves {@code (XᵀWX) Δ = Xᵀ w (y − p + a)} by a Cholesky decomposition, where {@code W
 * = diag(w p (1 − p))}, {@code w} are frequency weights and {@code a = 0} for maximum likelihood. A
 * step that lowers the (penalised) log-likelihood is halved, up to 30 times.
 *
 * <p><b>Firth (1993)</b>, "Bias reduction of maximum likelihood estimates", Biometrika 80:27–38:
 * the log-likelihood is penalised by {@code ½ log det(XᵀWX)} (the Jeffreys prior), which amounts to
 * {@code a_i = h_i (½ − p_i)} with {@code h_i} the diagonal of the hat matrix. It removes the
 * first-order small-sample bias that makes maximum likelihood overstate rare-event coefficients and
 * keeps estimates finite under separation (Heinze and Schemper 2002, Statistics in Medicine
 * 21:2409–2419). With no covariates the Firth estimate of {@code p} is {@code (k + ½) / (n + 1)}.
 *
 * <p>Rows are held by column ({@code x[j][i]}: term {@code j}, row {@code i}) so that a few hundred
 * thousand dyad-years fit in a few arrays; a row with a NaN anywhere is rejected.
 */
public final class LogisticRegression {
  /** Iterations allowed before a fit is reported as not converged. */
  public static final int MAX_ITERATIONS = 100;

  /**
   * Convergence: the largest coefficient change, relative to the coefficient when it exceeds 1.
   * Firth's iteration converges linearly near the optimum (its score's Jacobian is approximated by
   * the information), so the error left is of the order of the last change.
   */
  public static final double TOLERANCE = 1e-8;

  /** The largest change of any coefficient in one iteration. */
  public static final double MAX_STEP = 5;

  private LogisticRegression() {}

  /**
   * A fitted model.
   *
   * @param terms the term names, the intercept ({@code (intercept)}) first
   * @param estimates the coefficients, in term order
   * @param standardErrors their standard errors (square roots of the covariance's diagonal)
   * @param covariance the inverse Fisher information at the estimate
   * @param logLikelihood the unpenalised log-likelihood at the estimate
   * @param iterations the iterations used
   * @param converged whether the coefficients stopped moving within {@link #MAX_ITERATIONS}
   * @param firth whether Firth's penalty was used
   * @param n the number of observations (sum of the weights)
   * @param events the number of events (weighted)
   */
  public record Fit(
      List<String> terms,
      double[] estimates,
      double[] standardErrors,
      double[][] covariance,
      double logLikelihood,
      int iterations,
      boolean converged,
      boolean firth,
      double n,
      double events) {
    /** Copies the terms; checks the dimensions agree. */
    public Fit {
      terms = List.copyOf(terms);
      if (estimates.length != terms.size()
          || standardErrors.length != terms.size()
          || covariance.length != terms.size()) {
        throw new IllegalArgumentException(
            "A fit of " + terms.size() + " terms has " + estimates.length + " estimates");
      }
    }

    /** The linear predictor {@code b0 + b·x} for one row (without the intercept's 1). */
    public double linear(double[] x) {
      if (x.length != estimates.length - 1) {
        throw new IllegalArgumentException(
            "A row needs " + (estimates.length - 1) + " values, not " + x.length);
      }
      double eta = estimates[0];
      for (int j = 0; j < x.length; j++) {
        eta += estimates[j + 1] * x[j];
      }
      return eta;
    }

    /** The fitted probability for one row. */
    public double probability(double[] x) {
      return logistic(linear(x));
    }

    /**
     * A confidence interval for the probability of one row, from the coefficients' covariance (the
     * delta method on the linear predictor, then the logistic transform): {@code logistic(η ±
     * z·√(x̃ᵀ V x̃))}, with {@code x̃ = (1, x)}. It shows the uncertainty of the fit only, not of
     * the model's form.
     *
     * @param z the normal quantile, e.g. 1.96 for 95%
     * @return {low, high}
     */
    public double[] interval(double[] x, double z) {
      double eta = linear(x);
      double[] xt = new double[x.length + 1];
      xt[0] = 1;
      System.arraycopy(x, 0, xt, 1, x.length);
      double var = 0;
      for (int a = 0; a < xt.length; a++) {
        for (int b = 0; b < xt.length; b++) {
          var += xt[a] * covariance[a][b] * xt[b];
        }
      }
      double se = Math.sqrt(Math.max(0, var));
      return new double[] {logistic(eta - z * se), logistic(eta + z * se)};
    }
  }

  /** {@code 1 / (1 + e^-x)}, computed without overflow. */
  public static double logistic(double x) {
    if (x >= 0) {
      return 1 / (1 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1 + e);
  }

  /**
   * Fits a logistic regression.
   *
   * @param terms names of the columns of {@code x} (the intercept is added in front)
   * @param x the covariates by column: {@code x[j][i]} for term {@code j} and row {@code i}
   * @param y the outcome per row, 0 or 1
   * @param weights frequency weights per row (≥ 0), or {@code null} for 1 each
   * @param firth whether to use Firth's penalised likelihood
   * @throws IllegalArgumentException when the dimensions disagree, a value is NaN, an outcome is
   *     not 0 or 1, or the information matrix is singular (a term constant or collinear)
   */
  public static Fit fit(
      List<String> terms, double[][] x, double[] y, double[] weights, boolean firth) {
    Objects.requireNonNull(terms, "terms");
    int p = x.length + 1;
    if (terms.size() != x.length) {
      throw new IllegalArgumentException(
          terms.size() + " term names for " + x.length + " columns; give one name per column");
    }
    int n = y.length;
    check(x, y, weights, n);
    double[] w = weights != null ? weights : ones(n);
    double sumW = 0;
    double sumWy = 0;
    for (int i = 0; i < n; i++) {
      sumW += w[i];
      sumWy += w[i] * y[i];
    }
    if (sumW <= 0) {
      throw new IllegalArgumentException("No observations to fit (the weights sum to 0)");
    }
    double[] beta = new double[p];
    // Start at the intercept-only estimate (shrunk off 0 and 1 so that it is finite).
    double p0 = (sumWy + 0.5) / (sumW + 1);
    beta[0] = Math.log(p0 / (1 - p0));
    double[] rows = new double[n * p];
    for (int i = 0, o = 0; i < n; i++, o += p) {
      rows[o] = 1;
      for (int j = 1; j < p; j++) {
        rows[o + j] = x[j - 1][i];
      }
    }
    Step s = step(rows, y, w, beta, firth);
    if (s != null) {
      s.score(rows, y, w, firth);
    }
    if (s == null) {
      throw new IllegalArgumentException(
          "The information matrix is singular: a term is constant or a combination of others"
              + " (or every row is an event, or none is); drop it");
    }
    double objective = s.objective;
    int iter = 0;
    boolean converged = false;
    while (iter < MAX_ITERATIONS) {
      Cancellation.check();
      iter++;
      double[] delta = s.solver.solve(new ArrayRealVector(s.score, false)).toArray();
      // At most MAX_STEP per coefficient and iteration (as R's logistf): far from the optimum a
      // full Newton step can overshoot by orders of magnitude.
      double largest = 0;
      for (double d : delta) {
        largest = Math.max(largest, Math.abs(d));
      }
      double scale = largest > MAX_STEP ? MAX_STEP / largest : 1;
      double[] next = new double[p];
      Step t = null;
      for (int half = 0; half <= 30; half++) {
        for (int j = 0; j < p; j++) {
          next[j] = beta[j] + scale * delta[j];
        }
        t = step(rows, y, w, next, firth);
        if (t != null && t.objective >= objective - 1e-12 * Math.abs(objective)) {
          break;
        }
        scale /= 2;
        t = null;
      }
      if (t == null) {
        // No step improves the objective: at the optimum up to rounding when the Newton
        // decrement (the objective's expected gain, ½ UᵀΔ) is negligible.
        double decrement = 0;
        for (int j = 0; j < p; j++) {
          decrement += s.score[j] * delta[j];
        }
        converged = decrement / 2 < 1e-9;
        break;
      }
      double change = 0;
      for (int j = 0; j < p; j++) {
        change = Math.max(change, Math.abs(next[j] - beta[j]) / Math.max(1, Math.abs(beta[j])));
      }
      beta = next;
      s = t;
      s.score(rows, y, w, firth);
      objective = t.objective;
      if (change < TOLERANCE) {
        converged = true;
        break;
      }
    }
    RealMatrix inverse = s.solver.getInverse();
    double[][] cov = inverse.getData();
    double[] se = new double[p];
    for (int j = 0; j < p; j++) {
      se[j] = Math.sqrt(cov[j][j]);
    }
    List<String> names = new ArrayList<>(p);
    names.add("(intercept)");
    names.addAll(terms);
    return new Fit(names, beta, se, cov, s.logLikelihood, iter, converged, firth, sumW, sumWy);
  }

  /**
   * What one evaluation at a coefficient vector gives; the score is computed only for a point the
   * line search accepts ({@link #score}).
   */
  private static final class Step {
    final double objective;
    final double logLikelihood;
    final DecompositionSolver solver;
    final double[][] l;
    final double[] prob;
    double[] score;

    Step(
        double objective,
        double logLikelihood,
        DecompositionSolver solver,
        double[][] l,
        double[] prob) {
      this.objective = objective;
      this.logLikelihood = logLikelihood;
      this.solver = solver;
      this.l = l;
      this.prob = prob;
    }

    /** The (Firth-modified) score {@code Xᵀ w (y − p + a)} at this point. */
    void score(double[] rows, double[] y, double[] w, boolean firth) {
      int p = l.length;
      int n = y.length;
      double[] u = new double[p];
      double[] z = new double[p];
      for (int i = 0, o = 0; i < n; i++, o += p) {
        if (w[i] == 0) {
          continue;
        }
        double pi = prob[i];
        double r = y[i] - pi;
        if (firth) {
          // h_i = p(1 − p) x̃ᵀ (XᵀWX)⁻¹ x̃ per unit of weight = p(1 − p) |L⁻¹ x̃|²
          double q = 0;
          for (int a = 0; a < p; a++) {
            double t = rows[o + a];
            double[] la = l[a];
            for (int c = 0; c < a; c++) {
              t -= la[c] * z[c];
            }
            t /= la[a];
            z[a] = t;
            q += t * t;
          }
          r += pi * (1 - pi) * q * (0.5 - pi);
        }
        double wr = w[i] * r;
        for (int a = 0; a < p; a++) {
          u[a] += wr * rows[o + a];
        }
      }
      score = u;
    }
  }

  /**
   * Evaluates at {@code beta}: the log-likelihood, the information matrix and its decomposition,
   * and the objective (the log-likelihood, plus ½ log det of the information for Firth); {@code
   * null} when the information matrix is singular there.
   *
   * @param rows the design by row, the intercept's 1 first: row {@code i} at {@code i·p}
   */
  private static Step step(double[] rows, double[] y, double[] w, double[] beta, boolean firth) {
    int n = y.length;
    int p = beta.length;
    double ll = 0;
    double[] prob = new double[n];
    double[] info = new double[p * (p + 1) / 2]; // lower triangle by row: (a, b ≤ a) at a(a+1)/2+b
    for (int i = 0, o = 0; i < n; i++, o += p) {
      if (w[i] == 0) {
        continue;
      }
      double e = 0;
      for (int j = 0; j < p; j++) {
        e += beta[j] * rows[o + j];
      }
      double ex = Math.exp(-Math.abs(e));
      double pi = e >= 0 ? 1 / (1 + ex) : ex / (1 + ex);
      prob[i] = pi;
      // y η − log(1 + e^η), without overflow
      ll += w[i] * (y[i] * e - (Math.max(e, 0) + Math.log1p(ex)));
      double v = w[i] * pi * (1 - pi);
      if (v == 0) {
        continue;
      }
      for (int a = 0, k = 0; a < p; a++) {
        double va = v * rows[o + a];
        for (int c = 0; c <= a; c++, k++) {
          info[k] += va * rows[o + c];
        }
      }
    }
    double[][] full = new double[p][p];
    for (int a = 0, k = 0; a < p; a++) {
      for (int c = 0; c <= a; c++, k++) {
        full[a][c] = info[k];
        full[c][a] = info[k];
      }
    }
    DecompositionSolver solver;
    double[][] l;
    double logDet = 0;
    try {
      CholeskyDecomposition ch =
          new CholeskyDecomposition(new Array2DRowRealMatrix(full, false), 1e-14, 1e-14);
      solver = ch.getSolver();
      l = ch.getL().getData();
      for (int j = 0; j < p; j++) {
        logDet += 2 * Math.log(l[j][j]);
      }
    } catch (MathIllegalArgumentException e) {
      return null; // singular here: the caller reports it, or halves its step
    }
    double objective = firth ? ll + 0.5 * logDet : ll;
    return new Step(objective, ll, solver, l, prob);
  }

  private static void check(double[][] x, double[] y, double[] weights, int n) {
    for (int j = 0; j < x.length; j++) {
      if (x[j].length != n) {
        throw new IllegalArgumentException(
            "Column " + j + " has " + x[j].length + " rows; the outcome has " + n);
      }
      for (int i = 0; i < n; i++) {
        if (Double.isNaN(x[j][i]) || Double.isInfinite(x[j][i])) {
          throw new IllegalArgumentException(
              "Column " + j + ", row " + i + " is " + x[j][i] + "; fill or drop missing values");
        }
      }
    }
    if (weights != null && weights.length != n) {
      throw new IllegalArgumentException(
          weights.length + " weights for " + n + " rows; give one weight per row");
    }
    for (int i = 0; i < n; i++) {
      if (y[i] != 0 && y[i] != 1) {
        throw new IllegalArgumentException("Outcome of row " + i + " is " + y[i] + "; use 0 or 1");
      }
      if (weights != null && !(weights[i] >= 0)) {
        throw new IllegalArgumentException("Weight of row " + i + " is " + weights[i]);
      }
    }
  }

  private static double[] ones(int n) {
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1);
    return w;
  }
}
