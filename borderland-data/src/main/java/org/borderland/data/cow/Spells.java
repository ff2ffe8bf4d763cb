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
 * while both states still hold their COW codes, an "ended" row with value 0 in the first year it no
 * longer holds. So a pair contiguous from 1990 to 2016 yields one row, not 27, and the
 * point-in-time rule "the row for the newest year ≤ Y" reads the value for any year Y.
 *
 * <p>Values are held as runs of equal consecutive years, so half a million pair-years of distances
 * cost a few thousand objects; a value arriving out of year order is merged through a year map.
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

  /** Consecutive years with one value: the cell of its first year and of its last. */
  private static final class Run {
    final int start;
    int end;
    final Cell first;
    Cell last;

    Run(int start, int end, Cell first, Cell last) {
      this.start = start;
      this.end = end;
      this.first = first;
      this.last = last;
    }
  }

  private final Combine combine;
  private final Map<SeriesKey, List<Run>> series = new HashMap<>();

  Spells(Combine combine) {
    this.combine = combine;
  }

  /** Records the value of one series in one year, combining with a value already there. */
  void put(String country, String indicator, String key, int year, Cell cell) {
    List<Run> runs =
        series.computeIfAbsent(new SeriesKey(country, indicator, key), k -> new ArrayList<>(1));
    Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
    if (last == null || year > last.end) {
      if (last != null && year == last.end + 1 && last.first.value() == cell.value()) {
        last.end = year;
        last.last = cell;
      } else {
        runs.add(new Run(year, year, cell, cell));
      }
      return;
    }
    TreeMap<Integer, Cell> years = new TreeMap<>();
    for (Run r : runs) {
      for (int y = r.start; y <= r.end; y++) {
        years.put(y, y == r.end ? r.last : r.first);
      }
    }
    Cell old = years.get(year);
    if (old == null
        || (combine == Combine.MIN ? cell.value() < old.value() : cell.value() > old.value())) {
      years.put(year, cell);
    }
    runs.clear();
    for (Map.Entry<Integer, Cell> e : years.entrySet()) {
      Run r = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (r != null && e.getKey() == r.end + 1 && r.first.value() == e.getValue().value()) {
        r.end = e.getKey();
        r.last = e.getValue();
      } else {
        runs.add(new Run(e.getKey(), e.getKey(), e.getValue(), e.getValue()));
      }
    }
  }

  /** Drops every series whose values all exceed {@code limit}; returns how many were dropped. */
  int dropSeriesAbove(double limit) {
    int before = series.size();
    series.values().removeIf(runs -> runs.stream().allMatch(r -> r.first.value() > limit));
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
    for (Map.Entry<SeriesKey, List<Run>> e : series.entrySet()) {
      SeriesKey k = e.getKey();
      Run prev = null;
      for (Run r : e.getValue()) {
        if (prev != null && r.start > prev.end + 1 && endRows) {
          end(out, vintage, k, prev, codes);
        }
        Cell c = r.first;
        out.add(
            vintage.row(
                k.country(),
                k.indicator(),
                k.key(),
                c.value(),
                r.start,
                c.field(),
                c.text(),
                c.note()));
        prev = r;
      }
      if (prev != null && prev.end < lastYear && endRows) {
        end(out, vintage, k, prev, codes);
      }
    }
    return out;
  }

  private static void end(
      List<Observation> out, DatasetVintage vintage, SeriesKey k, Run last, CowCodes codes) {
    int year = last.end + 1;
    if (!codes.hasCowCode(k.country(), year)
        || (!k.key().isEmpty() && !codes.hasCowCode(k.key(), year))) {
      // A state ceased to exist (the USSR in 1991) or its code passed to a successor (Serbia and
      // Montenegro's to Serbia in 2006): the series stops or moves on, nothing "ended".
      return;
    }
    out.add(
        vintage.row(
            k.country(),
            k.indicator(),
            k.key(),
            0.0,
            year,
            last.last.field(),
            last.last.text(),
            "ended; last in force in " + last.end));
  }
}
