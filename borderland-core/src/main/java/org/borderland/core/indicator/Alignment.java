package org.borderland.core.indicator;

import static org.borderland.core.indicator.Notes.fmt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderland.core.indicator.SlotMemo.Slots;
import org.borderland.core.model.Definition.Side;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.PanelIndex.Found;

/**
 * Alignment, for any aggressor: who A's rivals are as known in the year, T's ties with A and with
 * those rivals ({@code alignment_ties}), and hedging between the two sides ({@code hedging_score}).
 *
 * <p>Rivals come from the strategic-rivalry data (Thompson, Sakuwa and Suhas 2021): the states with
 * a rivalry with A in force in the year, or, after the data end, in their last year (the note says
 * so); a model's {@code rivalPartners} replace them. The rivalry list is complete, so an aggressor
 * without a row has no rival. Ties are ATOP defence or offence pacts in force (non-aggression,
 * neutrality and consultation pacts are left out: ATOP counts the CSCE and many friendship treaties
 * among them, which tie Russia to 96 states and the United States to 112 in 2018), plus the blocs
 * the model names on each side.
 */
final class Alignment {
  /** The panel's rivalry indicator (key = the rival). */
  static final String RIVAL = "strategic_rival";

  /** The dataset that lists every strategic rivalry, so that no row means no rival. */
  static final String RIVALRIES = "tss-rivalries";

  /** The dataset of alliances. */
  static final String ALLIANCES = "atop";

  /** The ATOP obligations that count as an alliance tie. */
  private static final List<String> PACTS = List.of("atop_defense", "atop_offense");

  /**
   * A's rivals as known in the year.
   *
   * @param codes the rivals (ISO3), in the data's order; empty when A has none
   * @param sources the rows that say so
   * @param note who they are and where they come from, with any carried forward past the data
   * @param missing why they are unknown, or {@code null} when known
   */
  record Rivals(List<String> codes, List<Observation> sources, String note, String missing) {}

  private final SeriesReader reader;
  private final SlotMemo memo;
  private final BlocsAndPacts blocs;

  Alignment(SeriesReader reader, SlotMemo memo, BlocsAndPacts blocs) {
    this.reader = reader;
    this.memo = memo;
    this.blocs = blocs;
  }

  /** A's rivals in the call's year, read through the indicator's sources. */
  Rivals rivals(Call p, IndicatorSpec spec) {
    String a = p.aggressor();
    List<String> named = p.profile().rivalPartners();
    if (!named.isEmpty()) {
      return new Rivals(
          named, List.of(), "rivals of " + a + " as the model names them: " + named, null);
    }
    if (!spec.sources().datasets().contains(RIVALRIES) || !spec.sources().allowRevised()) {
      return new Rivals(
          List.of(),
          List.of(),
          "",
          a
              + "'s rivals are unknown: add "
              + RIVALRIES
              + " to the indicator's sources with allowRevised: true, or name rivalPartners under"
              + " aggressors: "
              + a);
    }
    List<String> codes = new ArrayList<>(2);
    List<Observation> src = new ArrayList<>(2);
    Map<Integer, List<String>> carried = new LinkedHashMap<>();
    for (String key : reader.index().keys(a, RIVAL, RIVALRIES)) {
      Found f = reader.index().lookup(a, RIVAL, key, p.year(), RIVALRIES, true);
      if (!f.hasValue() || f.value() <= 0) {
        continue;
      }
      codes.add(key);
      src.add(f.observation());
      int last = f.observation().refYear();
      if (last < p.year()) {
        carried.computeIfAbsent(last, y -> new ArrayList<>()).add(key);
      }
    }
    StringBuilder note = new StringBuilder();
    if (codes.isEmpty()) {
      note.append("no strategic rival of ").append(a).append(" as known in ").append(p.year());
    } else {
      note.append("strategic rivals of ").append(a).append(": ").append(String.join(", ", codes));
    }
    note.append(" (").append(RIVALRIES).append(')');
    carried.forEach(
        (y, keys) ->
            note.append("; the rivalry data end in ")
                .append(y)
                .append(": ")
                .append(String.join(", ", keys))
                .append(" carried forward as the last known"));
    return new Rivals(List.copyOf(codes), List.copyOf(src), note.toString(), null);
  }

