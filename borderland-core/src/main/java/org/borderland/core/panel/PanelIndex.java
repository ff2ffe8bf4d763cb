package org.borderland.core.panel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The panel's point-in-time lookup: "the value of one series from one dataset as known in year Y",
 * the one implementation behind {@link Panel#asKnownIn(SeriesKey, int, String, boolean)} and every
 * bulk reader (the raw values, the candidates, the border graph). Each series is sorted once, on
 * first use, instead of on every call, and the answer tells apart what a {@link PointInTime} lumps
 * together as missing: a key named without a figure ("Russian NA%"), and a key left out of a list
 * the edition does print (a neighbour not among the land boundaries).
 *
 * <p>A panel owns its index ({@link Panel#index()}); series are indexed lazily, and the index is
 * safe to use from several threads.
 */
public final class PanelIndex {
  private final Panel panel;

  /**
   * Country → indicator → dataset → series. The countries are fixed when the index is made (a plain
   * map reads faster than a concurrent one); each country's series are indexed on first use.
   */
  private final Map<String, ConcurrentHashMap<String, Map<String, Series>>> index;

  /** Indexes {@code panel} (lazily); made once per panel, by {@link Panel#index()}. */
  PanelIndex(Panel panel) {
    this.panel = panel;
    Map<String, ConcurrentHashMap<String, Map<String, Series>>> m = new HashMap<>();
    for (String c : panel.countries()) {
      m.put(c, new ConcurrentHashMap<>());
    }
    this.index = m;
  }

  /** The panel indexed. */
  public Panel panel() {
    return panel;
  }

  /** What a lookup found. */
  public enum Outcome {
    /** A figure. */
    VALUE,
    /** The edition names the key but prints no figure for it ("Russian NA%"). */
    NAMED_WITHOUT_VALUE,
    /** The edition prints the indicator for other keys but leaves this key out. */
    NOT_LISTED,
    /** Nothing usable: see {@link Found#note()}. */
    NONE
  }

  /** Why a lookup found nothing. */
  public enum Why {
    /** It found something. */
    FOUND,
    /** The dataset has no row of this indicator for the country. */
    NEVER_REPORTED,
    /** The dataset's history was revised and the caller does not allow that. */
    REVISED_NOT_ALLOWED,
    /** The revised dataset has no figure for the year asked or before. */
    NO_FIGURE_BY_YEAR,
    /** No edition published by the year asked reports the indicator. */
    NO_EDITION_BY_YEAR
  }

  /**
   * The answer to one lookup in one dataset.
   *
   * @param outcome what was found
   * @param why for {@link Outcome#NONE}, why; else {@link Why#FOUND}
   * @param observation the figure ({@link Outcome#VALUE}), or the row naming the key without one
   * @param listRow for {@link Outcome#NOT_LISTED}, a row of the same edition, citing the list
   * @param indicator the indicator looked up
   * @param key the key looked up
   * @param year the knowledge year
   * @param dataset the dataset looked in
   * @param edition the edition used, or 0
   * @param skipped newer editions (≤ year) whose entry did not report the indicator, newest first
   */
  public record Found(
      Outcome outcome,
      Why why,
      Observation observation,
      Observation listRow,
      String indicator,
      String key,
      int year,
      String dataset,
      int edition,
      List<Integer> skipped) {

    /** Whether a figure was found. */
    public boolean hasValue() {
      return outcome == Outcome.VALUE;
    }

    /** The figure; only for {@link Outcome#VALUE}. */
    public double value() {
      return observation.value();
    }

    /** Whether the value fell back past newer editions that did not report it. */
    public boolean fellBack() {
      return !skipped.isEmpty();
    }

    /** One line saying how the value was chosen or why there is none, as the panel words it. */
    public String note() {
      switch (why) {
        case NEVER_REPORTED:
          return "never reported";
        case REVISED_NOT_ALLOWED:
          return "revised-history dataset, not allowed by the source policy";
        case NO_FIGURE_BY_YEAR:
          return "no figure for " + year + " or before";
        case NO_EDITION_BY_YEAR:
          return "no edition published by " + year + " reports it";
        default:
          break;
      }
      if (outcome == Outcome.VALUE && !observation.asKnown()) {
        return "figure for "
            + observation.refYear()
            + " from the "
            + observation.source().edition()
            + " release (revised history, not as known in "
            + year
            + ")";
      }
      if (outcome == Outcome.VALUE) {
        String note = "edition " + edition;
        if (!skipped.isEmpty()) {
          note += ", falling back past editions " + skipped + " that do not report it";
        }
        return note;
      }
      return "the "
          + edition
          + " edition reports "
          + indicator
          + (key.isEmpty() ? "" : " but not '" + key + "'")
          + (skipped.isEmpty() ? "" : " (editions " + skipped + " do not report it)");
    }

    /** The same answer as the panel's {@link PointInTime}. */
    public PointInTime toPointInTime() {
      return new PointInTime(year, outcome == Outcome.VALUE ? observation : null, skipped, note());
    }
  }

  /**
   * The rows of one country, indicator and dataset, indexed; opaque outside this package (a reader
   * finds a country's series once with {@link #series} and looks several datasets up in them).
   */
  public static final class Series {
    final boolean revised;
    final List<Observation> rows;
    final int[] editionsDesc;
    final Edition[] editionAt;
    final Map<Integer, Edition> editions;
    final Map<String, Observation[]> byRefYear;
    final Map<String, List<Observation>> byKey;
    final Set<String> keys;

    /** The pick of each knowledge year from the oldest edition on, made on first use. */
    private final Pick[] picks;

    private final int firstPickYear;

    Series(List<Observation> rows, Set<Integer> datasetEditions) {
      this.rows = List.copyOf(rows);
      this.revised = !rows.get(0).asKnown();
      Map<String, List<Observation>> keys = new LinkedHashMap<>();
      for (Observation o : rows) {
        keys.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
      }
      keys.replaceAll((k, v) -> List.copyOf(v));
      this.byKey = keys;
      this.keys = Collections.unmodifiableSet(keys.keySet());
      if (revised) {
        Map<String, Observation[]> m = new HashMap<>();
        for (Map.Entry<String, List<Observation>> e : keys.entrySet()) {
          Observation[] usable =
              e.getValue().stream()
                  .filter(o -> o.hasValue() && o.refYear() != null)
                  .sorted(Comparator.comparingInt(Observation::refYear)) // stable: keeps the order
                  .toArray(Observation[]::new);
          m.put(e.getKey(), usable);
        }
        this.byRefYear = m;
        this.editions = Map.of();
        this.editionsDesc = new int[0];
        this.editionAt = new Edition[0];
        this.picks = new Pick[0];
        this.firstPickYear = 0;
      } else {
        this.byRefYear = Map.of();
        Map<Integer, List<Observation>> byEdition = new HashMap<>();
        for (Observation o : rows) {
          byEdition.computeIfAbsent(o.edition(), e -> new ArrayList<>()).add(o);
        }
        Map<Integer, Edition> eds = new HashMap<>();
        byEdition.forEach((e, list) -> eds.put(e, new Edition(e, list)));
        this.editions = eds;
        this.editionsDesc =
            datasetEditions.stream()
                .sorted(Comparator.reverseOrder())
                .mapToInt(Integer::intValue)
                .toArray();
        this.editionAt = new Edition[editionsDesc.length];
        for (int i = 0; i < editionsDesc.length; i++) {
          editionAt[i] = eds.get(editionsDesc[i]);
        }
        int n = editionsDesc.length;
        this.firstPickYear = n == 0 ? 0 : editionsDesc[n - 1];
        this.picks = new Pick[n == 0 ? 0 : editionsDesc[0] - editionsDesc[n - 1] + 6];
      }
    }

    /** The edition a lookup as known in {@code year} reads, whatever the key. */
    Pick pick(int year) {
      int i = year - firstPickYear;
      if (i < 0 || i >= picks.length) {
        return pickFor(year);
      }
      Pick p = picks[i];
      if (p == null) {
        p = pickFor(year); // a race only picks twice
        picks[i] = p;
      }
      return p;
    }

    /**
     * The newest edition published by {@code year} with any figure published by then, and the newer
     * editions skipped because they had none.
     */
    private Pick pickFor(int year) {
      List<Integer> skipped = null;
      for (int i = 0; i < editionsDesc.length; i++) {
        int e = editionsDesc[i];
        if (e > year) {
          continue;
        }
        Edition ed = editionAt[i];
        if (ed == null || !ed.hasValueBy(year)) {
          if (skipped == null) {
            skipped = new ArrayList<>(4);
          }
          skipped.add(e);
          continue;
        }
        return new Pick(
            e, ed, skipped == null ? List.of() : List.copyOf(skipped), ed.listRow(year));
      }
      return new Pick(0, null, skipped == null ? List.of() : List.copyOf(skipped), null);
    }
  }

  /**
   * The edition of an as-known series read in one knowledge year.
   *
   * @param edition the edition, or 0 when none was published by then
   * @param ed its rows, or {@code null}
   * @param skipped the newer editions (≤ the year) without a figure, newest first
   * @param listRow a row of the edition with a figure published by the year, citing the list
   */
  record Pick(int edition, Edition ed, List<Integer> skipped, Observation listRow) {}

  /** The rows of one indicator in one edition of an as-known dataset. */
  static final class Edition {
    final int edition;
    final List<Observation> rows;
    final Map<String, List<Observation>> byKey;
    final int firstValueYear;
    final Observation firstValueRow;
    final int lastPublishedYear;

    Edition(int edition, List<Observation> rows) {
      this.edition = edition;
      this.rows = List.copyOf(rows);
      Map<String, List<Observation>> keys = new HashMap<>();
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      Observation firstRow = null;
      for (Observation o : rows) {
        keys.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
        last = Math.max(last, o.published().getYear());
        if (o.hasValue() && o.published().getYear() < first) {
          first = o.published().getYear();
          firstRow = o;
        }
      }
      keys.replaceAll((k, v) -> List.copyOf(v));
      this.byKey = keys;
      this.firstValueYear = first;
      this.firstValueRow = firstRow;
      this.lastPublishedYear = last;
    }

    /** Whether a row with a figure was published by the end of {@code year}. */
    boolean hasValueBy(int year) {
      return firstValueYear <= year;
    }

    /**
     * The last of a key's rows (in chronological order) with a figure published by {@code year}.
     */
    static Observation valueRow(List<Observation> list, int year) {
      for (int i = list.size() - 1; i >= 0; i--) {
        Observation o = list.get(i);
        if (o.hasValue() && o.published().getYear() <= year) {
          return o;
        }
      }
      return null;
    }

    /** The last of a key's rows published by {@code year}, with or without a figure. */
    static Observation anyRow(List<Observation> list, int year) {
      for (int i = list.size() - 1; i >= 0; i--) {
        Observation o = list.get(i);
        if (o.published().getYear() <= year) {
          return o;
        }
      }
      return null;
    }

    /** A row of this edition with a figure published by {@code year}, to cite the list. */
    Observation listRow(int year) {
      if (firstValueRow != null && firstValueRow.published().getYear() <= year) {
        return firstValueRow;
      }
      for (Observation o : rows) {
        if (o.hasValue() && o.published().getYear() <= year) {
          return o;
        }
      }
      return null;
    }
  }

  /** The indexed series of one country and indicator, by dataset (empty when none). */
  public Map<String, Series> series(String country, String indicator) {
    ConcurrentHashMap<String, Map<String, Series>> byIndicator = index.get(country);
    if (byIndicator == null) {
      return Map.of(); // the panel has no row of the country
    }
    Map<String, Series> s = byIndicator.get(indicator);
    if (s == null) {
      s = byIndicator.computeIfAbsent(indicator, i -> build(country, i));
    }
    return s;
  }

  private Map<String, Series> build(String country, String indicator) {
    List<Observation> rows = panel.rows(country, indicator); // chronological
    if (rows.isEmpty()) {
      return Map.of();
    }
    Map<String, List<Observation>> byDataset = new LinkedHashMap<>();
    for (Observation o : rows) {
      byDataset.computeIfAbsent(o.source().dataset(), d -> new ArrayList<>()).add(o);
    }
    Map<String, Series> out = new HashMap<>();
    byDataset.forEach((d, list) -> out.put(d, new Series(list, panel.editions(d, country))));
    return Map.copyOf(out);
  }

  /** Whether the dataset holds any row of the indicator for the country. */
  public boolean reports(String country, String indicator, String dataset) {
    return series(country, indicator).containsKey(dataset);
  }

  /** Whether the dataset has revised history for this series (false when it has no rows). */
  public boolean isRevised(String country, String indicator, String dataset) {
    Series s = series(country, indicator).get(dataset);
    return s != null && s.revised;
  }

  /** Every row of one country, indicator, dataset and key, oldest first. */
  public List<Observation> rows(String country, String indicator, String dataset, String key) {
    Series s = series(country, indicator).get(dataset);
    if (s == null) {
      return List.of();
    }
    return s.byKey.getOrDefault(key, List.of());
  }

  /** The keys one country has for one indicator in one dataset, in order of first appearance. */
  public Set<String> keys(String country, String indicator, String dataset) {
    Series s = series(country, indicator).get(dataset);
    return s == null ? Set.of() : s.keys;
  }

  /**
   * The value of one series from one dataset as known in {@code year}, with the missing cases told
   * apart. For a dataset published edition by edition, the newest edition published by the end of
   * the year with any figure published by then (newer editions without one are skipped, and
   * listed), and in it the key's latest figure; for a dataset with revised history (read only when
   * {@code allowRevised}), the row describing the newest year no later than {@code year}.
   */
  public Found lookup(
      String country,
      String indicator,
      String key,
      int year,
      String dataset,
      boolean allowRevised) {
    return lookup(series(country, indicator), indicator, key, year, dataset, allowRevised);
  }

  /**
   * As {@link #lookup(String, String, String, int, String, boolean)}, in the series of one country
   * and indicator already found with {@link #series}: a caller trying several datasets finds them
   * once.
   */
  public Found lookup(
      Map<String, Series> series,
      String indicator,
      String key,
      int year,
      String dataset,
      boolean allowRevised) {
    Series s = series.get(dataset);
    if (s == null) {
      return none(Why.NEVER_REPORTED, indicator, key, year, dataset, List.of());
    }
    if (s.revised) {
      if (!allowRevised) {
        return none(Why.REVISED_NOT_ALLOWED, indicator, key, year, dataset, List.of());
      }
      Observation[] byYear = s.byRefYear.get(key);
      if (byYear != null) {
        for (int i = byYear.length - 1; i >= 0; i--) {
          if (byYear[i].refYear() <= year) {
            Observation o = byYear[i];
            return new Found(
                Outcome.VALUE,
                Why.FOUND,
                o,
                null,
                indicator,
                key,
                year,
                dataset,
                o.edition(),
                List.of());
          }
        }
      }
      return none(Why.NO_FIGURE_BY_YEAR, indicator, key, year, dataset, List.of());
    }
    Pick pk = s.pick(year);
    Edition ed = pk.ed();
    if (ed == null) {
      return none(Why.NO_EDITION_BY_YEAR, indicator, key, year, dataset, pk.skipped());
    }
    int e = pk.edition();
    List<Observation> keyRows = ed.byKey.get(key);
    Observation pick = keyRows == null ? null : Edition.valueRow(keyRows, year);
    if (pick != null) {
      return new Found(
          Outcome.VALUE, Why.FOUND, pick, null, indicator, key, year, dataset, e, pk.skipped());
    }
    Observation named = keyRows == null ? null : Edition.anyRow(keyRows, year);
    if (named != null) {
      return new Found(
          Outcome.NAMED_WITHOUT_VALUE,
          Why.FOUND,
          named,
          named,
          indicator,
          key,
          year,
          dataset,
          e,
          pk.skipped());
    }
    return new Found(
        Outcome.NOT_LISTED,
        Why.FOUND,
        null,
        pk.listRow(),
        indicator,
        key,
        year,
        dataset,
        e,
        pk.skipped());
  }

  private static Found none(
      Why why, String indicator, String key, int year, String dataset, List<Integer> skipped) {
    return new Found(Outcome.NONE, why, null, null, indicator, key, year, dataset, 0, skipped);
  }

  /**
   * The value of one series from one dataset as known in {@code year}, as a {@link PointInTime}:
   * what {@link Panel#asKnownIn(SeriesKey, int, String, boolean)} answers.
   */
  public PointInTime asKnownIn(SeriesKey k, int year, String dataset, boolean allowRevised) {
    return lookup(k.country(), k.indicator(), k.key(), year, dataset, allowRevised).toPointInTime();
  }

  /**
   * The rows of the newest edition of an as-known dataset published by the end of {@code year} in
   * which the country has any row of the indicator, with or without a figure (a text field such as
   * "Broadcast media" has none); empty when there is none or the dataset is revised.
   *
   * @return the edition's rows, oldest first, or an empty list
   */
  public List<Observation> newestEditionRows(
      String country, String indicator, String dataset, int year) {
    Series s = series(country, indicator).get(dataset);
    if (s == null || s.revised) {
      return List.of();
    }
    for (int i = 0; i < s.editionsDesc.length; i++) {
      Edition ed = s.editionAt[i];
      if (s.editionsDesc[i] > year || ed == null) {
        continue;
      }
      if (ed.lastPublishedYear <= year) {
        return ed.rows;
      }
      List<Observation> out = null;
      for (Observation o : ed.rows) {
        if (o.published().getYear() <= year) {
          if (out == null) {
            out = new ArrayList<>(ed.rows.size());
          }
          out.add(o);
        }
      }
      if (out != null) {
        return out;
      }
    }
    return List.of();
  }

  /**
   * The rows of one edition of an as-known dataset for one country and indicator, oldest first;
   * empty when the edition has none.
   */
  public List<Observation> editionRows(
      String country, String indicator, String dataset, int edition) {
    Series s = series(country, indicator).get(dataset);
    if (s == null || s.revised) {
      return List.of();
    }
    Edition ed = s.editions.get(edition);
    return ed == null ? List.of() : ed.rows;
  }

  /** The rows of one edition for one key, oldest first; empty when there are none. */
  public List<Observation> editionRows(
      String country, String indicator, String dataset, int edition, String key) {
    Series s = series(country, indicator).get(dataset);
    if (s == null || s.revised) {
      return List.of();
    }
    Edition ed = s.editions.get(edition);
    return ed == null ? List.of() : ed.byKey.getOrDefault(key, List.of());
  }

  /** The rows of one edition by key; empty when the edition has none. */
  public Map<String, List<Observation>> editionKeys(
      String country, String indicator, String dataset, int edition) {
    Series s = series(country, indicator).get(dataset);
    if (s == null || s.revised) {
      return Map.of();
    }
    Edition ed = s.editions.get(edition);
    return ed == null ? Map.of() : Collections.unmodifiableMap(ed.byKey);
  }

  /**
   * The editions of a dataset (any indicator) the country appears in that are newer than {@code
   * edition} and no newer than {@code year}, newest first: those a value from {@code edition} fell
   * back past.
   */
  public List<Integer> editionsAfter(String country, String dataset, int edition, int year) {
    List<Integer> out = null;
    for (int e : editionsDesc(country, dataset)) {
      if (e > edition && e <= year) {
        if (out == null) {
          out = new ArrayList<>(4);
        }
        out.add(e);
      }
    }
    return out == null ? List.of() : out;
  }

  private final ConcurrentHashMap<String, ConcurrentHashMap<String, int[]>> editionLists =
      new ConcurrentHashMap<>();

  private int[] editionsDesc(String country, String dataset) {
    ConcurrentHashMap<String, int[]> m = editionLists.get(dataset);
    if (m == null) {
      m = editionLists.computeIfAbsent(dataset, d -> new ConcurrentHashMap<>());
    }
    int[] e = m.get(country);
    if (e == null) {
      e =
          panel.editions(dataset, country).stream()
              .sorted(Comparator.reverseOrder())
              .mapToInt(Integer::intValue)
              .toArray();
      m.put(country, e);
    }
    return e;
  }
}
