package org.borderland.data.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.PointInTime;
import org.borderland.core.panel.SeriesKey;

/** The rows {@code data show} prints. */
public final class PanelQueries {
  private PanelQueries() {}

  /**
   * The rows for one country, optionally one indicator and key.
   *
   * <p>Without a year: every row of every edition, ordered by indicator, key, publication date.
   * With a year: for each indicator, key and dataset, the value as known in that year (revised
   * histories included and flagged), and — when an indicator was named — a row saying what is
   * missing.
   */
  public static List<ShowRow> show(
      Panel panel,
      String country,
      Optional<String> indicator,
      Optional<String> key,
      OptionalInt year) {
    List<String> indicators =
        indicator.map(List::of).orElseGet(() -> List.copyOf(panel.indicators(country)));
    List<ShowRow> out = new ArrayList<>();
    for (String ind : indicators) {
      List<String> keys = key.map(List::of).orElseGet(() -> panel.keys(country, ind));
      for (String k : keys) {
        SeriesKey series = new SeriesKey(country, ind, k);
        if (year.isEmpty()) {
          for (Observation o : panel.series(series)) {
            out.add(new ShowRow(country, ind, k, o.source().dataset(), o, ""));
          }
          continue;
        }
        List<String> datasets = List.copyOf(panel.datasets(country, ind));
        boolean any = false;
        for (String ds : datasets) {
          PointInTime p = panel.asKnownIn(series, year.getAsInt(), ds, true);
          if (p.isKnown()) {
            out.add(new ShowRow(country, ind, k, ds, p.observation(), p.note()));
            any = true;
          } else if (indicator.isPresent() && key.isPresent()) {
            out.add(new ShowRow(country, ind, k, ds, null, "missing: " + p.note()));
          }
        }
        if (!any && indicator.isPresent() && key.isPresent() && datasets.isEmpty()) {
          out.add(new ShowRow(country, ind, k, "", null, "missing: no dataset reports it"));
        }
      }
    }
    out.sort(
        Comparator.comparing(ShowRow::indicator)
            .thenComparing(ShowRow::key)
            .thenComparing(
                (ShowRow r) ->
                    r.observation() == null ? "" : r.observation().published().toString())
            .thenComparing(ShowRow::dataset));
    return out;
  }
}