  /**
   * T's ties with one side: ATOP defence or offence pacts in force with A (or with each of A's
   * rivals), plus the blocs the model names on that side that T belongs to (a scenario's changes
   * applied). When the sources leave out the alliances or the rivals (as the strict as-known
   * backtest does), only the blocs are counted and the note says what was not; with neither part,
   * the value is missing.
   */
  RawValue ties(
      Call p,
      AggressorSide aSide,
      String t,
      Side side,
      IndicatorSpec spec,
      Map<String, Boolean> changes) {
    List<Observation> src = new ArrayList<>(4);
    List<String> notes = new ArrayList<>(3);
    String pactsLeftOut = null;
    List<String> partners = List.of();
    if (!spec.sources().datasets().contains(ALLIANCES) || !spec.sources().allowRevised()) {
      pactsLeftOut =
          "alliances not counted: they are read from "
              + ALLIANCES
              + " (revised history), which the indicator's sources do not allow";
    } else if (side == Side.AGGRESSOR) {
      partners = List.of(p.aggressor());
    } else {
      Rivals r = aSide.rivals();
      if (r.missing() != null) {
        pactsLeftOut = "alliances with rivals not counted: " + r.missing();
      } else {
        partners = r.codes();
        src.addAll(r.sources());
        notes.add(r.note() + (partners.contains(t) ? "; " + t + " is one of them" : ""));
      }
    }
    double count = 0;
    if (pactsLeftOut != null) {
      notes.add(pactsLeftOut);
    } else if (partners.isEmpty()) {
      notes.add("no rival to be allied with");
    } else {
      List<String> allied = new ArrayList<>(2);
      for (String partner : partners) {
        if (!partner.equals(t) && pact(p, t, partner, spec, src)) {
          allied.add(partner);
        }
      }
      count = allied.size();
      notes.add(
          (allied.isEmpty()
                  ? "no defence or offence pact with " + String.join(", ", partners)
                  : "defence or offence pact with " + String.join(", ", allied))
              + " in force (ATOP)");
    }
    Map<String, List<String>> named =
        side == Side.AGGRESSOR ? p.profile().blocs() : p.profile().rivalBlocs();
    if (named.isEmpty()) {
      if (pactsLeftOut != null) {
        return RawValue.missing(
            spec.unit(),
            pactsLeftOut + "; and the model names no blocs on that side (" + side.id() + ")");
      }
      notes.add(
          "the model names no "
              + (side == Side.AGGRESSOR ? "bloc led by " : "rival bloc of ")
              + p.aggressor());
    } else {
      RawValue b = blocs.blocMembership(p, t, side, spec, changes);
      if (!b.isFilled()) {
        return RawValue.missing(spec.unit(), "blocs: " + b.note(), b.sources());
      }
      count += b.value();
      src.addAll(b.sources());
      notes.add(b.note());
    }
    return RawValue.filled(count, spec.unit(), src, String.join("; ", notes));
  }

  /** Whether T has a defence or offence pact in force with {@code partner}; adds its row. */
  private boolean pact(
      Call p, String t, String partner, IndicatorSpec spec, List<Observation> src) {
    for (String pact : PACTS) {
      Found f = reader.resolve(t, pact, partner, p.year(), spec);
      if (f.hasValue() && f.value() > 0) {
        src.add(f.observation());
        return true;
      }
    }
    return false;
  }

