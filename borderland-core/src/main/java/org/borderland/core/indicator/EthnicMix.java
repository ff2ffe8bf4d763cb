package org.borderland.core.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.borderland.core.indicator.SlotMemo.Slots;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.PanelIndex;
import org.borderland.core.panel.PanelValidation;

/**
 * Ethnic fractionalisation ({@code 1 − Σ sᵢ²}) and polarisation ({@code 4 Σ sᵢ² (1 − sᵢ)}) of a
 * target, computed from its ethnic shares as known in the year, for every Factbook edition (CREG's
 * series ends in 2013 and stays in the panel as a cross-check).
 *
 * <p>The shares are the newest edition of the target's list published by the end of the year with
 * any figure, from the spec's full-list datasets ({@link MainNames#newestList}). Which rows count:
 *
 * <ul>
 *   <li>groups printed on their own with a figure; groups printed inside another ("part of …") are
 *       left out, their parent counts;
 *   <li>non-response ("unspecified", "unknown", "undeclared", "not stated") is left out and the
 *       other shares are divided by their own total: not answering says nothing about which group
 *       one belongs to;
 *   <li>"other" counts as one group. That treats a residual of many small groups as one, so the
 *       fractionalisation is a lower bound and says so when "other" is printed;
 *   <li>shares whose total passes 100% (lists in which respondents gave several answers) are
 *       divided by their total; a total under 100% leaves the rest out, as if it were many very
 *       small groups.
 * </ul>
 *
 * The value is missing when the figures printed (non-response included) cover less than {@value
 * #MIN_COVERAGE}% of the population: then too much of the list has no figure (groups named without
 * a share, "NA%").
 */
final class EthnicMix {
  /** The share of the population, in %, that the printed figures must cover. */
  static final double MIN_COVERAGE = 90;

  private static final Pattern NON_RESPONSE =
      Pattern.compile("(?i)\\b(?:unspecified|unknown|undeclared|not stated|no answer)\\b");
  private static final Pattern OTHER = Pattern.compile("(?i)^(?:other|others)\\b");

  private final PanelIndex index;
  private final SlotMemo memo;

  EthnicMix(PanelIndex index, SlotMemo memo) {
    this.index = index;
    this.memo = memo;
  }

  /** Fractionalisation of the target's ethnic shares as known in {@code year}. */
  RawValue fractionalisation(Slots tm, int year, IndicatorSpec spec) {
    return memo.get(
        tm,
        SlotMemo.MAIN,
        year,
        spec,
        this,
        Boolean.FALSE,
        (m, _, c, y, s) -> m.compute(c, y, s, false));
  }

  /** Polarisation of the target's ethnic shares as known in {@code year}. */
  RawValue polarisation(Slots tm, int year, IndicatorSpec spec) {
    return memo.get(
        tm,
        SlotMemo.MAIN,
        year,
        spec,
        this,
        Boolean.TRUE,
        (m, _, c, y, s) -> m.compute(c, y, s, true));
  }

  private RawValue compute(String t, int year, IndicatorSpec spec, boolean polarisation) {
    List<Observation> list =
        MainNames.newestList(index, t, Indicators.ETHNIC_SHARE, year, spec, true);
    if (list.isEmpty()) {
      return RawValue.missing(
          spec.unit(),
          "no ethnic shares of " + t + " as known in " + year + " in " + spec.sources().datasets());
    }
    List<Observation> used = new ArrayList<>();
    double printed = 0;
    double known = 0;
    boolean other = false;
    for (Observation o : list) {
      if (!o.hasValue() || o.note().startsWith(PanelValidation.PART_OF)) {
        continue;
      }
      printed += o.value();
      if (NON_RESPONSE.matcher(o.key()).find()) {
        continue;
      }
      known += o.value();
      other |= OTHER.matcher(o.key()).find();
      used.add(o);
    }
    Observation first = list.get(0);
    String edition = first.edition() + " edition (" + first.source().dataset() + ")";
    if (printed < MIN_COVERAGE || used.isEmpty()) {
      return RawValue.missing(
          spec.unit(),
          "the figures of "
              + t
              + "'s ethnic groups in the "
              + edition
              + " cover "
              + Notes.pct(printed)
              + "% of the population, less than "
              + Notes.pct(MIN_COVERAGE)
              + "%: too many groups have no figure to compute "
              + (polarisation ? "polarisation" : "fractionalisation"),
          list);
    }
    // Non-response is left out: divide by what is known. A total past 100% is divided too.
    double total = printed > known || known > 100 ? known : 100;
    double sumSq = 0;
    double pol = 0;
    for (Observation o : used) {
      double s = o.value() / total;
      sumSq += s * s;
      pol += s * s * (1 - s);
    }
    double v = polarisation ? 4 * pol : 1 - sumSq;
    List<String> notes = new ArrayList<>();
    notes.add(
        (polarisation ? "4 Σ s² (1 − s)" : "1 − Σ s²")
            + " over "
            + used.size()
            + " groups of the "
            + edition);
    if (printed > known) {
      notes.add(
          "non-response ("
              + Notes.pct(printed - known)
              + "%) left out, the other shares divided by "
              + Notes.pct(known)
              + "%");
    } else if (known > 100) {
      notes.add("shares add up to " + Notes.pct(known) + "%, divided by their total");
    } else if (known < 100) {
      notes.add(Notes.pct(100 - known) + "% without a figure left out as very small groups");
    }
    if (other) {
      notes.add("'other' counted as one group (a lower bound of fractionalisation)");
    }
    return RawValue.filled(v, spec.unit(), used, String.join("; ", notes));
  }
}
