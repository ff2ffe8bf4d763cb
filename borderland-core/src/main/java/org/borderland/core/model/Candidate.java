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
    /**
     * Within 150 miles, not by land: COW codes a land link that the Factbook's lists contradict,
     * and the CShapes minimum distance is within 150 miles (Turkey–Cyprus, Denmark–Sweden).
     */
    SEA_DISTANCE,
    /** Both border the Caspian Sea. */
    CASPIAN,
    /** Across water by COW direct contiguity type 5 (up to 400 miles); only with {@code sea}. */
    SEA_WIDE,
    /**
     * One further land border away, through a land neighbour the aggressor could cross (see {@link
     * Candidates}).
     */
    ONE_FURTHER,
    /** Any state, for a major power with {@code global} reach. */
    GLOBAL,
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
        || routes.contains(Route.SEA_DISTANCE)
        || routes.contains(Route.CASPIAN)
        || routes.contains(Route.SEA_WIDE);
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
    if (routes.contains(Route.SEA_DISTANCE)) {
      b.append(b.length() > 0 ? "; " : "").append("within 150 miles, not by land (CShapes)");
    }
    if (routes.contains(Route.CASPIAN)) {
      b.append(b.length() > 0 ? "; " : "").append("Caspian Sea");
    }
    if (routes.contains(Route.SEA_WIDE)) {
      b.append(b.length() > 0 ? "; " : "").append("within 400 miles of water (COW)");
    }
    if (routes.contains(Route.ONE_FURTHER)) {
      b.append(b.length() > 0 ? "; " : "")
          .append("one further via ")
          .append(String.join(", ", via));
    }
    if (routes.contains(Route.GLOBAL)) {
      b.append(b.length() > 0 ? "; " : "").append("global reach");
    }
    if (routes.contains(Route.GIVEN)) {
      b.append(b.length() > 0 ? "; " : "").append("given");
    }
    return b.toString();
  }
}
