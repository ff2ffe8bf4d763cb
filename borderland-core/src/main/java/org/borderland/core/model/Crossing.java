package org.borderland.core.model;

import java.util.Objects;

/**
 * Whether an aggressor could cross a land neighbour to reach the states beyond it ("one land border
 * further"), and why (see {@link Candidates#crossing}).
 *
 * @param state the neighbour (ISO3)
 * @param basis what decided it
 * @param why the reason in words, e.g. {@code a COW major power (spell from 1992) not allied with
 *     AZE (ATOP, COW alliances)}
 */
public record Crossing(String state, Basis basis, String why) {
  /** What decides whether a neighbour can be crossed. */
  public enum Basis {
    /** In the no-transit list: never crossed. */
    NO_TRANSIT(false),
    /** A COW major power the aggressor is not allied with: not crossed. */
    MAJOR_POWER(false),
    /** Weaker than the aggressor by CINC: crossed. */
    WEAKER(true),
    /** Allied with the aggressor (and a major power, or not weaker): crossed. */
    ALLIED(true),
    /** Not weaker than the aggressor by CINC, and not allied: not crossed. */
    NOT_WEAKER(false),
    /** The CINC of either is unknown, and not allied: not crossed. */
    STRENGTH_UNKNOWN(false);

    private final boolean crossable;

    Basis(boolean crossable) {
      this.crossable = crossable;
    }
  }

  /** Requires the state, the basis and the reason. */
  public Crossing {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(why, "why");
  }

  /** Whether the aggressor could cross it. */
  public boolean crossable() {
    return basis.crossable;
  }

  /**
   * Whether a reader of the candidate set should be told: every state not crossed, and a state
   * crossed only because it is allied (a weaker state crossed goes without saying).
   */
  public boolean noteworthy() {
    return basis != Basis.WEAKER;
  }

  /** E.g. {@code RUS not crossed: a COW major power (spell from 1992) not allied with MNG …}. */
  public String describe() {
    return state + (crossable() ? " crossed: " : " not crossed: ") + why;
  }
}
