package org.borderland.data.curated;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What sort of fact an entry records. A closed set, so that a typo is an error, not a new kind. */
public enum FactKind {
  /** Something an official or prominent figure said or wrote. */
  STATEMENT("statement"),
  /** Something that happened: a war, riots, a deployment, a meeting, a protest note. */
  EPISODE("episode"),
  /** A law, decree, ban or other act of policy. */
  POLICY("policy"),
  /** A treaty or other agreement between states, or its signature. */
  TREATY("treaty"),
  /** A recorded vote, e.g. in the UN General Assembly or a referendum. */
  VOTE("vote"),
  /** A census figure; such entries carry a value and become panel observations. */
  CENSUS("census");

  private final String id;

  FactKind(String id) {
    this.id = id;
  }

  /** The id the YAML files use. */
  public String id() {
    return id;
  }

  /** The kind with this id, if any. */
  public static Optional<FactKind> fromId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  /** Every valid id, comma-separated, for messages. */
  public static String validIds() {
    return Arrays.stream(values()).map(FactKind::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return id;
  }
}
