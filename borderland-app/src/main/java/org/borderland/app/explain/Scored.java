package org.borderland.app.explain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderland.core.model.CandidateSet;
import org.borderland.core.scenario.World;
import org.borderland.core.scenario.WorldScorer;
import org.borderland.core.score.Explanation;
import org.borderland.core.score.Scoring;
import org.borderland.data.engine.Engine;

/**
 * A scoring of the aggressor's default candidates plus the targets asked for that are not among
 * them.
 *
 * @param scoring the scoring
 * @param added the targets asked for that are not default candidates, scored together with them
 * @param defaults how many default candidates there are
 */
public record Scored(Scoring scoring, Set<String> added, int defaults) {
  /** Copies the added targets, keeping their order. */
  public Scored {
    added = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(added));
  }

  /**
   * Scores the aggressor's default candidates in a world, adding the {@code targets} that are not
   * among them (checked as given candidates are: existing states, not the aggressor).
   *
   * @throws IllegalArgumentException when a target cannot be scored in the world's year
   */
  public static Scored of(
      Engine engine,
      Engine.LoadedModel model,
      WorldScorer scorer,
      World world,
      List<String> targets) {
    CandidateSet defaults = scorer.candidates(world);
    List<String> codes = new ArrayList<>(defaults.codes());
    Set<String> added = new LinkedHashSet<>();
    for (String t : targets) {
      if (!codes.contains(t)) {
        added.add(t);
      }
    }
    if (!added.isEmpty()) {
      List<String> all = new ArrayList<>(codes);
      all.addAll(added);
      codes =
          new ArrayList<>(
              engine
                  .candidates(model.model(), world.aggressor(), world.year(), Optional.of(all))
                  .codes());
    }
    return new Scored(scorer.score(world, codes), added, defaults.codes().size());
  }

  /** The explanation of one of the targets scored. */
  public Explanation explanation(String target) {
    return Explanation.of(scoring, target, added.contains(target));
  }
}
