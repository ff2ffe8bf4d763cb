package org.borderland.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Directed dyad-years (A, T, Y) with their features as known at the end of Y and the outcome in Y +
 * 1: held by column, one array per feature, so that a few hundred thousand rows stay compact.
 *
 * <p>A feature is NaN where it is missing. The outcome is the highest hostility level of the
 * militarized disputes A originated against T that began in Y + 1 (0 for none): see {@link
 * Outcome}.
 */
public final class DyadYears {
  /** Which disputes count as the event. */
  public enum Outcome {
    /**
     * Any militarized interstate dispute A originated against T (hostility level 1–5: from a threat
     * of force to war).
     */
    ANY_MID("any", 1, "any militarized dispute (hostility 1-5)"),
    /**
     * A dispute reaching the use of force or war (hostility level 4 or 5), the highest level
     * reached by either side in it (the panel keeps {@code max(hostlev1, hostlev2)}).
     */
    FORCE("force", 4, "use of force or war (hostility 4-5)");

    private final String id;
    private final int minHostility;
    private final String label;

    Outcome(String id, int minHostility, String label) {
      this.id = id;
      this.minHostility = minHostility;
      this.label = label;
    }

    /** The id a command line uses: {@code any} or {@code force}. */
    public String id() {
      return id;
    }

    /** The lowest hostility level that counts. */
    public int minHostility() {
      return minHostility;
    }

    /** A readable description. */
    public String label() {
      return label;
    }

    /** Whether a dyad-year with this hostility (0 for no dispute) is an event. */
    public boolean isEvent(int hostility) {
      return hostility >= minHostility;
    }
  }

  private final String[] aggressors;
  private final String[] targets;
  private final int[] years;
  private final int[] hostility;
  private final Map<String, double[]> columns;

  /**
   * Rows by column.
   *
   * @param aggressors A per row
   * @param targets T per row
   * @param years the knowledge year Y per row (the outcome is in Y + 1)
   * @param hostility the outcome per row: the highest hostility level, 0 for no dispute
   * @param columns feature name → values per row (NaN where missing), in display order
   */
  public DyadYears(
      String[] aggressors,
      String[] targets,
      int[] years,
      int[] hostility,
      Map<String, double[]> columns) {
    int n = aggressors.length;
    if (targets.length != n || years.length != n || hostility.length != n) {
      throw new IllegalArgumentException("Row arrays of different lengths");
    }
    for (Map.Entry<String, double[]> e : columns.entrySet()) {
      if (e.getValue().length != n) {
        throw new IllegalArgumentException(
            "Column " + e.getKey() + " has " + e.getValue().length + " rows, not " + n);
      }
    }
    this.aggressors = aggressors;
    this.targets = targets;
    this.years = years;
    this.hostility = hostility;
    this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  /** The number of dyad-years. */
  public int size() {
    return years.length;
  }

  /** The aggressor of a row. */
  public String aggressor(int row) {
    return aggressors[row];
  }

  /** The target of a row. */
  public String target(int row) {
    return targets[row];
  }

  /** The knowledge year of a row (features as known at its end; the outcome in the next year). */
  public int year(int row) {
    return years[row];
  }

  /** The outcome's hostility level of a row (0 for no dispute begun in the next year). */
  public int hostility(int row) {
    return hostility[row];
  }

  /** The feature names, in order. */
  public List<String> columnNames() {
    return new ArrayList<>(columns.keySet());
  }

  /**
   * One feature's values, by row (the array itself: do not change it).
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public double[] column(String name) {
    double[] c = columns.get(Objects.requireNonNull(name, "name"));
    if (c == null) {
      throw new IllegalArgumentException(
          "No feature '" + name + "'; features: " + String.join(", ", columns.keySet()));
    }
    return c;
  }

  /** The rows whose outcome year (knowledge year + 1) lies in {@code from}–{@code to}. */
  public int[] rowsWithOutcomeIn(int from, int to) {
    int count = 0;
    for (int y : years) {
      if (y + 1 >= from && y + 1 <= to) {
        count++;
      }
    }
    int[] out = new int[count];
    int k = 0;
    for (int i = 0; i < years.length; i++) {
      if (years[i] + 1 >= from && years[i] + 1 <= to) {
        out[k++] = i;
      }
    }
    return out;
  }

  /** Whether each of the given rows is an event under the outcome. */
  public boolean[] events(int[] rows, Outcome outcome) {
    boolean[] out = new boolean[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = outcome.isEvent(hostility[rows[i]]);
    }
    return out;
  }

  /** The first and last knowledge years held. */
  public int[] yearSpan() {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int y : years) {
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
    return new int[] {min, max};
  }
}
