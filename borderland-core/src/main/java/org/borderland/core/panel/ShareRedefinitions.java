package org.borderland.core.panel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Marks changes of a published ethnic or language share that cannot be a change in the population,
 * as {@link BorderRemeasurements} marks re-measured borders: the later figure describes the same
 * year as the earlier one, or an earlier year, yet differs from it. Russia's Russian-language share
 * is 96.3% in the 2015 edition and 85.7% in the 2016 edition, both for the 2010 census (people who
 * speak it, then people whose native language it is); Belarus's Russian-language share moves from
 * 62.8% to 70.2% between the 2011 and 2012 editions, both for the 1999 census.
 *
 * <p>Both figures are kept as published. The later row's note says {@value #NOTE}, with both
 * figures and years. A change whose earlier figure prints no year cannot be told apart from an
 * update this way; where a cited source shows it is a new definition (Ukraine's language shares in
 * the 2015 edition), the importer's corrections file marks it "redefined:" instead. {@link
 * #isRedefinition} recognises both.
 */
public final class ShareRedefinitions {
  private ShareRedefinitions() {}

  /** How the note of a marked row begins. */
  public static final String NOTE = "redefined or revised: ";

  /** Returns the rows with notes added to share rows that changed without a later year. */
  public static List<Observation> mark(List<Observation> rows) {
    Objects.requireNonNull(rows, "rows");
    // dataset|country|indicator|key -> edition -> row index
    Map<String, TreeMap<Integer, Integer>> series = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Observation o = rows.get(i);
      if ((o.indicator().equals(Indicators.ETHNIC_SHARE)
              || o.indicator().equals(Indicators.LANGUAGE_SHARE))
          && o.hasValue()
          && o.asKnown()
          && o.refYear() != null
          && !o.note().startsWith(PanelValidation.PART_OF)) {
        series
            .computeIfAbsent(
                o.source().dataset() + "|" + o.country() + "|" + o.indicator() + "|" + o.key(),
                k -> new TreeMap<>())
            .put(o.edition(), i);
      }
    }
    List<Observation> out = new ArrayList<>(rows);
    for (TreeMap<Integer, Integer> byEdition : series.values()) {
      Observation prev = null;
      for (int i : byEdition.values()) {
        Observation now = rows.get(i);
        if (prev != null
            && now.refYear() <= prev.refYear()
            && Math.abs(now.value() - prev.value()) > 1e-9
            && !isRedefinition(now)) {
          String note =
              NOTE
                  + plain(prev.value())
                  + "% for "
                  + prev.refYear()
                  + " in the "
                  + prev.edition()
                  + " edition, "
                  + plain(now.value())
                  + "% for "
                  + now.refYear()
                  + " in the "
                  + now.edition()
                  + " edition (no later year: a new definition or a correction, not a change in"
                  + " the population)";
          out.set(i, now.withNote(now.note().isEmpty() ? note : now.note() + "; " + note));
        }
        prev = now;
      }
    }
    return out;
  }

  /** Whether a row's note says its figure changed by a new definition or a revision. */
  public static boolean isRedefinition(Observation o) {
    return o.note().contains(NOTE) || o.note().contains("redefined: ");
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
