package org.borderland.core.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderland.core.indicator.SlotMemo.Slots;
import org.borderland.core.model.Definition.TargetValue;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.RawValue;
import org.borderland.core.model.Sourcing;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.PanelIndex;
import org.borderland.core.panel.PanelIndex.Found;
import org.borderland.core.panel.PanelIndex.Outcome;
import org.borderland.core.panel.PanelIndex.Why;

/**
 * Reads one series of one country across the datasets an indicator may read, as the panel's {@link
 * PanelIndex} answers for each: the tiers of its {@link Sourcing} in order, a figure no older than
 * its {@code maxAge}, and why nothing was found when nothing was. Every family reads through it.
 */
final class SeriesReader {
  /** The target's territorial threat, read as a {@link TargetValue}. */
  static final TargetValue TERRITORIAL_THREAT = new TargetValue("territorial_threat", "");

  /** The target's ethnic fractionalisation, read as a {@link TargetValue}. */
  static final TargetValue ETHNIC_FRACTIONALISATION =
      new TargetValue("ethnic_fractionalisation", "");

  /**
   * A country's UN ideal point (the aggressor's or the target's), read as a {@link TargetValue}.
   */
  static final TargetValue UN_IDEAL_POINT = new TargetValue(Indicators.UN_IDEAL_POINT, "");

  private final PanelIndex index;
  private final SlotMemo memo;

  /** Per indicator, its datasets in tier order (as {@link Sourcing#datasets()}, computed once). */
  private final List<List<String>> datasets;

  SeriesReader(PanelIndex index, SlotMemo memo, List<IndicatorSpec> specs) {
    this.index = index;
    this.memo = memo;
    List<List<String>> ds = new ArrayList<>(specs.size());
    for (IndicatorSpec spec : specs) {
      ds.add(List.copyOf(spec.sources().datasets()));
    }
    this.datasets = List.copyOf(ds);
  }

  /** The panel's index. */
  PanelIndex index() {
    return index;
  }

  /** The datasets of a spec's sourcing, in tier order. */
  List<String> datasets(IndicatorSpec spec) {
    int i = memo.indexOf(spec);
    return i < 0 ? spec.sources().datasets() : datasets.get(i);
  }

  /**
   * The value of one series as known in {@code year} under the indicator's sourcing: the first tier
   * with a figure no older than the indicator's {@code maxAge} (the latest-described figure within
   * it) or, for a list printed in full, the first that leaves the key out; else the key named
   * without a figure; else the newest figure that is too old (the caller reports it missing); else
   * nothing.
   */
  Found resolve(String country, String indicator, String key, int year, IndicatorSpec spec) {
    Sourcing s = spec.sources();
    Map<String, PanelIndex.Series> series = index.series(country, indicator);
    Found named = null;
    Found firstNone = null;
    Found stale = null;
    List<List<String>> tiers = s.tiers();
    for (int ti = 0; ti < tiers.size(); ti++) { // indexed: no iterators for C1 to allocate
      List<String> tier = tiers.get(ti);
      Found best = null;
      Found notListed = null;
      for (int di = 0; di < tier.size(); di++) {
        String dataset = tier.get(di);
        Found f = index.lookup(series, indicator, key, year, dataset, s.allowRevised());
        switch (f.outcome()) {
          case VALUE -> {
            if (tooOld(f.observation(), year, spec) != null) {
              if (stale == null || newer(f.observation(), stale.observation())) {
                stale = f;
              }
            } else if (best == null || newer(f.observation(), best.observation())) {
              best = f;
            }
          }
          case NOT_LISTED -> {
            if (RawCalculator.COMPLETE_LISTS.contains(dataset)
                && (notListed == null
                    || f.listRow().published().isAfter(notListed.listRow().published()))) {
              notListed = f;
            }
          }
          case NAMED_WITHOUT_VALUE -> {
            if (named == null) {
              named = f;
            }
          }
          case NONE -> {
            if (firstNone == null) {
              firstNone = f;
            }
          }
        }
      }
      if (best != null) {
        return best;
      }
      if (notListed != null) {
        return notListed;
      }
    }
    if (named != null) {
      return named;
    }
    if (stale != null) {
      return stale; // too old: the caller reports it missing, naming the figure
    }
    return firstNone != null
        ? firstNone
        : new Found(
            Outcome.NONE, Why.NEVER_REPORTED, null, null, indicator, key, year, "", 0, List.of());
  }

