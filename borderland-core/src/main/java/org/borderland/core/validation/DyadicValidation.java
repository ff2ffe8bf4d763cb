package org.borderland.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.borderland.core.concurrent.Cancellation;
import org.borderland.core.validation.DyadYears.Outcome;

/**
 * Out-of-sample validation on directed dyad-years: models fitted on the earlier years, scored on
 * the later ones.
 *
 * <p>The models:
 *
 * <ol>
 *   <li>{@value #FACTORS}: logistic regression on the model's factor scores (curated-fact factors
 *       left out);
 *   <li>{@value #BREMER}: logistic regression on Bremer-style covariates (contiguity by land and by
 *       sea, a defence pact, capability disparity, both sides' major-power status);
 *   <li>{@value #CONTIGUITY}: logistic regression on contiguity by land and by sea alone;
 *   <li>{@value #INDEX}: the model's index with the model file's weights, unfitted, used as a score
 *       (it ranks dyads but is no probability: no Brier score);
 *   <li>{@value #INDEX_FITTED}: logistic regression on the index alone, which turns it into a
 *       probability without changing its order;
 *   <li>{@value #COMBINED}: the factor scores and the Bremer covariates together: do the factors
 *       add anything to the baseline?
 * </ol>
 *
 * Every fit uses Firth's penalised likelihood ({@link LogisticRegression}) on all training rows (no
 * sampling), which corrects the small-sample bias of rare events; missing features are handled by
 * {@link Design}. The no-skill references are printed beside the metrics: ROC AUC 0.5, PR AUC the
 * test years' event rate, and the Brier score of forecasting the training years' event rate for
 * every dyad-year.
 */
public final class DyadicValidation {
  /** Model (a): logistic on the factor scores. */
  public static final String FACTORS = "factors";

  /** Model (b): logistic on the Bremer-style covariates. */
  public static final String BREMER = "bremer";

  /** Model (c): logistic on contiguity alone. */
  public static final String CONTIGUITY = "contiguity";

  /** Model (d): the index, unfitted, as a score. */
  public static final String INDEX = "index";

  /** The index through a one-term logistic fit. */
  public static final String INDEX_FITTED = "index-fitted";

  /** The factors and the Bremer covariates together. */
  public static final String COMBINED = "factors+bremer";

  private DyadicValidation() {}

  /**
   * The years of a split, as years of the outcome (the year a dispute began); the features of a
   * dyad-year are as known at the end of the year before.
   */
  public record Split(int trainFrom, int trainTo, int testFrom, int testTo) {
    /** Requires ordered, non-overlapping spans, training first. */
    public Split {
      if (trainFrom > trainTo || testFrom > testTo || trainTo >= testFrom) {
        throw new IllegalArgumentException(
            "A split needs trainFrom ≤ trainTo < testFrom ≤ testTo, not "
                + trainFrom
                + "–"
                + trainTo
                + " / "
                + testFrom
                + "–"
                + testTo);
      }
    }
  }

  /**
   * One model's out-of-sample result.
   *
   * @param name the model's name
   * @param description what it is
   * @param n test dyad-years
   * @param events test events
   * @param auc ROC AUC on the test years
   * @param prAuc PR AUC (average precision) on the test years
   * @param brier Brier score on the test years; {@code null} for an unfitted score
   * @param brierNoSkill the Brier score of the training event rate as a constant forecast
   * @param reliability the reliability table on the test years; empty for an unfitted score
   * @param fit the fitted model; {@code null} for an unfitted score
   */
  public record ModelResult(
      String name,
      String description,
      int n,
      int events,
      double auc,
      double prAuc,
      Double brier,
      double brierNoSkill,
      List<Metrics.Bin> reliability,
      LogisticRegression.Fit fit) {
    /** Copies the table. */
    public ModelResult {
      Objects.requireNonNull(name, "name");
      reliability = List.copyOf(reliability);
    }
  }

  /**
   * A whole validation.
   *
   * @param outcome which disputes count
   * @param split the years
   * @param trainN training dyad-years
   * @param trainEvents training events
   * @param testN test dyad-years
   * @param testEvents test events
   * @param models per model, in the order of the class comment
   */
  public record Result(
      Outcome outcome,
      Split split,
      int trainN,
      int trainEvents,
      int testN,
      int testEvents,
      List<ModelResult> models) {
    /** Copies the list. */
    public Result {
      models = List.copyOf(models);
    }

    /** The model with this name. */
    public ModelResult model(String name) {
      return models.stream()
          .filter(m -> m.name().equals(name))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("No model " + name));
    }

    /** The test years' event rate: the PR AUC of a skill-less score. */
    public double testRate() {
      return testN == 0 ? Double.NaN : (double) testEvents / testN;
    }

