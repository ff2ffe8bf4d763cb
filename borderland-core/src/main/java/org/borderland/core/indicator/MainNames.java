package org.borderland.core.indicator;

import static org.borderland.core.indicator.Notes.pct;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.borderland.core.model.AggressorProfile;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.PanelIndex;
import org.borderland.core.panel.PanelValidation;

/**
 * An aggressor's main ethnic group and language as known in a year, read from its own Factbook
 * entry unless the model file names them ({@code kinGroups}, {@code languages} under {@code
 * aggressors}).
 *
 * <p>The entry read is the newest edition published by the end of the year, among the datasets of
 * the indicator's sourcing whose lists are printed in full ({@link RawCalculator#COMPLETE_LISTS}: a
 * curated census row names one group, not the whole list). Within it:
 *
 * <ul>
 *   <li><b>Main group</b>: the group with the largest share, leaving out categories of race,
 *       birthplace and residual categories ({@link KinNames#excludedGroup}) and groups printed
 *       inside another ("part of …"). An edition that prints no figure at all is passed over for
 *       the one before, as the panel does for any series; an edition whose figures are all left-out
 *       categories (the United States lists races only) gives no main group. Russia's 1992 entry
 *       prints "Estonian NA%, Latvian NA%, Lithuanian NA%, Russian NA%, other NA%" (a Baltic
 *       template filled in with no figures) and no earlier entry of Russia exists, so as known in
 *       1992 Russia has no main group from the data: the order of a list without figures is not
 *       evidence of size (here it would give Estonian).
 *   <li><b>Language</b>: the language with the largest share (leaving out residual categories and
 *       lists of several, {@link KinNames#excludedLanguage}); else the languages marked official
 *       (when several are, each, and a target's share is the largest of theirs); else the language
 *       named as the main group is ("Russian, other" in Russia's entries of 1993–2009, "Standard
 *       Chinese or Mandarin, Yue, …" in China's before 2010: {@link KinNames#languageOfGroup});
 *       else none, said so.
 * </ul>
 */
final class MainNames {
  private MainNames() {}

  /** What an aggressor's entry (or the model) names, or why nothing is named. */
  sealed interface Choice permits Named, Unnamed {}

  /**
   * The names to look for in targets' lists.
   *
   * @param names the keys as the aggressor's entry (or the model file) prints them
   * @param how one line saying where they come from, for the value's note
   * @param sources the aggressor's rows they were read from (empty for the model file's)
   */
  record Named(List<String> names, String how, List<Observation> sources) implements Choice {
    /** Copies the lists. */
    Named {
      names = List.copyOf(names);
      sources = List.copyOf(sources);
    }
  }

  /**
   * No name: why, and the rows that were read.
   *
   * @param why one line for the missing value's note
   * @param sources the rows read
   */
  record Unnamed(String why, List<Observation> sources) implements Choice {
    /** Copies the list. */
    Unnamed {
      sources = List.copyOf(sources);
    }
  }

  private static final Pattern OFFICIAL = Pattern.compile("(?i)(?<!un)(?<!not )\\bofficial\\b");

  /** The aggressor's kin groups as known in {@code year}. */
  static Choice groups(
      PanelIndex index, AggressorProfile profile, String aggressor, int year, IndicatorSpec spec) {
    if (!profile.kinGroups().isEmpty()) {
      return new Named(profile.kinGroups(), "kin group as the model file names it", List.of());
    }
    List<Observation> list =
        newestList(index, aggressor, Indicators.ETHNIC_SHARE, year, spec, true);
    if (list.isEmpty()) {
      return new Unnamed(
          "no ethnic groups of "
              + aggressor
              + " as known in "
              + year
              + " in "
              + datasets(spec)
              + "; a model file may name its group (kinGroups under aggressors: "
              + aggressor
              + ")",
          List.of());
    }
    Observation main = largest(list, true);
    if (main == null) {
      return new Unnamed(
          "the "
              + describe(list.get(0))
              + " of "
              + aggressor
              + "'s ethnic groups names no group with a share that is not a category of race,"
              + " birthplace or 'other' ("
              + printed(list)
              + "), so its main group is unknown; a model file may name it (kinGroups under"
              + " aggressors: "
              + aggressor
              + ")",
          list);
    }
    return new Named(
        List.of(main.key()),
        "kin group "
            + main.key()
            + ": "
            + aggressor
            + "'s largest group ("
            + pct(main.value())
            + "%) in the "
            + describe(main),
        List.of(main));
  }

