package org.borderland.core.panel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The panel: every observation, indexed for point-in-time lookup.
 *
 * <p>"The value of X for C as known in year Y" is, for a dataset published year by year (the
 * Factbook), the newest edition published in or before Y whose entry for C reports X; when a newer
 * edition's entry for C exists but lacks X (the damaged 2018–2020 editions), the lookup falls back
 * and lists the editions it skipped. For a single-release dataset with revised history, it is the
 * row describing the newest year ≤ Y, flagged as not as-known, and used only when the policy
 * allows. Every lookup goes through the panel's {@link #index()}.
 */
public final class Panel {
  /** Orders rows of one series: by publication date, then dataset, then reference year. */
  public static final Comparator<Observation> CHRONOLOGICAL =
      Comparator.comparing(Observation::published)
          .thenComparing(o -> o.source().dataset())
          .thenComparing(o -> o.refYear() == null ? Integer.MIN_VALUE : o.refYear());

  private final List<Observation> rows;
  private final Map<String, Map<String, List<Observation>>> byCountryIndicator = new HashMap<>();
  private final Map<String, Map<String, Set<Integer>>> editionsByDatasetCountry = new HashMap<>();
  private final Object indexLock = new Object();

  /** Made by {@link #index()} on first use. */
  private volatile PanelIndex index;

  /** Indexes the given rows; the list is copied. */
  public Panel(Collection<Observation> observations) {
    this.rows = List.copyOf(observations);
    Set<Integer> lastEditions = null;
    Observation last = null;
    for (Observation o : rows) {
      byCountryIndicator
          .computeIfAbsent(o.country(), c -> new HashMap<>())
          .computeIfAbsent(o.indicator(), i -> new ArrayList<>())
          .add(o);
      // Rows arrive grouped by dataset and country: look the edition set up only when they change.
      if (last == null
          || !last.country().equals(o.country())
          || !last.source().dataset().equals(o.source().dataset())) {
        lastEditions =
            editionsByDatasetCountry
                .computeIfAbsent(o.source().dataset(), d -> new HashMap<>())
                .computeIfAbsent(o.country(), c -> new TreeSet<>());
      }
      lastEditions.add(o.edition());
      last = o;
    }
  }

  /** Every row, in the order given. */
  public List<Observation> rows() {
    return rows;
  }

  /** Number of rows. */
  public int size() {
    return rows.size();
  }

  /** Countries with at least one row, sorted. */
  public Set<String> countries() {
    return new TreeMap<>(byCountryIndicator).keySet();
  }

  /** Indicators with at least one row for {@code country}, sorted. */
  public Set<String> indicators(String country) {
    return new TreeSet<>(byCountryIndicator.getOrDefault(country, Map.of()).keySet());
  }

  /** Every row for one country and indicator (any key), oldest first. */
  public List<Observation> rows(String country, String indicator) {
    // Sorted on demand: the lists are small, and sorting all of them would slow the start-up.
    List<Observation> out =
        new ArrayList<>(
            byCountryIndicator.getOrDefault(country, Map.of()).getOrDefault(indicator, List.of()));
    out.sort(CHRONOLOGICAL);
    return out;
  }

  /** Every row of one series, oldest first. */
  public List<Observation> series(SeriesKey k) {
    List<Observation> out = new ArrayList<>();
    for (Observation o : rows(k.country(), k.indicator())) {
      if (o.key().equals(k.key())) {
        out.add(o);
      }
    }
    return out;
  }

  /** The keys one country has for one indicator, in order of first appearance. */
  public List<String> keys(String country, String indicator) {
    Set<String> keys = new LinkedHashSet<>();
    for (Observation o : rows(country, indicator)) {
      keys.add(o.key());
    }
    return List.copyOf(keys);
  }

  /** The datasets that hold rows for one country and indicator, sorted. */
  public Set<String> datasets(String country, String indicator) {
    Set<String> out = new TreeSet<>();
    for (Observation o : rows(country, indicator)) {
      out.add(o.source().dataset());
    }
    return out;
  }

  /** The editions of {@code dataset} that have any row for {@code country}, ascending. */
  public Set<Integer> editions(String dataset, String country) {
    return editionsByDatasetCountry.getOrDefault(dataset, Map.of()).getOrDefault(country, Set.of());
  }

  /**
   * The value of one series as known in {@code year}, under a source policy.
   *
   * <p>With several datasets allowed, the first dataset in the policy's order that knows a value
   * wins; with none named, each dataset's pick is compared and the most recently published wins.
   */
  public PointInTime asKnown(SeriesKey k, int year, SourcePolicy policy) {
    List<String> order =
        policy.datasets().isEmpty()
            ? List.copyOf(datasets(k.country(), k.indicator()))
            : policy.datasets();
    PointInTime best = null;
    List<String> reasons = new ArrayList<>();
    for (String dataset : order) {
      PointInTime p = asKnownIn(k, year, dataset, policy.allowRevised());
      if (p.isKnown()) {
        if (!policy.datasets().isEmpty()) {
          return p;
        }
        if (best == null || CHRONOLOGICAL.compare(p.observation(), best.observation()) > 0) {
          best = p;
        }
      } else {
        reasons.add(dataset + ": " + p.note());
      }
    }
    if (best != null) {
      return best;
    }
    String why = reasons.isEmpty() ? "no dataset reports it" : String.join("; ", reasons);
    return new PointInTime(year, null, List.of(), "missing as known in " + year + " (" + why + ")");
  }

  /**
   * The value of one series from one dataset as known in {@code year}; see {@link
   * PanelIndex#lookup(String, String, String, int, String, boolean)} for the rule.
   */
  public PointInTime asKnownIn(SeriesKey k, int year, String dataset, boolean allowRevised) {
    return index().asKnownIn(k, year, dataset, allowRevised);
  }

  /**
   * The panel's point-in-time index: the one lookup every reader uses, built on first use (once,
   * even when several threads ask at the same time) and kept as long as the panel.
   */
  public PanelIndex index() {
    PanelIndex i = index;
    if (i == null) {
      synchronized (indexLock) {
        i = index;
        if (i == null) {
          i = new PanelIndex(this);
          index = i;
        }
      }
    }
    return i;
  }
}
