package org.borderland.core.indicator;

import java.util.List;
import java.util.Optional;
import org.borderland.core.indicator.SlotMemo.Slots;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.Definition.CuratedCount;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Observation;

/**
 * Curated facts: the number of curated, cited facts informing one factor for the pair, known by the
 * end of the year ({@code curated_count}); missing, not zero, for a pair nobody researched.
 */
final class CuratedFacts {
  private final CuratedCounts curated;
  private final SlotMemo memo;

  CuratedFacts(CuratedCounts curated, SlotMemo memo) {
    this.curated = curated;
    this.memo = memo;
  }

  RawValue curatedCount(Call p, String t, Slots tm, CuratedCount d, IndicatorSpec spec) {
    Optional<CuratedCounts.Count> c = curated.count(p.aggressor(), t, d.factor(), p.year());
    if (c.isEmpty()) {
      Optional<CuratedCounts.Period> period = curated.researched(p.aggressor(), t, d.factor());
      if (period.isPresent()) {
        CuratedCounts.Period r = period.get();
        return RawValue.missing(
            spec.unit(),
            p.aggressor()
                + "→"
                + t
                + " "
                + d.factor()
                + " was researched for the events of "
                + (r.from() == r.to() ? String.valueOf(r.from()) : r.from() + "–" + r.to())
                + " only (curated/researched.yaml: "
                + r.scope()
                + "); as known in "
                + p.year()
                + " the count is unknown, not 0");
      }
      // The same words in every year: made once per pair (the arrow makes a costly UTF-16 string).
      return memo.pair(
          p.slots(),
          tm,
          spec,
          d,
          (count, a, target, s) ->
              RawValue.missing(
                  s.unit(),
                  a
                      + "→"
                      + target
                      + " "
                      + count.factor()
                      + " has not been researched (curated/researched.yaml): the count is unknown,"
                      + " not 0"));
    }
    CuratedCounts.Count n = c.get();
    List<Observation> src = n.sources();
    int value = n.facts();
    if (d.verifiedOnly()) {
      value = n.verified();
      src = src.stream().filter(o -> !o.note().contains("NOT verified")).toList();
    }
    return RawValue.filled(
        value,
        spec.unit(),
        src,
        n.facts()
            + " fact(s), "
            + (n.facts() - n.verified())
            + " unverified, known by the end of "
            + p.year()
            + "; researched: "
            + n.scope());
  }
}