  /** Whether {@code a} describes a later year than {@code b}, or (unknown or equal) is newer. */
  static boolean newer(Observation a, Observation b) {
    if (a.refYear() != null && b.refYear() != null && !a.refYear().equals(b.refYear())) {
      return a.refYear() > b.refYear();
    }
    return Panel.CHRONOLOGICAL.compare(a, b) > 0;
  }

  /** Why nothing was found for a series, dataset by dataset. */
  String whyMissing(String country, String indicator, String key, int year, Sourcing s) {
    StringBuilder b = new StringBuilder();
    b.append(country).append(' ').append(indicator);
    if (!key.isEmpty()) {
      b.append(" '").append(key).append('\'');
    }
    b.append(" as known in ").append(year).append(": ");
    boolean first = true;
    for (String dataset : s.datasets()) {
      Found f = index.lookup(country, indicator, key, year, dataset, s.allowRevised());
      if (!first) {
        b.append("; ");
      }
      first = false;
      b.append(dataset).append(": ");
      if (f.outcome() == Outcome.NAMED_WITHOUT_VALUE) {
        b.append("the ").append(f.edition()).append(" edition names it without a figure");
      } else {
        b.append(f.note());
      }
    }
    return b.toString();
  }

  /** Checks a figure's age against the indicator's {@code maxAge}; null when it is fine. */
  static String tooOld(Observation o, int year, IndicatorSpec spec) {
    if (spec.maxAge() == null) {
      return null;
    }
    int described = o.refYear() != null ? o.refYear() : o.edition();
    if (year - described > spec.maxAge()) {
      return "the newest figure ("
          + o.country()
          + " "
          + o.indicator()
          + ", "
          + o.source().dataset()
          + " "
          + o.edition()
          + ") describes "
          + described
          + ", more than "
          + spec.maxAge()
          + " years before "
          + year;
    }
    return null;
  }

  /** The note of a value that fell back past newer editions, naming the country; else empty. */
  static String fallbackNote(Found f) {
    return f.fellBack() ? f.observation().country() + ": " + f.note() : "";
  }

  /**
   * One series of a country, as {@link #single} reads it, computed once per country, indicator and
   * year.
   *
   * @param series the series: its indicator and key
   */
  RawValue monadic(Slots cm, TargetValue series, int year, IndicatorSpec spec) {
    return memo.get(
        cm,
        SlotMemo.MAIN,
        year,
        spec,
        this,
        series,
        (r, v, c, y, s) -> r.single(c, v.indicator(), v.key(), y, s));
  }

  /** A country's population as {@link #single} reads it, computed once per indicator and year. */
  RawValue population(Slots cm, int year, IndicatorSpec spec) {
    return memo.get(
        cm,
        SlotMemo.AUX,
        year,
        spec,
        this,
        null,
        (r, _, c, y, s) -> r.single(c, Indicators.POPULATION, "", y, s));
  }

  /** One series of one country: filled, or missing with the reason. No list-zero inference. */
  RawValue single(String country, String indicator, String key, int year, IndicatorSpec s) {
    Found f = resolve(country, indicator, key, year, s);
    if (f.hasValue()) {
      String old = tooOld(f.observation(), year, s);
      if (old != null) {
        return RawValue.missing(s.unit(), old, List.of(f.observation()));
      }
      return RawValue.filled(f.value(), s.unit(), List.of(f.observation()), fallbackNote(f));
    }
    if (f.outcome() == Outcome.NOT_LISTED) {
      return RawValue.missing(
          s.unit(),
          "the "
              + f.edition()
              + " edition ("
              + f.dataset()
              + ") reports "
              + indicator
              + " for "
              + country
              + " but not '"
              + key
              + "'",
          f.listRow() == null ? List.of() : List.of(f.listRow()));
    }
    return RawValue.missing(s.unit(), whyMissing(country, indicator, key, year, s.sources()));
  }
}
