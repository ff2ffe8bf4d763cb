package org.borderland.core.indicator;

import static org.borderland.core.indicator.Notes.fmt;
import static org.borderland.core.indicator.Notes.join;
import static org.borderland.core.indicator.SeriesReader.fallbackNote;
import static org.borderland.core.indicator.SeriesReader.newer;
import static org.borderland.core.indicator.SeriesReader.tooOld;

import java.util.ArrayList;
import java.util.List;
import org.borderland.core.indicator.SlotMemo.Slots;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.PanelIndex.Found;
import org.borderland.core.panel.PanelIndex.Outcome;

/**
 * Kin and language: the share of the target's population in the aggressor's core ethnic group
 * ({@code kin_share}), their number ({@code kin_absolute}), the share's change ({@code kin_trend}),
 * and the share speaking the aggressor's language ({@code language_share}). A share under one
 * aggressor's names is computed once per target and year.
 */
final class KinAndLanguage {
  private final SeriesReader reader;
  private final SlotMemo memo;

  KinAndLanguage(SeriesReader reader, SlotMemo memo) {
    this.reader = reader;
    this.memo = memo;
  }

  /**
   * The kin share of {@code t} as known in {@code year} (the call's year, or earlier for a trend).
   */
  RawValue kinShare(Call p, String t, Slots tm, int year, IndicatorSpec spec) {
    List<String> groups = p.profile().kinGroups();
    if (groups.isEmpty()) {
      return memo.notDescribed(p, spec, "core ethnic group for", "kinGroups");
    }
    return memo.get(
        tm,
        p.shareSlot(),
        year,
        spec,
        this,
        groups,
        (k, g, c, y, s) -> k.share(c, Indicators.ETHNIC_SHARE, g, y, s, true, "ethnic groups"));
  }

  RawValue languageShare(Call p, String t, Slots tm, IndicatorSpec spec) {
    List<String> languages = p.profile().languages();
    if (languages.isEmpty()) {
      return memo.notDescribed(p, spec, "language for", "languages");
    }
    return memo.get(
        tm,
        p.shareSlot(),
        p.year(),
        spec,
        this,
        languages,
        (k, l, c, y, s) -> k.share(c, Indicators.LANGUAGE_SHARE, l, y, s, false, "languages"));
  }

  /**
   * The share of one of several names in T's list: the names found in the newest edition are added
   * ({@code sum}, exclusive groups) or the largest taken (overlapping languages); 0 when the list
   * leaves them all out.
   */
  private RawValue share(
      String t,
      String indicator,
      List<String> names,
      int year,
      IndicatorSpec spec,
      boolean sum,
      String listName) {
    Found best = null;
    List<Found> values = null;
    Found notListed = null;
    Found named = null;
    for (String n : names) {
      Found f = reader.resolve(t, indicator, n, year, spec);
      if (f.hasValue()) {
        if (values == null) {
          values = new ArrayList<>(names.size());
        }
        values.add(f);
        if (best == null || newer(f.observation(), best.observation())) {
          best = f;
        }
      } else if (f.outcome() == Outcome.NAMED_WITHOUT_VALUE && named == null) {
        named = f;
      } else if (f.outcome() == Outcome.NOT_LISTED
          && (notListed == null
              || f.listRow().published().isAfter(notListed.listRow().published()))) {
        notListed = f;
      }
    }
    if (best != null) {
      String old = tooOld(best.observation(), year, spec);
      if (old != null) {
        return RawValue.missing(spec.unit(), old, List.of(best.observation()));
      }
      if (values.size() == 1) {
        return RawValue.filled(
            best.value(), spec.unit(), List.of(best.observation()), fallbackNote(best));
      }
      double v = 0;
      List<Observation> used = new ArrayList<>();
      for (Found f : values) {
        Observation o = f.observation();
        Observation b = best.observation();
        if (o.edition() == b.edition() && o.source().dataset().equals(b.source().dataset())) {
          v = sum ? v + o.value() : Math.max(v, o.value());
          used.add(o);
        }
      }
      used.remove(best.observation());
      used.add(0, best.observation());
      return RawValue.filled(
          v,
          spec.unit(),
          used,
          (sum ? "sum of " : "largest of ")
              + used.stream().map(Observation::key).toList()
              + " in one edition");
    }
    if (named != null) {
      return RawValue.missing(
          spec.unit(),
          "the "
              + named.edition()
              + " edition ("
              + named.dataset()
              + ") names '"
              + named.key()
              + "' among "
              + t
              + "'s "
              + listName
              + " without a figure",
          List.of(named.observation()));
    }
    if (notListed != null && notListed.listRow() != null) {
      String old = tooOld(notListed.listRow(), year, spec);
      if (old != null) {
        return RawValue.missing(spec.unit(), old, List.of(notListed.listRow()));
      }
      return RawValue.filled(
          0,
          spec.unit(),
          List.of(notListed.listRow()),
          "none of "
              + names
              + " among the "
              + listName
              + " of "
              + t
              + " in the "
              + notListed.edition()
              + " edition ("
              + notListed.dataset()
              + (notListed.fellBack()
                  ? ", falling back past editions " + notListed.skipped() + " without figures"
                  : "")
              + "); counted as 0, at most the list's 'other' share");
    }
    return RawValue.missing(
        spec.unit(),
        "no "
            + listName
            + " of "
            + t
            + " with "
            + names
            + " as known in "
            + year
            + " ("
            + reader.whyMissing(t, indicator, names.get(0), year, spec.sources())
            + ")");
  }

  RawValue kinAbsolute(Call p, String t, Slots tm, IndicatorSpec spec) {
    RawValue share = kinShare(p, t, tm, p.year(), spec);
    if (p.profile().kinGroups().isEmpty()) {
      return share; // says which setting to add
    }
    if (!share.isFilled()) {
      return RawValue.missing(spec.unit(), "kin share missing: " + share.note(), share.sources());
    }
    if (share.value() == 0) {
      return RawValue.filled(0, spec.unit(), share.sources(), share.note());
    }
    RawValue pop = reader.population(tm, p.year(), spec);
    if (!pop.isFilled()) {
      return RawValue.missing(spec.unit(), "population missing: " + pop.note(), share.sources());
    }
    List<Observation> src = new ArrayList<>(share.sources());
    src.addAll(pop.sources());
    return RawValue.filled(
        share.value() / 100 * pop.value(), spec.unit(), src, join(share.note(), pop.note()));
  }

  RawValue kinTrend(Call p, String t, Slots tm, int years, IndicatorSpec spec) {
    RawValue now = kinShare(p, t, tm, p.year(), spec);
    if (p.profile().kinGroups().isEmpty()) {
      return now; // says which setting to add
    }
    if (!now.isFilled()) {
      return RawValue.missing(spec.unit(), "kin share missing: " + now.note(), now.sources());
    }
    int then = p.year() - years;
    RawValue before = kinShare(p, t, tm, then, spec);
    if (!before.isFilled()) {
      return RawValue.missing(
          spec.unit(),
          "kin share as known in " + then + " missing: " + before.note(),
          now.sources());
    }
    List<Observation> src = new ArrayList<>(now.sources());
    src.addAll(before.sources());
    return RawValue.filled(
        now.value() - before.value(),
        spec.unit(),
        src,
        "as known in "
            + p.year()
            + " ("
            + fmt(now.value())
            + "%) minus as known in "
            + then
            + " ("
            + fmt(before.value())
            + "%)");
  }
}
