package org.borderland.core.indicator;

import static org.borderland.core.indicator.Notes.join;

import java.util.List;
import java.util.Set;
import org.borderland.core.indicator.SlotMemo.Slots;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Observation;

/**
 * UN votes: the distance between the aggressor's and the target's UN ideal points ({@code
 * un_distance}), and the share of General Assembly votes in which the target voted as the aggressor
 * ({@code un_vote_agreement}), which the panel holds only with the permanent members.
 */
final class UnVotes {
  private final SeriesReader reader;
  private final SlotMemo memo;

  UnVotes(SeriesReader reader, SlotMemo memo) {
    this.reader = reader;
    this.memo = memo;
  }

  RawValue unDistance(Call p, AggressorSide aSide, String t, Slots tm, IndicatorSpec spec) {
    RawValue a = aSide.idealPoint();
    if (!a.isFilled()) {
      return aSide.missingIdealPoint();
    }
    RawValue tv = reader.monadic(tm, SeriesReader.UN_IDEAL_POINT, p.year(), spec);
    if (!tv.isFilled()) {
      return RawValue.missing(spec.unit(), t + "'s UN ideal point: " + tv.note(), a.sources());
    }
    List<Observation> src = List.of(a.sources().get(0), tv.sources().get(0));
    return RawValue.filled(
        Math.abs(a.value() - tv.value()), spec.unit(), src, join(a.note(), tv.note()));
  }

  RawValue unVoteAgreement(Call p, String t, IndicatorSpec spec) {
    boolean otherKeys = false;
    for (String d : reader.datasets(spec)) {
      Set<String> keys = reader.index().keys(t, "un_vote_agreement", d);
      if (keys.contains(p.aggressor())) {
        return reader.single(t, "un_vote_agreement", p.aggressor(), p.year(), spec);
      }
      otherKeys |= !keys.isEmpty();
    }
    if (otherKeys) {
      return memo.get(
          p.slots(),
          SlotMemo.AGGRESSOR_ONLY,
          p.year(),
          spec,
          null,
          null,
          (_, _, a, _, s) ->
              RawValue.missing(
                  s.unit(),
                  "the panel holds UN vote agreement only with the permanent members of the"
                      + " Security Council (CHN, FRA, GBR, RUS, USA; SUN before 1992), not with "
                      + a));
    }
    return reader.single(t, "un_vote_agreement", p.aggressor(), p.year(), spec);
  }
}
