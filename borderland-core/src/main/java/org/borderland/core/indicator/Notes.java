package org.borderland.core.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderland.core.panel.Observation;

/** How the families word a value's note and list its sources. */
final class Notes {
  private Notes() {}

  /** Two notes, either of which may be empty, joined by "; ". */
  static String join(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a + "; " + b;
  }

  /** A note prefixed with the country it is about, unless it names it first already. */
  static String side(String country, String note) {
    // note.startsWith(country + ":"), without making that string
    return note.isEmpty() || (note.startsWith(country) && note.startsWith(":", country.length()))
        ? note
        : country + ": " + note;
  }

  /** A number as a note prints it: whole numbers without a point, else four significant digits. */
  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.4g", v);
  }

  /** One list of both sides' sources, in order (two single sources without a copy). */
  static List<Observation> both(List<Observation> a, List<Observation> b) {
    if (a.size() == 1 && b.size() == 1) {
      return List.of(a.get(0), b.get(0));
    }
    List<Observation> src = new ArrayList<>(a.size() + b.size());
    src.addAll(a);
    src.addAll(b);
    return src;
  }

  /** A percentage as one would print it: 85.6, not 85.60 (two decimals at most). */
  static String pct(double v) {
    return new java.math.BigDecimal(String.format(Locale.ROOT, "%.2f", v))
        .stripTrailingZeros()
        .toPlainString();
  }
}
