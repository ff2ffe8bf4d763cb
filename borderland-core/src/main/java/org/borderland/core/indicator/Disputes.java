package org.borderland.core.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.PanelIndex;

/**
 * Disputes: the number of militarised interstate disputes the aggressor originated against the
 * target that began in the last years up to the knowledge year ({@code mid_count}, COW MID);
 * unknown, not zero, when the window reaches past the end of the data.
 */
final class Disputes {
  private final SeriesReader reader;
  private final PanelIndex index;

  /** Per list of MID datasets, the last year they cover (see {@link #midDataEnd}). */
  private final ConcurrentHashMap<List<String>, Integer> midEnds = new ConcurrentHashMap<>();

  Disputes(SeriesReader reader) {
    this.reader = reader;
    this.index = reader.index();
  }

  RawValue midCount(Call p, AggressorSide aSide, String t, int years, IndicatorSpec spec) {
    if (!spec.sources().allowRevised()) {
      return RawValue.missing(
          spec.unit(), "COW MID has revised history; the indicator does not allow it");
    }
    int from = p.year() - years + 1;
    List<Observation> counted = new ArrayList<>(2);
    List<String> ds = reader.datasets(spec);
    for (int k = 0; k < ds.size(); k++) {
      List<Observation> rows = index.rows(p.aggressor(), "mid_originated", ds.get(k), t);
      for (int i = 0; i < rows.size(); i++) {
        Observation o = rows.get(i);
        if (o.refYear() != null && o.refYear() >= from && o.refYear() <= p.year()) {
          counted.add(o);
        }
      }
    }
    int lastYear = midDataEnd(spec);
    if (lastYear != Integer.MIN_VALUE && lastYear < p.year()) {
      // A count over years the data do not cover would read absence as peace.
      return RawValue.missing(
          spec.unit(),
          "the MID data end in "
              + lastYear
              + ", before the end of the window "
              + from
              + "–"
              + p.year()
              + " (not zero: unknown)",
          counted);
    }
    return RawValue.filled(
        counted.size(),
        spec.unit(),
        counted,
        counted.size()
            + " dispute(s) "
            + p.aggressor()
            + " originated against "
            + t
            + aSide.midWindow(from));
  }

  /** The end of every MID count's note in a call: the window, and where the data end. */
  String midWindow(Call p, int from, IndicatorSpec spec) {
    int lastYear = midDataEnd(spec);
    String window = "begun " + from + "–" + p.year();
    String end =
        lastYear != Integer.MIN_VALUE && lastYear < p.year()
            ? "; the MID data end in " + lastYear
            : "";
    return " " + window + end;
  }

  /**
   * The last year the MID datasets an indicator reads cover: the latest dispute year of any state,
   * {@link Integer#MIN_VALUE} when they hold no dispute. It is the release's end, not the
   * aggressor's last dispute: an aggressor's last dispute would tell, in an earlier year, whether
   * it begins another later (a look-ahead), and would make its quiet years read as unknown.
   */
  private int midDataEnd(IndicatorSpec spec) {
    List<String> ds = reader.datasets(spec);
    Integer hit = midEnds.get(ds);
    if (hit != null) {
      return hit;
    }
    int last = Integer.MIN_VALUE;
    for (String country : index.panel().countries()) {
      for (String d : ds) {
        for (String k : index.keys(country, "mid_originated", d)) {
          for (Observation o : index.rows(country, "mid_originated", d, k)) {
            if (o.refYear() != null) {
              last = Math.max(last, o.refYear());
            }
          }
        }
      }
    }
    midEnds.put(ds, last);
    return last;
  }
}
