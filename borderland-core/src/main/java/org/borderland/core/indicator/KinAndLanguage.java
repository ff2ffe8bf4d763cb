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
import org.borderland.core.panel.PanelValidation;

/**
 * Kin and language: the share of the target's population in the aggressor's main ethnic group
 * ({@code kin_share}), their number ({@code kin_absolute}), the share's change ({@code kin_trend}),
 * and the share speaking the aggressor's language ({@code language_share}).
 *
 * <p>The aggressor's group and language come from its own Factbook entry as known in the year, or
 * from the model file ({@link MainNames}); a target's list is searched for every key that names the
 * same group or language ({@link KinNames}). A target's share under one list of names is computed
 * once per target and year, whichever aggressor asks; the value's note and sources then add where
 * the aggressor's names came from.
 */
final class KinAndLanguage {
  private final SeriesReader reader;
  private final SlotMemo memo;

  KinAndLanguage(SeriesReader reader, SlotMemo memo) {
    this.reader = reader;
    this.memo = memo;
  }

  /**
   * The aggressor's names for one indicator as known in the call's year, kept in its memo slots.
   *
   * @param choice what its entry or the model names
   * @param namesId the names' id in the memo ({@link SlotMemo#namesId}); -1 when unnamed
   * @param missing the missing value when unnamed, else null
   */
  private record Resolved(MainNames.Choice choice, int namesId, RawValue missing) {}

  private Resolved resolved(Call p, IndicatorSpec spec, boolean ethnic) {
    return memo.get(
        p.slots(),
        SlotMemo.AGGRESSOR_ONLY,
        p.year(),
        spec,
        this,
        p,
        ethnic
            ? (k, c, _, _, s) -> k.resolve(c, s, true)
            : (k, c, _, _, s) -> k.resolve(c, s, false));
  }

  private Resolved resolve(Call p, IndicatorSpec spec, boolean ethnic) {
    MainNames.Choice c =
        ethnic
            ? MainNames.groups(reader.index(), p.profile(), p.aggressor(), p.year(), spec)
            : MainNames.languages(reader.index(), p.profile(), p.aggressor(), p.year(), spec);
    return switch (c) {
      case MainNames.Named n -> new Resolved(n, memo.namesId(n.names()), null);
      case MainNames.Unnamed u ->
          new Resolved(
              u,
              -1,
              RawValue.missing(
                  spec.unit(),
                  (ethnic ? "main ethnic group of " : "language of ")
                      + p.aggressor()
                      + " unknown as known in "
                      + p.year()
                      + ": "
                      + u.why(),
                  u.sources()));
    };
  }

  /**
   * The kin share of {@code t} as known in {@code year} (the call's year, or earlier for a trend).
   */
  RawValue kinShare(Call p, String t, Slots tm, int year, IndicatorSpec spec) {
    Resolved r = resolved(p, spec, true);
    if (r.missing() != null) {
      return r.missing();
    }
    return withAggressor(targetShare(tm, r, year, spec, true), r, spec);
  }

  RawValue languageShare(Call p, String t, Slots tm, IndicatorSpec spec) {
    Resolved r = resolved(p, spec, false);
    if (r.missing() != null) {
      return r.missing();
    }
    return withAggressor(targetShare(tm, r, p.year(), spec, false), r, spec);
  }

  /** The target's share under the aggressor's names, without the aggressor's note. */
  private RawValue targetShare(Slots tm, Resolved r, int year, IndicatorSpec spec, boolean ethnic) {
    List<String> names = ((MainNames.Named) r.choice()).names();
    return memo.share(
        tm,
        r.namesId(),
        year,
        spec,
        this,
        names,
        ethnic
            ? (k, n, c, y, s) ->
                k.share(
                    c,
                    Indicators.ETHNIC_SHARE,
                    k.targetKeys(c, Indicators.ETHNIC_SHARE, n, s, true),
                    y,
                    s,
                    true,
                    "ethnic groups")
            : (k, n, c, y, s) ->
                k.share(
                    c,
                    Indicators.LANGUAGE_SHARE,
                    k.targetKeys(c, Indicators.LANGUAGE_SHARE, n, s, false),
                    y,
                    s,
                    false,
                    "languages"));
  }

