package org.borderland.data.curated;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The essay's eight factors, as the curated files name them. */
public enum Factor {
  /** The aggressor's kin group in the target: share, number, trend. */
  KIN_POPULATION("kin_population"),
  /** The aggressor's language and media in the target. */
  LANGUAGE_MEDIA("language_media"),
  /** Officials or prominent figures questioning the target's borders or statehood; annexations. */
  TERRITORIAL_CLAIMS("territorial_claims"),
  /** The shared border: treaties, delimitation, disputes over its line. */
  BORDER("border"),
  /** Language and script policy, incidents between communities, citizenship disputes. */
  INTERETHNIC_TENSION("interethnic_tension"),
  /** Relative economic and military weakness. */
  RELATIVE_WEAKNESS("relative_weakness"),
  /** Alignment: the aggressor's blocs and bases versus a rival bloc, votes, sanctions. */
  HEDGING("hedging"),
  /** Leader-to-leader episodes: help, dependence, refusals, hostile coverage of the leadership. */
  LEADER_RELATIONS("leader_relations");

  private final String id;

  Factor(String id) {
    this.id = id;
  }

  /** The id the YAML files use, e.g. {@code territorial_claims}. */
  public String id() {
    return id;
  }

  /** The factor with this id, if any. */
  public static Optional<Factor> fromId(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
  }

  /** Every valid id, comma-separated, for messages. */
  public static String validIds() {
    return Arrays.stream(values()).map(Factor::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return id;
  }
}