    /** The training years' event rate: the no-skill forecast. */
    public double trainRate() {
      return trainN == 0 ? Double.NaN : (double) trainEvents / trainN;
    }
  }

  /**
   * Runs every model.
   *
   * @param factorIds the factor features (from {@link DyadYearBuilder#factorIds()})
   * @param threads how many models to fit at once
   * @throws IllegalArgumentException when the training or test years hold no dyad-year or no event
   */
  public static Result run(
      DyadYears data, List<String> factorIds, Outcome outcome, Split split, int threads) {
    int[] train = data.rowsWithOutcomeIn(split.trainFrom(), split.trainTo());
    int[] test = data.rowsWithOutcomeIn(split.testFrom(), split.testTo());
    boolean[] yTrain = data.events(train, outcome);
    boolean[] yTest = data.events(test, outcome);
    int trainEvents = count(yTrain);
    int testEvents = count(yTest);
    if (train.length == 0 || test.length == 0 || trainEvents == 0 || testEvents == 0) {
      throw new IllegalArgumentException(
          "The split "
              + split
              + " leaves "
              + train.length
              + " training dyad-years ("
              + trainEvents
              + " events) and "
              + test.length
              + " test dyad-years ("
              + testEvents
              + " events); choose years the data cover");
    }
    double trainRate = (double) trainEvents / train.length;
    double noSkill = Metrics.brierConstant(trainRate, yTest);
    List<String> bremer = DyadYearBuilder.BREMER;
    List<String> combined = new ArrayList<>(factorIds);
    combined.addAll(bremer);
    List<Callable<ModelResult>> jobs = new ArrayList<>();
    jobs.add(
        () ->
            fitted(
                FACTORS,
                "logistic on the model's factor scores",
                data,
                factorIds,
                train,
                yTrain,
                test,
                yTest,
                noSkill));
    jobs.add(
        () ->
            fitted(
                BREMER,
                "logistic on contiguity, defence pact, capability disparity, major powers",
                data,
                bremer,
                train,
                yTrain,
                test,
                yTest,
                noSkill));
    jobs.add(
        () ->
            fitted(
                CONTIGUITY,
                "logistic on contiguity by land and by sea",
                data,
                List.of(DyadYearBuilder.LAND, DyadYearBuilder.SEA),
                train,
                yTrain,
                test,
                yTest,
                noSkill));
    jobs.add(() -> unfitted(data, test, yTest, noSkill));
    jobs.add(
        () ->
            fitted(
                INDEX_FITTED,
                "logistic on the model's index alone",
                data,
                List.of(DyadYearBuilder.INDEX),
                train,
                yTrain,
                test,
                yTest,
                noSkill));
    jobs.add(
        () ->
            fitted(
                COMBINED,
                "logistic on the factor scores and the Bremer covariates",
                data,
                combined,
                train,
                yTrain,
                test,
                yTest,
                noSkill));
    List<ModelResult> out = runAll(jobs, threads);
    return new Result(outcome, split, train.length, trainEvents, test.length, testEvents, out);
  }

  private static ModelResult unfitted(DyadYears data, int[] test, boolean[] yTest, double noSkill) {
    double[] index = data.column(DyadYearBuilder.INDEX);
    double[] score = new double[test.length];
    for (int i = 0; i < test.length; i++) {
      double v = index[test[i]];
      score[i] = Double.isNaN(v) ? -1 : v; // nothing known: below every scored dyad
    }
    return new ModelResult(
        INDEX,
        "the model's index with its own weights, unfitted (a score, not a probability)",
        test.length,
        count(yTest),
        Metrics.rocAuc(score, yTest),
        Metrics.prAuc(score, yTest),
        null,
        noSkill,
        List.of(),
        null);
  }

  /**
   * Runs the jobs on {@code threads} threads and returns their results in job order. Each fit runs
   * on one thread, so the results do not depend on the thread count.
   */
  private static List<ModelResult> runAll(List<Callable<ModelResult>> jobs, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " must be at least 1");
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()));
    try {
      List<Future<ModelResult>> futures = new ArrayList<>();
      for (Callable<ModelResult> j : jobs) {
        futures.add(pool.submit(j));
      }
      List<ModelResult> out = new ArrayList<>();
      for (Future<ModelResult> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
        }
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Cancellation.cancelled("fitting", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static ModelResult fitted(
      String name,
      String description,
      DyadYears data,
      List<String> columns,
      int[] train,
      boolean[] yTrain,
      int[] test,
      boolean[] yTest,
      double noSkill) {
    Design design = Design.learn(data, columns, train);
    LogisticRegression.Fit fit;
    try {
      fit =
          LogisticRegression.fit(
              design.terms(), design.matrix(data, train), toDouble(yTrain), null, true);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Fitting model " + name + " on " + design.terms() + ": " + e.getMessage(), e);
    }
    double[][] x = design.matrix(data, test);
    double[] p = predict(fit, x);
    return new ModelResult(
        name,
        description,
        test.length,
        count(yTest),
        Metrics.rocAuc(p, yTest),
        Metrics.prAuc(p, yTest),
        Metrics.brier(p, yTest),
        noSkill,
        Metrics.reliability(p, yTest, Metrics.RARE_EVENT_EDGES),
        fit);
  }

  /** The fitted probabilities of rows given by column. */
  static double[] predict(LogisticRegression.Fit fit, double[][] x) {
    int n = x.length == 0 ? 0 : x[0].length;
    double[] p = new double[n];
    double[] e = fit.estimates();
    for (int i = 0; i < n; i++) {
      double eta = e[0];
      for (int j = 0; j < x.length; j++) {
        eta += e[j + 1] * x[j][i];
      }
      p[i] = LogisticRegression.logistic(eta);
    }
    return p;
  }

  static double[] toDouble(boolean[] y) {
    double[] out = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      out[i] = y[i] ? 1 : 0;
    }
    return out;
  }

  private static int count(boolean[] y) {
    int n = 0;
    for (boolean b : y) {
      if (b) {
        n++;
      }
    }
    return n;
  }
}
