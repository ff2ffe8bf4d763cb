package org.borderland.core.geography;

import java.util.List;
import java.util.Objects;

/**
 * How one state stands towards the aggressor's region under the transit rules.
 *
 * @param state ISO3
 * @param reachable whether an admissible path leads from the region to it
 * @param hops the fewest borders crossed on such a path (1 when it borders the region), or {@code
 *     null} when unreachable
 * @param exposed whether it borders the region directly
 * @param shieldedBy the states every admissible path passes through to reach it, in path order from
 *     the region; empty when it is exposed or unreachable
 */
public record Exposure(
    String state, boolean reachable, Integer hops, boolean exposed, List<String> shieldedBy) {
  /** Checks that the parts agree; copies the list. */
  public Exposure {
    Objects.requireNonNull(state, "state");
    shieldedBy = List.copyOf(shieldedBy);
    if (reachable != (hops != null)) {
      throw new IllegalArgumentException(
          state + ": hops must be given exactly when the state is reachable");
    }
    if (hops != null && hops < 1) {
      throw new IllegalArgumentException(state + ": hops " + hops + " must be at least 1");
    }
    if (exposed && (hops == null || hops != 1 || !shieldedBy.isEmpty())) {
      throw new IllegalArgumentException(
          state + ": an exposed state is 1 hop away and shielded by nothing");
    }
    if (!reachable && !shieldedBy.isEmpty()) {
      throw new IllegalArgumentException(state + ": an unreachable state is shielded by nothing");
    }
  }

  /** Whether {@code other} shields this state. */
  public boolean isShieldedBy(String other) {
    return shieldedBy.contains(other);
  }
}
