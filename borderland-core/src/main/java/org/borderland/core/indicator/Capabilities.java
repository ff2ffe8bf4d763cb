package org.borderland.core.indicator;

import static org.borderland.core.indicator.Notes.both;
import static org.borderland.core.indicator.Notes.join;
import static org.borderland.core.indicator.Notes.side;

import java.util.ArrayList;
import java.util.List;
import org.borderland.core.indicator.SlotMemo.Slots;
import org.borderland.core.model.Definition;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.PanelIndex.Found;

/**
 * Capabilities and ratios: the aggressor's quantity (population, GDP, military spending, …) divided
 * by the target's ({@code ratio}), and COW major-power status ({@code major_power}). A country's
 * quantity is computed once per indicator and year, whichever side of a pair it is on.
 */
final class Capabilities {
  private final SeriesReader reader;
  private final SlotMemo memo;

  Capabilities(SeriesReader reader, SlotMemo memo) {
    this.reader = reader;
    this.memo = memo;
  }

  /** A's quantity ÷ T's; {@code a} is the aggressor's, looked up once per call. */
  RawValue ratio(Call p, RawValue a, String t, Slots tm, Definition.Quantity q, IndicatorSpec s) {
    if (!a.isFilled()) {
      return memo.get(
          p.slots(),
          SlotMemo.AGGRESSOR_ONLY,
          p.year(),
          s,
          a,
          q,
          (v, quantity, c, _, spec) ->
              RawValue.missing(spec.unit(), c + "'s " + quantity.id() + ": " + v.note()));
    }
    RawValue tv = quantity(tm, q, p.year(), s);
    if (!tv.isFilled()) {
      return RawValue.missing(s.unit(), t + "'s " + q.id() + ": " + tv.note(), a.sources());
    }
    List<Observation> src = both(a.sources(), tv.sources());
    if (tv.value() == 0) {
      return RawValue.missing(s.unit(), t + "'s " + q.id() + " is 0; the ratio is undefined", src);
    }
    return RawValue.filled(
        a.value() / tv.value(),
        s.unit(),
        src,
        join(side(p.aggressor(), a.note()), side(t, tv.note())));
  }

  /** A country's quantity as known in {@code year}, computed once per indicator and year. */
  RawValue quantity(Slots cm, Definition.Quantity q, int year, IndicatorSpec s) {
    return memo.get(cm, SlotMemo.MAIN, year, s, this, q, Capabilities::computeQuantity);
  }

  private RawValue computeQuantity(Definition.Quantity q, String c, int year, IndicatorSpec s) {
    return switch (q) {
      case POPULATION -> reader.single(c, Indicators.POPULATION, "", year, s);
      case GDP -> reader.single(c, Indicators.GDP_USD, "", year, s);
      case GDP_PPP -> reader.single(c, Indicators.GDP_PPP_USD, "", year, s);
      case CINC -> reader.single(c, Indicators.CINC, "", year, s);
      case MILITARY_PERSONNEL -> reader.single(c, Indicators.MIL_PERSONNEL, "", year, s);
      case MILITARY_SPENDING -> militarySpending(c, year, s);
    };
  }

  /**
   * Military spending in USD: as printed, or % of GDP × GDP; a value from as-known sources before
   * one using a revised history, else the one describing the later year, else the printed one.
   */
  private RawValue militarySpending(String c, int year, IndicatorSpec s) {
    RawValue direct = reader.single(c, Indicators.MILEX_USD, "", year, s);
    RawValue pct = reader.single(c, Indicators.MILEX_GDP_PCT, "", year, s);
    RawValue gdp = pct.isFilled() ? reader.single(c, Indicators.GDP_USD, "", year, s) : null;
    RawValue product = null;
    if (pct.isFilled() && gdp.isFilled()) {
      List<Observation> src = new ArrayList<>(pct.sources());
      src.addAll(gdp.sources());
      product =
          RawValue.filled(
              pct.value() / 100 * gdp.value(),
              s.unit(),
              src,
              join("milex_gdp_pct × gdp_usd", join(pct.note(), gdp.note())));
    }
    if (direct.isFilled() && product != null) {
      if (direct.revised() != product.revised()) {
        return direct.revised() ? product : direct; // what was known at the time comes first
      }
      return described(product) > described(direct) ? product : direct;
    }
    if (direct.isFilled()) {
      return direct;
    }
    if (product != null) {
      return product;
    }
    return RawValue.missing(
        s.unit(),
        "neither milex_usd ("
            + direct.note()
            + ") nor milex_gdp_pct × gdp_usd ("
            + (pct.isFilled() ? gdp.note() : pct.note())
            + ")");
  }

  /** The earliest year any source of a value describes (a product is as old as its oldest part). */
  private static int described(RawValue v) {
    int min = Integer.MAX_VALUE;
    for (Observation o : v.sources()) {
      min = Math.min(min, o.refYear() != null ? o.refYear() : o.edition());
    }
    return min;
  }

  /** 1 when the target (or the aggressor) held COW major-power status, else 0. */
  RawValue majorPower(Call p, String t, Definition.Role of, IndicatorSpec spec) {
    String c = of == Definition.Role.TARGET ? t : p.aggressor();
    if (!spec.sources().allowRevised()) {
      return RawValue.missing(
          spec.unit(),
          "COW major-power status has revised history; the indicator does not allow it");
    }
    Found f = reader.resolve(c, "major_power", "", p.year(), spec);
    if (f.hasValue()) {
      return RawValue.filled(f.value() > 0 ? 1 : 0, spec.unit(), List.of(f.observation()), "");
    }
    return RawValue.filled(
        0, spec.unit(), List.of(), c + " is not a COW major power in " + p.year());
  }
}
