package org.borderland.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.borderland.core.panel.Observation;

/**
 * Which of a call's targets each target shields from the aggressor: the states every admissible
 * path from the aggressor's region passes through the target to reach. {@link
 * org.borderland.core.indicator.RawCalculator} asks once per call (one aggressor, year and target
 * list) for the {@link Definition.GatewayCount} indicators. The geography package implements it
 * (over the land-border graph); the model package does not depend on it.
 */
public interface GatewaySource {
  /**
   * What each target shields among {@code targets}, under the aggressor's default transit rules in
   * {@code model}, with nothing absorbed.
   *
   * @param targets the call's targets (existing in {@code year}), in order
   * @return an answer for every target in {@code targets}
   */
  Answer shielded(Model model, String aggressor, int year, List<String> targets);

  /**
   * The answer for one call.
   *
   * @param rules the rules in one line, for notes, e.g. {@code land graph 2021; no transit through
   *     CHN, IRN or NATO members}
   * @param byTarget per target, what it shields
   */
  record Answer(String rules, Map<String, Shielded> byTarget) {
    /** Copies the map, keeping its order. */
    public Answer {
      Objects.requireNonNull(rules, "rules");
      byTarget = Collections.unmodifiableMap(new LinkedHashMap<>(byTarget));
    }

    /** What {@code target} shields; missing with a reason when the answer does not cover it. */
    public Shielded of(String target) {
      Shielded s = byTarget.get(target);
      return s != null
          ? s
          : Shielded.missing(target + " is not among the targets the shielding was computed for");
    }
  }

  /**
   * What one target shields.
   *
   * @param states the targets it shields, sorted; empty when {@code missing} is set
   * @param sources the rows that make the route (the target's land-boundary rows towards the region
   *     and towards the states it shields)
   * @param missing why nothing can be said (e.g. the target is not a state in the year's graph), or
   *     {@code null}
   */
  record Shielded(List<String> states, List<Observation> sources, String missing) {
    /** Copies the lists. */
    public Shielded {
      states = List.copyOf(states);
      sources = List.copyOf(sources);
    }

    /** Nothing can be said, for this reason. */
    public static Shielded missing(String why) {
      return new Shielded(List.of(), List.of(), Objects.requireNonNull(why, "why"));
    }

    /** Whether there is an answer. */
    public boolean known() {
      return missing == null;
    }
  }
}