  /**
   * The keys of {@code t}'s list, in any edition of the spec's datasets, that name one of {@code
   * names} ({@link KinNames#same}); {@code names} themselves when none does (then a list that
   * leaves them out reads 0).
   */
  private List<String> targetKeys(
      String t, String indicator, List<String> names, IndicatorSpec spec, boolean ethnic) {
    List<String> out = new ArrayList<>(names.size());
    for (String dataset : reader.datasets(spec)) {
      for (String key : reader.index().keys(t, indicator, dataset)) {
        if (out.contains(key)) {
          continue;
        }
        for (String n : names) {
          if (KinNames.same(key, n, ethnic)) {
            out.add(key);
            break;
          }
        }
      }
    }
    return out.isEmpty() ? names : out;
  }

  /**
   * A target's value with where the aggressor's names came from added to its note and sources; the
   * value itself when the model file names them (nothing to add).
   */
  private static RawValue withAggressor(RawValue v, Resolved r, IndicatorSpec spec) {
    MainNames.Named n = (MainNames.Named) r.choice();
    if (n.sources().isEmpty()) {
      return v;
    }
    List<Observation> src = new ArrayList<>(v.sources().size() + n.sources().size());
    src.addAll(v.sources());
    src.addAll(n.sources());
    return new RawValue(v.value(), spec.unit(), src, join(v.note(), n.how()), v.status());
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
      Observation b = best.observation();
      // A group printed inside another ("part of Moldovan/Romanian 80.2%") is not added to one
      // printed on its own; parts alone are exclusive among themselves and are added.
      boolean topLevel = false;
      for (Found f : values) {
        Observation o = f.observation();
        if (sameEdition(o, b) && !o.note().startsWith(PanelValidation.PART_OF)) {
          topLevel = true;
        }
      }
      for (Found f : values) {
        Observation o = f.observation();
        if (sameEdition(o, b)
            && !(sum && topLevel && o.note().startsWith(PanelValidation.PART_OF))) {
          v = sum ? v + o.value() : Math.max(v, o.value());
          used.add(o);
        }
      }
      if (used.size() == 1) {
        Found only = best;
        for (Found f : values) {
          if (f.observation() == used.get(0)) {
            only = f;
          }
        }
        return RawValue.filled(only.value(), spec.unit(), used, fallbackNote(only));
      }
      if (used.remove(b)) {
        used.add(0, b);
      }
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
    Resolved r = resolved(p, spec, true);
    if (r.missing() != null) {
      return r.missing();
    }
    RawValue share = targetShare(tm, r, p.year(), spec, true);
    if (!share.isFilled()) {
      return withAggressor(
          RawValue.missing(spec.unit(), "kin share missing: " + share.note(), share.sources()),
          r,
          spec);
    }
    if (share.value() == 0) {
      return withAggressor(share, r, spec);
    }
    RawValue pop = reader.population(tm, p.year(), spec);
    if (!pop.isFilled()) {
      return withAggressor(
          RawValue.missing(spec.unit(), "population missing: " + pop.note(), share.sources()),
          r,
          spec);
    }
    List<Observation> src = new ArrayList<>(share.sources());
    src.addAll(pop.sources());
    return withAggressor(
        RawValue.filled(
            share.value() / 100 * pop.value(), spec.unit(), src, join(share.note(), pop.note())),
        r,
        spec);
  }

  /**
   * The change of the kin share over {@code years}: both shares are of the aggressor's group as
   * known in the call's year, so a trend never compares two different groups.
   */
  RawValue kinTrend(Call p, String t, Slots tm, int years, IndicatorSpec spec) {
    Resolved r = resolved(p, spec, true);
    if (r.missing() != null) {
      return r.missing();
    }
    return withAggressor(trend(p, tm, r, years, spec), r, spec);
  }

  private RawValue trend(Call p, Slots tm, Resolved r, int years, IndicatorSpec spec) {
    RawValue now = targetShare(tm, r, p.year(), spec, true);
    if (!now.isFilled()) {
      return RawValue.missing(spec.unit(), "kin share missing: " + now.note(), now.sources());
    }
    int then = p.year() - years;
    RawValue before = targetShare(tm, r, then, spec, true);
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

  private static boolean sameEdition(Observation o, Observation b) {
    return o.edition() == b.edition() && o.source().dataset().equals(b.source().dataset());
  }
}
