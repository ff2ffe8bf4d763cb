package org.borderland.core.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How well scores or probabilities predict a binary outcome: ROC AUC, PR AUC (average precision),
 * the Brier score, and a reliability table. Ties are handled exactly (no arbitrary order).
 */
public final class Metrics {
  private Metrics() {}

  /**
   * The area under the ROC curve: the probability that a random event scores above a random
   * non-event, ties counting one half (the Mann–Whitney U statistic divided by {@code n1·n0}, with
   * mid-ranks for ties). 0.5 is no skill.
   *
   * @return the AUC, or NaN when there are no events or no non-events
   */
  public static double rocAuc(double[] score, boolean[] event) {
    int n = check(score, event);
    Integer[] order = order(score);
    double rankSum = 0;
    long events = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
        j++;
      }
      double midRank = (i + j) / 2.0 + 1; // ranks i+1 … j+1, ascending
      for (int k = i; k <= j; k++) {
        if (event[order[k]]) {
          rankSum += midRank;
          events++;
        }
      }
      i = j + 1;
    }
    long nonEvents = n - events;
    if (events == 0 || nonEvents == 0) {
      return Double.NaN;
    }
    return (rankSum - events * (events + 1) / 2.0) / ((double) events * nonEvents);
  }

  /**
   * The area under the precision–recall curve as average precision: {@code Σ (R_k − R_{k−1}) P_k}
   * over thresholds from the highest score down, tied scores passed as one threshold. A skill-less
   * score gets about the event rate.
   *
   * @return the average precision, or NaN without events
   */
  public static double prAuc(double[] score, boolean[] event) {
    int n = check(score, event);
    long total = 0;
    for (boolean e : event) {
      if (e) {
        total++;
      }
    }
    if (total == 0) {
      return Double.NaN;
    }
    Integer[] order = order(score);
    double ap = 0;
    long tp = 0;
    long seen = 0;
    int i = n - 1;
    while (i >= 0) {
      int j = i;
      while (j - 1 >= 0 && score[order[j - 1]] == score[order[i]]) {
        j--;
      }
      long newTp = 0;
      for (int k = j; k <= i; k++) {
        if (event[order[k]]) {
          newTp++;
        }
      }
      seen += i - j + 1;
      tp += newTp;
      if (newTp > 0) {
        ap += ((double) newTp / total) * ((double) tp / seen);
      }
      i = j - 1;
    }
    return ap;
  }

  /**
   * The Brier score: the mean squared difference between the probability and the outcome (0 or 1).
   * Lower is better.
   *
   * @throws IllegalArgumentException when a probability is outside [0, 1]
   */
  public static double brier(double[] probability, boolean[] event) {
    int n = check(probability, event);
    double s = 0;
    for (int i = 0; i < n; i++) {
      double p = probability[i];
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException(
            "Probability " + p + " at row " + i + " is not in [0, 1]");
      }
      double d = p - (event[i] ? 1 : 0);
      s += d * d;
    }
    return s / n;
  }

  /**
   * The Brier score of forecasting the same probability {@code rate} for every row (e.g. the
   * training years' event rate): the no-skill reference.
   */
  public static double brierConstant(double rate, boolean[] event) {
    double[] p = new double[event.length];
    Arrays.fill(p, rate);
    return brier(p, event);
  }

  /**
   * One bin of a reliability table.
   *
   * @param low the bin's lower edge (inclusive)
   * @param high its upper edge (exclusive, except the last bin's)
   * @param n rows whose probability fell in it
   * @param events events among them
   * @param meanPredicted the mean probability of those rows (NaN when empty)
   * @param observed the share that were events (NaN when empty)
   */
  public record Bin(
      double low, double high, int n, int events, double meanPredicted, double observed) {}

  /** Log-spaced edges for rare events: 0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1. */
  public static final double[] RARE_EVENT_EDGES = {0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1};

  /**
   * A reliability (calibration) table: the rows binned by probability, each bin's mean probability
   * beside the share of events in it. A calibrated model has the two close in every bin.
   *
   * @param edges increasing bin edges from 0 to 1
   */
  public static List<Bin> reliability(double[] probability, boolean[] event, double[] edges) {
    int n = check(probability, event);
    if (edges.length < 2 || edges[0] != 0 || edges[edges.length - 1] != 1) {
      throw new IllegalArgumentException(
          "Bin edges must run from 0 to 1, not " + Arrays.toString(edges));
    }
    int bins = edges.length - 1;
    int[] count = new int[bins];
    int[] events = new int[bins];
    double[] sum = new double[bins];
    for (int i = 0; i < n; i++) {
      double p = probability[i];
      int b = Arrays.binarySearch(edges, p);
      b = b >= 0 ? Math.min(b, bins - 1) : -b - 2;
      b = Math.max(0, Math.min(bins - 1, b));
      count[b]++;
      sum[b] += p;
      if (event[i]) {
        events[b]++;
      }
    }
    List<Bin> out = new ArrayList<>(bins);
    for (int b = 0; b < bins; b++) {
      out.add(
          new Bin(
              edges[b],
              edges[b + 1],
              count[b],
              events[b],
              count[b] == 0 ? Double.NaN : sum[b] / count[b],
              count[b] == 0 ? Double.NaN : (double) events[b] / count[b]));
    }
    return out;
  }

  private static int check(double[] score, boolean[] event) {
    if (score.length != event.length) {
      throw new IllegalArgumentException(
          score.length + " scores for " + event.length + " outcomes; give one score per outcome");
    }
    for (int i = 0; i < score.length; i++) {
      if (Double.isNaN(score[i])) {
        throw new IllegalArgumentException("Score at row " + i + " is NaN; drop or fill it");
      }
    }
    return score.length;
  }

  /** Row indices by ascending score. */
  private static Integer[] order(double[] score) {
    Integer[] o = new Integer[score.length];
    for (int i = 0; i < o.length; i++) {
      o[i] = i;
    }
    Arrays.sort(o, (a, b) -> Double.compare(score[a], score[b]));
    return o;
  }
}
