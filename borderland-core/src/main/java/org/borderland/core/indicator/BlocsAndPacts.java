package org.borderland.core.indicator;

import static org.borderland.core.indicator.Notes.fmt;
import static org.borderland.core.indicator.SeriesReader.tooOld;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderland.core.indicator.SlotMemo.Slots;
import org.borderland.core.model.Definition;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.PanelIndex.Found;
import org.borderland.core.panel.PanelIndex.Outcome;

/**
 * Blocs and pacts: how many of one side's organisations the target belongs to ({@code
 * bloc_membership}), hedging as membership × UN distance ({@code bloc_ambiguity}), and a defence
 * pact in force ({@code defence_pact}) with the aggressor or its rivals (as {@link Alignment} finds
 * them). A scenario may change the target's memberships: bloc name (as the aggressor's profile
 * names it) → member or not; the note says which changes were applied.
 */
final class BlocsAndPacts {
  private final SeriesReader reader;
  private final SlotMemo memo;
  private final UnVotes un;

  BlocsAndPacts(SeriesReader reader, SlotMemo memo, UnVotes un) {
    this.reader = reader;
    this.memo = memo;
    this.un = un;
  }

  RawValue blocMembership(
      Call p, String t, Definition.Side side, IndicatorSpec spec, Map<String, Boolean> changes) {
    Map<String, List<String>> blocs =
        side == Definition.Side.AGGRESSOR ? p.profile().blocs() : p.profile().rivalBlocs();
    if (blocs.isEmpty()) {
      return memo.notDescribed(
          p,
          spec,
          side == Definition.Side.AGGRESSOR ? "blocs led by" : "rival blocs of",
          side == Definition.Side.AGGRESSOR ? "blocs" : "rivalBlocs");
    }
    int count = 0;
    List<Observation> members = new ArrayList<>(2);
    List<String> names = new ArrayList<>(2);
    Found list = null;
    List<String> changed = new ArrayList<>(0);
    for (Map.Entry<String, List<String>> bloc : blocs.entrySet()) {
      Boolean member = changes.get(bloc.getKey());
      if (member != null) {
        changed.add((member ? "joins " : "leaves ") + bloc.getKey());
        if (member) {
          count++;
          names.add(bloc.getKey());
        }
        continue;
      }
      for (String key : bloc.getValue()) {
        Found f = reader.resolve(t, Indicators.MEMBER_OF, key, p.year(), spec);
        if (f.hasValue() && f.value() > 0) {
          String old = tooOld(f.observation(), p.year(), spec);
          if (old != null) {
            return RawValue.missing(spec.unit(), old, List.of(f.observation()));
          }
          count++;
          members.add(f.observation());
          names.add(bloc.getKey());
          list = f;
          break;
        }
        if (f.outcome() == Outcome.NOT_LISTED && list == null) {
          list = f;
        }
      }
    }
    String scenario =
        changed.isEmpty() ? "" : "; scenario: " + t + " " + String.join(", ", changed);
    if (list == null && changed.size() < blocs.size()) {
      return RawValue.missing(
          spec.unit(),
          "no organisation list for "
              + t
              + " as known in "
              + p.year()
              + " ("
              + reader.whyMissing(t, Indicators.MEMBER_OF, "", p.year(), spec.sources())
              + ")");
    }
    if (count == 0) {
      if (list == null) {
        return RawValue.filled(
            0, spec.unit(), List.of(), t + " belongs to none of " + blocs.keySet() + scenario);
      }
      return RawValue.filled(
          0,
          spec.unit(),
          list.listRow() == null ? List.of() : List.of(list.listRow()),
          t
              + " belongs to none of "
              + blocs.keySet()
              + " in the "
              + list.edition()
              + " edition ("
              + list.dataset()
              + ")"
              + scenario);
    }
    return RawValue.filled(
        count, spec.unit(), members, "member of " + String.join(", ", names) + scenario);
  }

  RawValue blocAmbiguity(
      Call p,
      AggressorSide aSide,
      String t,
      Slots tm,
      IndicatorSpec spec,
      Map<String, Boolean> changes) {
    RawValue blocs = blocMembership(p, t, Definition.Side.AGGRESSOR, spec, changes);
    if (!blocs.isFilled()) {
      return blocs;
    }
    if (blocs.value() == 0) {
      return RawValue.filled(0, spec.unit(), blocs.sources(), blocs.note());
    }
    RawValue d = un.unDistance(p, aSide, t, tm, spec);
    if (!d.isFilled()) {
      return RawValue.missing(spec.unit(), "UN distance missing: " + d.note(), blocs.sources());
    }
    List<Observation> src = new ArrayList<>(blocs.sources());
    src.addAll(d.sources());
    return RawValue.filled(
        blocs.value() * d.value(),
        spec.unit(),
        src,
        blocs.note() + "; × UN distance " + fmt(d.value()));
  }

  RawValue defencePact(
      Call p, AggressorSide aSide, String t, Definition.Side side, IndicatorSpec spec) {
    if (!spec.sources().allowRevised()) {
      return RawValue.missing(
          spec.unit(), "ATOP has revised history; the indicator does not allow it");
    }
    List<String> partners;
    String rivals = "";
    List<Observation> ended = new ArrayList<>(1);
    if (side == Definition.Side.AGGRESSOR) {
      partners = List.of(p.aggressor());
    } else {
      Alignment.Rivals r = aSide.rivals();
      if (r.missing() != null) {
        return RawValue.missing(spec.unit(), r.missing());
      }
      partners = r.codes();
      rivals = "; " + r.note();
      ended.addAll(r.sources());
    }
    for (String partner : partners) {
      if (partner.equals(t)) {
        continue;
      }
      Found f = reader.resolve(t, "atop_defense", partner, p.year(), spec);
      if (f.hasValue() && f.value() > 0) {
        List<Observation> src = new ArrayList<>(ended.size() + 1);
        src.add(f.observation());
        src.addAll(ended);
        return RawValue.filled(
            1, spec.unit(), src, "defence pact with " + partner + " in force" + rivals);
      }
      if (f.hasValue()) {
        ended.add(f.observation());
      }
    }
    return RawValue.filled(
        0,
        spec.unit(),
        ended,
        "no defence pact of "
            + t
            + " with "
            + partners
            + " in force in "
            + p.year()
            + " (ATOP)"
            + rivals);
  }
}