  /**
   * Hedging: T's alignment with A times its alignment with A's rivals. Alignment with a side is 1
   * with a tie; without ties on either side it is T's UN lean; with ties to the rivals alone,
   * alignment with A is 0, and with ties to A alone, alignment with the rivals is the UN lean. 0
   * for a T that is itself one of A's rivals, and, when A has no rival, unless T is in blocs on
   * both sides.
   */
  RawValue hedging(
      Call p,
      AggressorSide aSide,
      String t,
      Slots tm,
      IndicatorSpec spec,
      Map<String, Boolean> changes) {
    RawValue withA = ties(p, aSide, t, Side.AGGRESSOR, spec, changes);
    if (!withA.isFilled()) {
      return withA;
    }
    RawValue withRivals = ties(p, aSide, t, Side.RIVAL, spec, changes);
    if (!withRivals.isFilled()) {
      return withRivals;
    }
    Rivals rivals = aSide.rivals();
    List<Observation> src = new ArrayList<>(withA.sources());
    src.addAll(withRivals.sources());
    if (rivals.missing() != null && withRivals.value() == 0) {
      return RawValue.missing(spec.unit(), "hedging needs the rivals: " + rivals.missing(), src);
    }
    if (rivals.codes().contains(t)) {
      return RawValue.filled(
          0,
          spec.unit(),
          src,
          t
              + " is itself a strategic rival of "
              + p.aggressor()
              + ", not between the sides; "
              + rivals.note());
    }
    boolean tiedToA = withA.value() > 0;
    boolean tiedToRivals = withRivals.value() > 0;
    String sides =
        "with "
            + p.aggressor()
            + ": "
            + fmt(withA.value())
            + " tie(s); with its rivals: "
            + fmt(withRivals.value())
            + " tie(s)"
            + (rivals.note().isEmpty() ? "" : "; " + rivals.note());
    double alpha;
    double rho;
    String lean = "";
    if (tiedToRivals && !tiedToA) {
      // Formal ties with the rivals alone decide: the UN scale cannot, since a rival can sit far
      // from its own allies (the United States: Poland was nearer Russia than the US in 2013).
      alpha = 0;
      rho = 1;
    } else if (tiedToA && tiedToRivals) {
      alpha = 1;
      rho = 1;
    } else if (rivals.codes().isEmpty()) {
      alpha = tiedToA ? 1 : 0;
      rho = 0;
      lean = "; no rival to lean toward";
    } else {
      RawValue s = unLean(p, aSide, t, tm, rivals, spec);
      if (!s.isFilled()) {
        return RawValue.missing(spec.unit(), sides + "; UN lean: " + s.note(), src);
      }
      src.addAll(s.sources());
      alpha = tiedToA ? 1 : 1 - s.value();
      rho = s.value();
      lean = "; " + s.note();
    }
    return RawValue.filled(
        alpha * rho,
        spec.unit(),
        src,
        "alignment with "
            + p.aggressor()
            + " "
            + fmt(alpha)
            + " × with its rivals "
            + fmt(rho)
            + " ("
            + sides
            + ")"
            + lean);
  }

  /**
   * T's UN lean toward A's rivals: s = d_A / (d_A + d_R), d_A its ideal-point distance to A and d_R
   * its mean distance to the rivals with an ideal point (a mean, not the nearest, so that an
   * aggressor with many rivals does not find one near every target); ½ when both are 0.
   */
  private RawValue unLean(
      Call p, AggressorSide aSide, String t, Slots tm, Rivals rivals, IndicatorSpec spec) {
    RawValue a = aSide.idealPoint();
    if (!a.isFilled()) {
      return aSide.missingIdealPoint();
    }
    RawValue tv = reader.monadic(tm, SeriesReader.UN_IDEAL_POINT, p.year(), spec);
    if (!tv.isFilled()) {
      return RawValue.missing(spec.unit(), t + "'s UN ideal point: " + tv.note());
    }
    double sum = 0;
    List<String> used = new ArrayList<>(rivals.codes().size());
    List<Observation> src = new ArrayList<>(a.sources());
    src.addAll(tv.sources());
    for (String r : rivals.codes()) {
      RawValue rv = reader.monadic(memo.of(r), SeriesReader.UN_IDEAL_POINT, p.year(), spec);
      if (rv.isFilled()) {
        sum += Math.abs(rv.value() - tv.value());
        used.add(r);
        src.addAll(rv.sources());
      }
    }
    if (used.isEmpty()) {
      return RawValue.missing(
          spec.unit(),
          "no UN ideal point for any rival of " + p.aggressor() + " " + rivals.codes());
    }
    double dA = Math.abs(a.value() - tv.value());
    double dR = sum / used.size();
    double s = dA + dR == 0 ? 0.5 : dA / (dA + dR);
    return RawValue.filled(
        s,
        spec.unit(),
        src,
        "UN lean toward the rivals "
            + fmt(s)
            + " = distance to "
            + p.aggressor()
            + " "
            + fmt(dA)
            + " / (that + mean distance to "
            + String.join(", ", used)
            + " "
            + fmt(dR)
            + ")"
            + (used.size() < rivals.codes().size()
                ? "; rivals without an ideal point left out"
                : ""));
  }
}
