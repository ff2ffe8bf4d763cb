package org.borderland.data.cow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.SeriesKey;
import org.borderland.data.importer.DatasetVintage;

/**
 * Year-by-year values of slowly changing series (contiguity, alliances, distance, major-power
 * status), compacted to the years where they change.
 *
 * <p>A series gets a row in its first year (the panel's first year when it was already in force
 * then), a row in each year its value changes, and, when it stops before the dataset's last year
 * while both states still exist, an "ended" row with value 0 in the first year it no longer holds.
 * So a pair contiguous from 1990 to 2016 yields one row, not 27, and the point-in-time rule "the
 * row for the newest year ≤ Y" reads the value for any year Y.
 */
final class Spells {
  /** How two inputs for the same series and year combine. */
  enum Combine {
    /** The smallest value wins (contiguity type 1 is closer than 5; the nearest distance). */
    MIN,
    /** The largest value wins (a pact in force under either code). */
    MAX
  }

  /** One year's value, with the field and raw text it came from and an optional note. */
  record Cell(double value, String field, String text, String note) {}

  private final Combine combine;
  private final Map<SeriesKey, TreeMap<Integer, Cell>> series = new HashMap<>();

  Spells(Combine combine) {
    this.combine = combine;
  }

  /** Records the value of one series in one year, combining with a value already there. */
  void put(String country, String indicator, String key, int year, Cell cell) {
    TreeMap<Integer, Cell> years =
        series.computeIfAbsent(new SeriesKey(country, indicator, key), k -> new TreeMap<>());
    Cell old = years.get(year);
    if (old == null
        || (combine == Combine.MIN ? cell.value() < old.value() : cell.value() > old.value())) {
      years.put(year, cell);
    }
  }

  /** Number of series. */
  int seriesCount() {
    return series.size();
  }

  /** Drops every series whose values all exceed {@code limit}; returns how many were dropped. */
  int dropSeriesAbove(double limit) {
    int before = series.size();
    series.values().removeIf(years -> years.values().stream().allMatch(c -> c.value() > limit));
    return before - series.size();
  }

  /**
   * The compacted rows.
   *
   * @param vintage the release
   * @param lastYear the dataset's last year: a series still in force then is right-censored, not
   *     ended
   * @param endRows whether to write "ended" rows (not for distances, where 0 is a value)
   * @param codes to check that both states still exist when a series stops
   */
  List<Observation> compact(DatasetVintage vintage, int lastYear, boolean endRows, CowCodes codes) {
    List<Observation> out = new ArrayList<>();
    for (Map.Entry<SeriesKey, TreeMap<Integer, Cell>> e : series.entrySet()) {
      SeriesKey k = e.getKey();
      Integer prevYear = null;
      Cell prev = null;
      for (Map.Entry<Integer, Cell> y : e.getValue().entrySet()) {
        int year = y.getKey();
        Cell c = y.getValue();
        if (prev != null && year > prevYear + 1 && endRows) {
          end(out, vintage, k, prevYear, prev, codes);
        }
        boolean gap = prev == null || year > prevYear + 1;
        if (gap || c.value() != prev.value()) {
          out.add(
              vintage.row(
                  k.country(),
                  k.indicator(),
                  k.key(),
                  c.value(),
                  year,
                  c.field(),
                  c.text(),
                  c.note()));
        }
        prevYear = year;
        prev = c;
      }
      if (prev != null && prevYear < lastYear && endRows) {
        end(out, vintage, k, prevYear, prev, codes);
      }
    }
    return out;
  }

  private static void end(
      List<Observation> out,
      DatasetVintage vintage,
      SeriesKey k,
      int lastInForce,
      Cell last,
      CowCodes codes) {
    int year = lastInForce + 1;
    if (!codes.exists(k.country(), year) || (!k.key().isEmpty() && !codes.exists(k.key(), year))) {
      // A state ceased to exist (the USSR in 1991): the series stops, nothing "ended".
      return;
    }
    out.add(
        vintage.row(
            k.country(),
            k.indicator(),
            k.key(),
            0.0,
            year,
            last.field(),
            last.text(),
            "ended; last in force in " + lastInForce));
  }
}
