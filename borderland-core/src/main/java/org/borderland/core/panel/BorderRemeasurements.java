package org.borderland.core.panel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Marks changes of a published border length so that no trend reads a new measurement as a moved
 * border.
 *
 * <p>The Factbook re-measures borders: Kazakhstan–Russia is 6,846 km in the editions up to 2014 and
 * 7,644 km from 2015, with no change of territory. Both figures are kept as published. When a
 * series of {@code land_border_km} (one dataset, one country, one neighbour) changes value between
 * consecutive editions that report it, the later row gets a note: "re-measured" when the country's
 * set of neighbours is the same in both editions, otherwise "changed as the neighbours changed"
 * (e.g. Sudan when South Sudan became independent), which may be a real change of territory.
 */
public final class BorderRemeasurements {
  private BorderRemeasurements() {}

  /** Returns the rows with notes added to border rows whose length changed; others unchanged. */
  public static List<Observation> mark(List<Observation> rows) {
    Objects.requireNonNull(rows, "rows");
    // dataset|country -> edition -> neighbour -> row
    Map<String, TreeMap<Integer, Map<String, Integer>>> index = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Observation o = rows.get(i);
      if (o.indicator().equals(Indicators.LAND_BORDER_KM) && o.hasValue() && o.asKnown()) {
        index
            .computeIfAbsent(o.source().dataset() + "|" + o.country(), k -> new TreeMap<>())
            .computeIfAbsent(o.edition(), e -> new HashMap<>())
            .put(o.key(), i);
      }
    }
    List<Observation> out = new ArrayList<>(rows);
    for (TreeMap<Integer, Map<String, Integer>> byEdition : index.values()) {
      Map.Entry<Integer, Map<String, Integer>> prev = null;
      for (Map.Entry<Integer, Map<String, Integer>> cur : byEdition.entrySet()) {
        if (prev != null) {
          Set<String> before = new TreeSet<>(prev.getValue().keySet());
          Set<String> after = new TreeSet<>(cur.getValue().keySet());
          boolean sameNeighbours = before.equals(after);
          for (Map.Entry<String, Integer> n : cur.getValue().entrySet()) {
            Integer p = prev.getValue().get(n.getKey());
            if (p == null) {
              continue;
            }
            Observation was = rows.get(p);
            Observation now = rows.get(n.getValue());
            if (!was.value().equals(now.value())) {
              String note =
                  (sameNeighbours ? "re-measured: " : "changed as the neighbours changed: ")
                      + km(was.value())
                      + " km in the "
                      + prev.getKey()
                      + " edition, "
                      + km(now.value())
                      + " km in the "
                      + cur.getKey()
                      + " edition"
                      + (sameNeighbours
                          ? " (same neighbours; a new measurement, not a moved border)"
                          : " (neighbours " + before + " → " + after + ")");
              out.set(n.getValue(), now.withNote(join(now.note(), note)));
            }
          }
        }
        prev = cur;
      }
    }
    return out;
  }

  /** Whether a row's note says its length changed only by re-measurement. */
  public static boolean isRemeasurement(Observation o) {
    return o.note().contains("re-measured:");
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : a + "; " + b;
  }

  private static String km(double v) {
    return String.format(java.util.Locale.ROOT, "%,.0f", v);
  }
}
