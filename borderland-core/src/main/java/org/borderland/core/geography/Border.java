package org.borderland.core.geography;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.borderland.core.model.Candidate.Route;
import org.borderland.core.panel.Observation;

/**
 * One edge of a {@link BorderGraph}: two states that border each other by land, or face each other
 * across water, in the graph's year.
 *
 * @param a the first state (ISO3, the smaller code)
 * @param b the second state (ISO3)
 * @param routes what links them: {@link Route#LAND_FACTBOOK} (either side's Factbook land-boundary
 *     list as known names the other), {@link Route#LAND_COW} (COW direct contiguity type 1 in
 *     force, not contradicted by the Factbook), {@link Route#SEA_COW} (types 2–4, up to 150 miles
 *     of water), {@link Route#SEA_DISTANCE} (a contradicted COW land link within 150 miles of
 *     water), {@link Route#CASPIAN} (both border the Caspian Sea)
 * @param rowA {@code a}'s land-boundary row naming {@code b}, or {@code null}
 * @param rowB {@code b}'s land-boundary row naming {@code a}, or {@code null}
 * @param cow the COW direct-contiguity row in force (from {@code a}'s side, else {@code b}'s), or
 *     {@code null}
 */
public record Border(
    String a, String b, Set<Route> routes, Observation rowA, Observation rowB, Observation cow) {
  /** Requires ordered codes and at least one route; copies the routes. */
  public Border {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.compareTo(b) >= 0) {
      throw new IllegalArgumentException("A border's ends must be ordered: " + a + ", " + b);
    }
    if (routes.isEmpty()
        || routes.contains(Route.ONE_FURTHER)
        || routes.contains(Route.GIVEN)
        || routes.contains(Route.GLOBAL)
        || routes.contains(Route.SEA_WIDE)) {
      throw new IllegalArgumentException("Invalid routes " + routes + " for " + a + "–" + b);
    }
    routes = Collections.unmodifiableSet(EnumSet.copyOf(routes));
  }

  /** Whether they share a land border (by the Factbook or COW). */
  public boolean land() {
    return routes.contains(Route.LAND_FACTBOOK) || routes.contains(Route.LAND_COW);
  }

  /**
   * Whether they face each other across water (the Caspian, COW types 2–4, or a COW land link the
   * Factbook contradicts between states within 150 miles).
   */
  public boolean sea() {
    return routes.contains(Route.SEA_COW)
        || routes.contains(Route.CASPIAN)
        || routes.contains(Route.SEA_DISTANCE);
  }

  /** The other end. */
  public String other(String end) {
    if (end.equals(a)) {
      return b;
    }
    if (end.equals(b)) {
      return a;
    }
    throw new IllegalArgumentException(end + " is not an end of the border " + a + "–" + b);
  }

  /** {@code country}'s land-boundary row naming the other end, or {@code null}. */
  public Observation rowOf(String country) {
    return country.equals(a) ? rowA : country.equals(b) ? rowB : null;
  }

  /**
   * The length in km as the lists print it: {@code target}'s list first (as the model's land-border
   * indicator reads it), else the other side's; {@code null} when neither prints one.
   */
  public Double km(String target) {
    Observation first = rowOf(target);
    if (first != null && first.hasValue()) {
      return first.value();
    }
    Observation second = rowOf(other(target));
    return second != null && second.hasValue() ? second.value() : null;
  }

  /**
   * When both lists print a length and they differ, e.g. {@code KAZ's list: 7644 km, RUS's list:
   * 7512.8 km}; else empty.
   */
  public String disagreement() {
    if (rowA == null || rowB == null || !rowA.hasValue() || !rowB.hasValue()) {
      return "";
    }
    if (rowA.value().doubleValue() == rowB.value().doubleValue()) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "%s's list: %s km, %s's list: %s km",
        a,
        fmt(rowA.value()),
        b,
        fmt(rowB.value()));
  }

  /** The rows behind the edge: {@code a}'s row, {@code b}'s row, the COW row (those present). */
  public List<Observation> sources() {
    List<Observation> out = new ArrayList<>(3);
    if (rowA != null) {
      out.add(rowA);
    }
    if (rowB != null) {
      out.add(rowB);
    }
    if (cow != null) {
      out.add(cow);
    }
    return out;
  }

  /**
   * The row that best cites the edge from {@code country}'s side: its own list's row, else the
   * other's, else the COW row; {@code null} for a Caspian link alone.
   */
  public Observation citation(String country) {
    Observation own = rowOf(country);
    if (own != null) {
      return own;
    }
    Observation theirs = rowOf(other(country));
    return theirs != null ? theirs : cow;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
