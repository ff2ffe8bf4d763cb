package org.borderland.core.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * A table of units (rows) × numeric columns, with the units' group and denominator columns beside
 * it: COINr's {@code iData} with its {@code uMeta}. Immutable: every change returns a new dataset.
 *
 * <p>A missing value is {@link Double#NaN}. Rows are identified by their unit code, or by unit code
 * and time in panel data (COINr's {@code Time} column), and keep their order through every step.
 * Value columns hold indicators and, after aggregation, aggregates; group columns hold categories
 * such as COINr's {@code EurAsia_group} ({@code null} when missing); denominator columns hold the
 * figures that {@link Denominate} divides by, such as population.
 */
public final class Dataset {
  private final List<String> units;
  private final int[] times;
  private final LinkedHashMap<String, double[]> values;
  private final LinkedHashMap<String, List<String>> groups;
  private final LinkedHashMap<String, double[]> denominators;

  /**
   * Unit code → row in a cross-section, shared by the datasets derived with the same rows; {@code
   * null} until first needed (and always for panel data).
   */
  private volatile Map<String, Integer> rowIndex;

  private Dataset(
      List<String> units,
      int[] times,
      LinkedHashMap<String, double[]> values,
      LinkedHashMap<String, List<String>> groups,
      LinkedHashMap<String, double[]> denominators,
      Map<String, Integer> rowIndex) {
    this.units = units;
    this.times = times;
    this.values = values;
    this.groups = groups;
    this.denominators = denominators;
    this.rowIndex = rowIndex;
  }

  /** A dataset with the same rows (units, times, groups, denominators) and these values. */
  private Dataset sameRows(LinkedHashMap<String, double[]> v) {
    return new Dataset(units, times, v, groups, denominators, rowIndex);
  }

  /** Starts a dataset with these unit codes, one per row. */
  public static Builder builder(List<String> units) {
    return new Builder(units);
  }

  /** Builds a {@link Dataset}; each column must have one entry per row. */
  public static final class Builder {
    private final List<String> units;
    private int[] times;
    private final LinkedHashMap<String, double[]> values = new LinkedHashMap<>();
    private final LinkedHashMap<String, List<String>> groups = new LinkedHashMap<>();
    private final LinkedHashMap<String, double[]> denominators = new LinkedHashMap<>();

    private Builder(List<String> units) {
      Objects.requireNonNull(units, "units");
      for (int i = 0; i < units.size(); i++) {
        String u = units.get(i);
        if (u == null || u.isBlank()) {
          throw new IllegalArgumentException("Unit code of row " + (i + 1) + " is blank");
        }
      }
      this.units = List.copyOf(units);
    }

    /** Sets the time (e.g. the edition year) of each row, for panel data. */
    public Builder times(int[] times) {
      this.times = length("Time", times.clone());
      return this;
    }

    /** Adds a value column (an indicator); {@code NaN} is missing. */
    public Builder values(String code, double[] column) {
      put(values, code, length(code, column.clone()), "value");
      return this;
    }

    /** Adds a group column; {@code null} is missing. */
    public Builder group(String name, List<String> column) {
      put(
          groups,
          name,
          length(name, Collections.unmodifiableList(new ArrayList<>(column))),
          "group");
      return this;
    }

    /** Adds a denominator column; {@code NaN} is missing. */
    public Builder denominator(String name, double[] column) {
      put(denominators, name, length(name, column.clone()), "denominator");
      return this;
    }

    /**
     * The dataset.
     *
     * @throws IllegalArgumentException when a unit (or unit and time) appears twice
     */
    public Dataset build() {
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < units.size(); i++) {
        String key = times == null ? units.get(i) : units.get(i) + " at time " + times[i];
        Integer before = seen.putIfAbsent(key, i);
        if (before != null) {
          throw new IllegalArgumentException(
              "Unit "
                  + key
                  + " appears in rows "
                  + (before + 1)
                  + " and "
                  + (i + 1)
                  + "; each unit (and time) must have one row");
        }
      }
      return new Dataset(
          units,
          times,
          new LinkedHashMap<>(values),
          new LinkedHashMap<>(groups),
          new LinkedHashMap<>(denominators),
          times == null ? Collections.unmodifiableMap(seen) : null);
    }

    private double[] length(String code, double[] column) {
      check(code, column.length);
      return column;
    }

    private int[] length(String code, int[] column) {
      check(code, column.length);
      return column;
    }

    private <T> List<T> length(String code, List<T> column) {
      check(code, column.size());
      return column;
    }

    private void check(String code, int n) {
      if (n != units.size()) {
        throw new IllegalArgumentException(
            "Column '"
                + code
                + "' has "
                + n
                + " entries but the dataset has "
                + units.size()
                + " rows");
      }
    }

    private static <T> void put(Map<String, T> map, String code, T column, String kind) {
      if (code == null || code.isBlank()) {
        throw new IllegalArgumentException("A " + kind + " column has a blank name");
      }
      if (map.putIfAbsent(code, column) != null) {
        throw new IllegalArgumentException("Two " + kind + " columns are named '" + code + "'");
      }
    }
  }

  /** The number of rows. */
  public int rows() {
    return units.size();
  }

  /** The unit codes, one per row. */
  public List<String> units() {
    return units;
  }

  /** The unit code of a row. */
  public String unit(int row) {
    return units.get(row);
  }

  /** Whether rows carry a time (panel data). */
  public boolean hasTime() {
    return times != null;
  }

  /** The time of a row, or empty for a cross-section. */
  public OptionalInt time(int row) {
    Objects.checkIndex(row, units.size());
    return times == null ? OptionalInt.empty() : OptionalInt.of(times[row]);
  }

  /** The distinct times, ascending; empty for a cross-section. */
  public List<Integer> times() {
    if (times == null) {
      return List.of();
    }
    Set<Integer> s = new TreeSet<>();
    for (int t : times) {
      s.add(t);
    }
    return List.copyOf(s);
  }

  /**
   * The row of a unit in a cross-section.
   *
   * @throws IllegalArgumentException when the unit is absent or the data is a panel
   */
  public int row(String unit) {
    if (times != null) {
      throw new IllegalArgumentException(
          "This dataset is a panel; give the time too, or take one time with atTime(t)");
    }
    Map<String, Integer> m = rowIndex;
    if (m == null) {
      Map<String, Integer> built = new HashMap<>();
      for (int i = units.size() - 1; i >= 0; i--) {
        built.put(units.get(i), i); // the first row of a unit wins, as with indexOf
      }
      m = Collections.unmodifiableMap(built);
      rowIndex = m;
    }
    Integer i = m.get(unit);
    if (i == null) {
      throw new IllegalArgumentException("No unit '" + unit + "' in the dataset");
    }
    return i;
  }

  /** The value column codes (indicators, then aggregates as they are added), in order. */
  public List<String> codes() {
    return List.copyOf(values.keySet());
  }

  /** Whether there is a value column with this code. */
  public boolean has(String code) {
    return values.containsKey(code);
  }

  /**
   * A copy of a value column.
   *
   * @throws IllegalArgumentException naming the columns there are, when there is no such column
   */
  public double[] values(String code) {
    return column(code).clone();
  }

  /** One value; {@code NaN} when missing. */
  public double value(int row, String code) {
    return column(code)[row];
  }

  /** The group column names. */
  public List<String> groupNames() {
    return List.copyOf(groups.keySet());
  }

  /**
   * A group column; {@code null} entries are missing.
   *
   * @throws IllegalArgumentException naming the group columns there are
   */
  public List<String> group(String name) {
    List<String> g = groups.get(name);
    if (g == null) {
      throw new IllegalArgumentException(
          "No group column '" + name + "'; the dataset has " + groups.keySet());
    }
    return g;
  }

  /** The denominator column names. */
  public List<String> denominatorNames() {
    return List.copyOf(denominators.keySet());
  }

  /**
   * A copy of a denominator column.
   *
   * @throws IllegalArgumentException naming the denominator columns there are
   */
  public double[] denominator(String name) {
    double[] d = denominators.get(name);
    if (d == null) {
      throw new IllegalArgumentException(
          "No denominator column '" + name + "'; the dataset has " + denominators.keySet());
    }
    return d.clone();
  }

  /** A dataset with this value column added, or replaced when the code exists. */
  public Dataset withValues(String code, double[] column) {
    Objects.requireNonNull(code, "code");
    if (column.length != rows()) {
      throw new IllegalArgumentException(
          "Column '"
              + code
              + "' has "
              + column.length
              + " entries but the dataset has "
              + rows()
              + " rows");
    }
    LinkedHashMap<String, double[]> v = new LinkedHashMap<>(values);
    v.put(code, column.clone());
    return sameRows(v);
  }

  /** A dataset with these value columns replaced or added, in the order given. */
  public Dataset withValues(Map<String, double[]> columns) {
    LinkedHashMap<String, double[]> v = new LinkedHashMap<>(values);
    for (Map.Entry<String, double[]> e : columns.entrySet()) {
      String code = Objects.requireNonNull(e.getKey(), "code");
      double[] column = e.getValue();
      if (column.length != rows()) {
        throw new IllegalArgumentException(
            "Column '"
                + code
                + "' has "
                + column.length
                + " entries but the dataset has "
                + rows()
                + " rows");
      }
      v.put(code, column.clone());
    }
    return sameRows(v);
  }

  /** A dataset with only the value columns named (in this dataset's order). */
  public Dataset withOnlyValues(Set<String> codes) {
    LinkedHashMap<String, double[]> v = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> e : values.entrySet()) {
      if (codes.contains(e.getKey())) {
        v.put(e.getKey(), e.getValue());
      }
    }
    return sameRows(v);
  }

  /** A dataset with these rows only, in the order given. */
  public Dataset withRows(int[] rows) {
    List<String> u = new ArrayList<>(rows.length);
    int[] t = times == null ? null : new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      u.add(units.get(rows[i]));
      if (t != null) {
        t[i] = times[rows[i]];
      }
    }
    LinkedHashMap<String, double[]> v = new LinkedHashMap<>();
    values.forEach((k, col) -> v.put(k, pick(col, rows)));
    LinkedHashMap<String, List<String>> g = new LinkedHashMap<>();
    groups.forEach(
        (k, col) -> {
          List<String> c = new ArrayList<>(rows.length);
          for (int r : rows) {
            c.add(col.get(r));
          }
          g.put(k, Collections.unmodifiableList(c));
        });
    LinkedHashMap<String, double[]> d = new LinkedHashMap<>();
    denominators.forEach((k, col) -> d.put(k, pick(col, rows)));
    return new Dataset(List.copyOf(u), t, v, g, d, null);
  }

  /**
   * The rows of one time, as a cross-section (COINr: one coin of a purse).
   *
   * @throws IllegalArgumentException when the dataset has no time or no row at {@code time}
   */
  public Dataset atTime(int time) {
    if (times == null) {
      throw new IllegalArgumentException("This dataset has no Time column");
    }
    int[] keep =
        java.util.stream.IntStream.range(0, rows()).filter(i -> times[i] == time).toArray();
    if (keep.length == 0) {
      throw new IllegalArgumentException("No row at time " + time + "; the times are " + times());
    }
    Dataset d = withRows(keep);
    return new Dataset(d.units, null, d.values, d.groups, d.denominators, null);
  }

  private static double[] pick(double[] col, int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = col[rows[i]];
    }
    return out;
  }

  private double[] column(String code) {
    double[] c = values.get(code);
    if (c == null) {
      throw new IllegalArgumentException(
          "No column '" + code + "' in the dataset; it has " + values.keySet());
    }
    return c;
  }

  /** Equal when units, times and every column are equal ({@code NaN} equals {@code NaN}). */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Dataset d)) {
      return false;
    }
    return units.equals(d.units)
        && Arrays.equals(times, d.times)
        && sameColumns(values, d.values)
        && groups.equals(d.groups)
        && sameColumns(denominators, d.denominators);
  }

  private static boolean sameColumns(Map<String, double[]> a, Map<String, double[]> b) {
    if (!List.copyOf(a.keySet()).equals(List.copyOf(b.keySet()))) {
      return false;
    }
    for (Map.Entry<String, double[]> e : a.entrySet()) {
      if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(units, values.keySet(), groups.keySet());
  }

  @Override
  public String toString() {
    return "Dataset[" + rows() + " rows × " + values.size() + " columns " + values.keySet() + "]";
  }
}
