package org.borderland.core.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One candidate target and why it is one.
 *
 * @param iso3 the target
 * @param routes how the aggressor reaches it (one or more)
 * @param via for {@link Route#ONE_FURTHER}, the land neighbours of the aggressor it lies beyond,
 *     sorted; else empty
 */
public record Candidate(String iso3, Set<Route> routes, List<String> via) {
  /** How a candidate is reached. */
  public enum Route {
    /** A land neighbour by the Factbook's land boundaries as known in the year. */
    LAND_FACTBOOK,
    /** A land neighbour by COW direct contiguity type 1 in force. */
    LAND_COW,
    /** Across water by COW direct contiguity types 2–4 (up to 150 miles) in force. */
    SEA_COW,
    /** Both border the Caspian Sea. */
    CASPIAN,
    /** One further land border away, through a land neighbour the aggressor would cross. */
    ONE_FURTHER,
    /** Named by the user ({@code --candidates}). */
    GIVEN
  }

  /** Checks the code; copies the collections. */
  public Candidate {
    if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("Invalid candidate code '" + iso3 + "'");
    }
    if (routes.isEmpty()) {
      throw new IllegalArgumentException("Candidate " + iso3 + " has no route");
    }
    routes = Collections.unmodifiableSet(EnumSet.copyOf(routes));
    via = List.copyOf(via);
  }

  /** Whether the aggressor reaches it directly (by land, across water or the Caspian). */
  public boolean isNeighbour() {
    return routes.contains(Route.LAND_FACTBOOK)
        || routes.contains(Route.LAND_COW)
        || routes.contains(Route.SEA_COW)
        || routes.contains(Route.CASPIAN);
  }

  /** E.g. {@code land (Factbook, COW); one further via KAZ}. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    if (routes.contains(Route.LAND_FACTBOOK) || routes.contains(Route.LAND_COW)) {
      b.append("land (")
          .append(
              routes.contains(Route.LAND_FACTBOOK) && routes.contains(Route.LAND_COW)
                  ? "Factbook, COW"
                  : routes.contains(Route.LAND_FACTBOOK) ? "Factbook" : "COW")
          .append(")");
    }
    if (routes.contains(Route.SEA_COW)) {
      b.append(b.length() > 0 ? "; " : "").append("across water (COW)");
    }
    if (routes.contains(Route.CASPIAN)) {
      b.append(b.length() > 0 ? "; " : "").append("Caspian Sea");
    }
    if (routes.contains(Route.ONE_FURTHER)) {
      b.append(b.length() > 0 ? "; " : "")
          .append("one further via ")
          .append(String.join(", ", via));
    }
    if (routes.contains(Route.GIVEN)) {
      b.append(b.length() > 0 ? "; " : "").append("given");
    }
    return b.toString();
  }
}