  /** The aggressor's languages as known in {@code year}. */
  static Choice languages(
      PanelIndex index, AggressorProfile profile, String aggressor, int year, IndicatorSpec spec) {
    if (!profile.languages().isEmpty()) {
      return new Named(profile.languages(), "language as the model file names it", List.of());
    }
    List<Observation> list =
        newestList(index, aggressor, Indicators.LANGUAGE_SHARE, year, spec, false);
    if (list.isEmpty()) {
      return new Unnamed(
          "no languages of "
              + aggressor
              + " as known in "
              + year
              + " in "
              + datasets(spec)
              + "; a model file may name its language (languages under aggressors: "
              + aggressor
              + ")",
          List.of());
    }
    Observation main = largest(list, false);
    if (main != null) {
      return new Named(
          List.of(main.key()),
          "language "
              + main.key()
              + ": "
              + aggressor
              + "'s most spoken ("
              + pct(main.value())
              + "%) in the "
              + describe(main),
          List.of(main));
    }
    List<String> official = new ArrayList<>();
    List<Observation> officialRows = new ArrayList<>();
    for (Observation o : list) {
      if (!KinNames.excludedLanguage(o.key())
          && OFFICIAL.matcher(o.note()).find()
          && !official.contains(o.key())) {
        official.add(o.key());
        officialRows.add(o);
      }
    }
    if (!official.isEmpty()) {
      return new Named(
          official,
          "language "
              + String.join(", ", official)
              + ": marked official in "
              + aggressor
              + "'s "
              + describe(officialRows.get(0))
              + ", which prints no shares",
          officialRows);
    }
    Choice g = groups(index, AggressorProfile.empty(aggressor), aggressor, year, spec);
    if (g instanceof Named(var names, var how, var groupRows) && !groupRows.isEmpty()) {
      String wanted = KinNames.languageOfGroup(names.get(0));
      for (Observation o : list) {
        if (KinNames.canonical(o.key(), false).equals(wanted)) {
          List<Observation> src = new ArrayList<>(groupRows);
          src.add(0, o);
          return new Named(
              List.of(o.key()),
              "language "
                  + o.key()
                  + ": "
                  + aggressor
                  + "'s "
                  + describe(o)
                  + " prints no shares and marks none official; it names the language of "
                  + aggressor
                  + "'s main group ("
                  + how
                  + ")",
              src);
        }
      }
    }
    return new Unnamed(
        "the "
            + describe(list.get(0))
            + " of "
            + aggressor
            + "'s languages ("
            + printed(list)
            + ") gives no share, marks none official and does not name the language of a main"
            + " group, so its language is unknown; a model file may name it (languages under"
            + " aggressors: "
            + aggressor
            + ")",
        list);
  }

  /**
   * The rows of the newest edition published by {@code year} in the spec's full-list datasets; for
   * ethnic groups, the newest with any figure (an edition of "NA%" only is passed over).
   */
  static List<Observation> newestList(
      PanelIndex index,
      String country,
      String indicator,
      int year,
      IndicatorSpec spec,
      boolean needFigure) {
    for (List<String> tier : spec.sources().tiers()) {
      List<Observation> best = null;
      for (String dataset : tier) {
        if (!RawCalculator.COMPLETE_LISTS.contains(dataset)) {
          continue;
        }
        for (int e = year; e >= Observation.MIN_YEAR; e--) {
          List<Observation> rows = index.editionRows(country, indicator, dataset, e);
          if (rows.isEmpty()) {
            continue;
          }
          List<Observation> known = new ArrayList<>(rows.size());
          boolean figure = false;
          for (Observation o : rows) {
            if (o.published().getYear() <= year) {
              known.add(o);
              figure |= o.hasValue();
            }
          }
          if (known.isEmpty() || needFigure && !figure) {
            continue;
          }
          if (best == null || known.get(0).published().isAfter(best.get(0).published())) {
            best = known;
          }
          break;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return List.of();
  }

  /** The row with the largest share that may be a main group or language; null when none. */
  private static Observation largest(List<Observation> list, boolean ethnic) {
    Observation best = null;
    for (Observation o : list) {
      if (!o.hasValue()
          || o.note().startsWith(PanelValidation.PART_OF)
          || (ethnic ? KinNames.excludedGroup(o.key()) : KinNames.excludedLanguage(o.key()))) {
        continue;
      }
      if (best == null || o.value() > best.value()) {
        best = o;
      }
    }
    return best;
  }

  private static String describe(Observation o) {
    return o.edition() + " edition (" + o.source().dataset() + ")";
  }

  private static String printed(List<Observation> list) {
    List<String> items = new ArrayList<>();
    for (Observation o : list) {
      items.add(
          o.hasValue()
              ? o.key() + " " + pct(o.value()) + "%"
              : o.note().contains("NA") ? o.key() + " NA%" : o.key());
      if (items.size() == 6) {
        items.add("…");
        break;
      }
    }
    return String.join(", ", items);
  }

  private static String datasets(IndicatorSpec spec) {
    List<String> out = new ArrayList<>();
    for (String d : spec.sources().datasets()) {
      if (RawCalculator.COMPLETE_LISTS.contains(d)) {
        out.add(d);
      }
    }
    return out.isEmpty()
        ? "the indicator's sources ("
            + String.join(", ", spec.sources().datasets())
            + ": none"
            + " prints the full list)"
        : String.join(", ", out).toLowerCase(Locale.ROOT);
  }
}
