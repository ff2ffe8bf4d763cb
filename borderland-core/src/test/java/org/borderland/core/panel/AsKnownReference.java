package org.borderland.core.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * A straightforward reference for the point-in-time lookup, to check {@link PanelIndex} against:
 * the rule read off the panel's rows on every call, without an index (the lookup {@code Panel} made
 * before the index was the only one). Slow; for tests only.
 */
public final class AsKnownReference {
  private AsKnownReference() {}

  /** The value of one series from one dataset as known in {@code year}. */
  public static PointInTime asKnownIn(
      Panel panel, SeriesKey k, int year, String dataset, boolean allowRevised) {
    List<Observation> all = new ArrayList<>();
    for (Observation o : panel.rows(k.country(), k.indicator())) {
      if (o.source().dataset().equals(dataset)) {
        all.add(o);
      }
    }
    if (all.isEmpty()) {
      return new PointInTime(year, null, List.of(), "never reported");
    }
    boolean revised = !all.get(0).asKnown();
    if (revised) {
      if (!allowRevised) {
        return new PointInTime(
            year, null, List.of(), "revised-history dataset, not allowed by the source policy");
      }
      Observation pick = null;
      for (Observation o : all) {
        if (o.key().equals(k.key())
            && o.hasValue()
            && o.refYear() != null
            && o.refYear() <= year
            && (pick == null || o.refYear() >= pick.refYear())) {
          pick = o;
        }
      }
      if (pick == null) {
        return new PointInTime(year, null, List.of(), "no figure for " + year + " or before");
      }
      return new PointInTime(
          year,
          pick,
          List.of(),
          "figure for "
              + pick.refYear()
              + " from the "
              + pick.source().edition()
              + " release (revised history, not as known in "
              + year
              + ")");
    }
    // Editions published by the end of the year that report the indicator (any key) with a value.
    TreeMap<Integer, List<Observation>> byEdition = new TreeMap<>();
    for (Observation o : all) {
      if (o.published().getYear() <= year && o.hasValue()) {
        byEdition.computeIfAbsent(o.edition(), e -> new ArrayList<>()).add(o);
      }
    }
    List<Integer> skipped = new ArrayList<>();
    for (int e :
        panel.editions(dataset, k.country()).stream().sorted(Comparator.reverseOrder()).toList()) {
      if (e > year) {
        continue;
      }
      List<Observation> inEdition = byEdition.get(e);
      if (inEdition == null) {
        skipped.add(e);
        continue;
      }
      Observation pick = null;
      for (Observation o : inEdition) {
        if (o.key().equals(k.key())) {
          pick = o;
        }
      }
      if (pick == null) {
        return new PointInTime(
            year,
            null,
            skipped,
            "the "
                + e
                + " edition reports "
                + k.indicator()
                + (k.key().isEmpty() ? "" : " but not '" + k.key() + "'")
                + (skipped.isEmpty() ? "" : " (editions " + skipped + " do not report it)"));
      }
      String note = "edition " + e;
      if (!skipped.isEmpty()) {
        note += ", falling back past editions " + skipped + " that do not report it";
      }
      return new PointInTime(year, pick, skipped, note);
    }
    return new PointInTime(year, null, skipped, "no edition published by " + year + " reports it");
  }
}
