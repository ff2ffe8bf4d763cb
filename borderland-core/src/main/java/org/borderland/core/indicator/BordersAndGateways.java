package org.borderland.core.indicator;

import static org.borderland.core.indicator.Notes.fmt;
import static org.borderland.core.indicator.Notes.join;
import static org.borderland.core.indicator.Notes.side;
import static org.borderland.core.indicator.SeriesReader.fallbackNote;
import static org.borderland.core.indicator.SeriesReader.tooOld;

import java.util.ArrayList;
import java.util.List;
import org.borderland.core.model.Definition;
import org.borderland.core.model.GatewaySource;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.RawValue;
import org.borderland.core.model.Sourcing;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.PanelIndex.Found;
import org.borderland.core.panel.PanelIndex.Outcome;

/**
 * Borders and gateways: the aggressor–target land boundary ({@code land_border}), closeness by COW
 * direct contiguity ({@code contiguity}), and what the target shields among the call's targets
 * ({@code gateway_count}), as the call's {@link GatewaySource} answers.
 */
final class BordersAndGateways {
  private final SeriesReader reader;
  private final SlotMemo memo;

  BordersAndGateways(SeriesReader reader, SlotMemo memo) {
    this.reader = reader;
    this.memo = memo;
  }

  RawValue landBorder(Call p, String t, IndicatorSpec spec) {
    String a = p.aggressor();
    Found f = reader.resolve(t, Indicators.LAND_BORDER_KM, a, p.year(), spec);
    RawValue fromT = borderValue(f, t, a, p.year(), spec, "");
    if (fromT != null) {
      return fromT;
    }
    Found total = reader.resolve(t, "land_border_total_km", "", p.year(), spec);
    if (total.hasValue() && total.value() == 0) {
      return RawValue.filled(
          0,
          spec.unit(),
          List.of(total.observation()),
          t + " has no land boundaries (" + total.dataset() + " " + total.edition() + ")");
    }
    Found g = reader.resolve(a, Indicators.LAND_BORDER_KM, t, p.year(), spec);
    RawValue fromA = borderValue(g, a, t, p.year(), spec, "from " + a + "'s list: ");
    if (fromA != null) {
      return fromA;
    }
    return RawValue.missing(
        spec.unit(),
        "no land-boundary list for "
            + t
            + " or "
            + a
            + " as known in "
            + p.year()
            + " ("
            + reader.whyMissing(t, Indicators.LAND_BORDER_KM, a, p.year(), spec.sources())
            + ")");
  }

  private static RawValue borderValue(
      Found f, String of, String neighbour, int year, IndicatorSpec spec, String prefix) {
    if (f.hasValue()) {
      String old = tooOld(f.observation(), year, spec);
      if (old != null) {
        return RawValue.missing(spec.unit(), old, List.of(f.observation()));
      }
      String note = join(f.observation().note(), fallbackNote(f));
      return RawValue.filled(
          f.value(), spec.unit(), List.of(f.observation()), note.isEmpty() ? "" : prefix + note);
    }
    if (f.outcome() == Outcome.NOT_LISTED && f.listRow() != null) {
      return RawValue.filled(
          0,
          spec.unit(),
          List.of(f.listRow()),
          prefix
              + neighbour
              + " is not among the land neighbours of "
              + of
              + " in the "
              + f.edition()
              + " edition ("
              + f.dataset()
              + (f.fellBack() ? ", falling back past editions " + f.skipped() : "")
              + ")");
    }
    return null;
  }

  RawValue contiguity(Call p, String t, IndicatorSpec spec) {
    Sourcing s = spec.sources();
    Found f = reader.resolve(t, "contiguity", p.aggressor(), p.year(), spec);
    if (f.hasValue()) {
      double type = f.value();
      if (type <= 0) {
        return RawValue.filled(
            0,
            spec.unit(),
            List.of(f.observation()),
            "contiguity ended: " + f.observation().note());
      }
      return RawValue.filled(
          6 - type, spec.unit(), List.of(f.observation()), "COW type " + fmt(type));
    }
    if (!s.allowRevised()) {
      return RawValue.missing(
          spec.unit(), "COW contiguity has revised history; the indicator does not allow it");
    }
    return RawValue.filled(
        0,
        spec.unit(),
        List.of(),
        "COW lists no direct contiguity between "
            + t
            + " and "
            + p.aggressor()
            + " in force in "
            + p.year()
            + " (none by land or within 400 miles of water)");
  }

  /**
   * What T shields among the call's targets: their number, or their total population (missing when
   * one of them has none), citing the land-boundary rows of the route. Without a gateway source it
   * is missing, with the same note for every target.
   */
  RawValue gateway(Call p, String t, Definition.GatewayCount.Measure measure, IndicatorSpec spec) {
    if (p.gateways() == null) {
      return memo.get(
          p.slots(),
          SlotMemo.AGGRESSOR_ONLY,
          p.year(),
          spec,
          null,
          null,
          (_, _, _, _, s) ->
              RawValue.missing(
                  s.unit(),
                  "gateway position (the candidates the aggressor can reach only through the"
                      + " target) needs the border graph; this calculator was built without a"
                      + " gateway source"));
    }
    GatewaySource.Shielded s = p.gateways().of(t);
    if (!s.known()) {
      return RawValue.missing(spec.unit(), s.missing(), s.sources());
    }
    String among =
        (s.states().isEmpty()
                ? "shields none of the candidates"
                : "shields " + String.join(", ", s.states()) + " among the candidates")
            + " ("
            + p.gateways().rules()
            + ")";
    if (measure == Definition.GatewayCount.Measure.STATES) {
      return RawValue.filled(s.states().size(), spec.unit(), s.sources(), among);
    }
    double sum = 0;
    List<Observation> src = new ArrayList<>(s.sources());
    List<String> notes = new ArrayList<>(0);
    for (String u : s.states()) {
      RawValue pop = reader.population(memo.of(u), p.year(), spec);
      if (!pop.isFilled()) {
        return RawValue.missing(
            spec.unit(), among + "; the population of " + u + " is missing: " + pop.note(), src);
      }
      sum += pop.value();
      src.addAll(pop.sources());
      if (!pop.note().isEmpty()) {
        notes.add(side(u, pop.note()));
      }
    }
    return RawValue.filled(
        sum,
        spec.unit(),
        src,
        join(
            among + (s.states().isEmpty() ? "" : "; their total population"),
            String.join("; ", notes)));
  }
}
