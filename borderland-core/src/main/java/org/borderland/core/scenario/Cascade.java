package org.borderland.core.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.borderland.core.model.CandidateSet;
import org.borderland.core.score.Scoring;
import org.borderland.core.score.TargetResult;

/**
 * The domino cascade: starting from a world, repeatedly absorb the top-ranked candidate that
 * borders the aggressor's region directly, then recompute the region's borders, capacity ratios and
 * candidates and rank again. Each step records what was absorbed, its index and its margin over the
 * runner-up (the next directly exposed candidate), the states the step newly exposed, and the
 * region's capacity after it. The cascade stops early when no ranked candidate borders the region;
 * {@link #stopped} says why.
 *
 * @param aggressor the aggressor
 * @param year the knowledge year
 * @param steps the steps taken, in order
 * @param stopped why the cascade stopped before the steps asked for, or empty
 */
public record Cascade(String aggressor, int year, List<Step> steps, String stopped) {

  /** Copies the steps. */
  public Cascade {
    Objects.requireNonNull(aggressor, "aggressor");
    steps = List.copyOf(steps);
    stopped = stopped == null ? "" : stopped;
  }

  /**
   * One step.
   *
   * @param step 1-based
   * @param absorbed the state absorbed
   * @param index its index when it was absorbed
   * @param rank its rank among all candidates then (1 unless a candidate one border further ranked
   *     higher)
   * @param runnerUp the next directly exposed candidate by rank, or {@code null}
   * @param runnerUpIndex its index (NaN without one)
   * @param newlyExposed the states that border the region after the step and did not before
   * @param capacity the region's capacity after the step
   */
  public record Step(
      int step,
      String absorbed,
      double index,
      int rank,
      String runnerUp,
      double runnerUpIndex,
      List<String> newlyExposed,
      WorldScorer.Capacity capacity) {
    /** Copies the list. */
    public Step {
      Objects.requireNonNull(absorbed, "absorbed");
      newlyExposed = List.copyOf(newlyExposed);
      Objects.requireNonNull(capacity, "capacity");
    }

    /** The index's margin over the runner-up (NaN without one). */
    public double margin() {
      return index - runnerUpIndex;
    }
  }

  /**
   * Runs up to {@code steps} steps from {@code start}.
   *
   * @throws IllegalArgumentException when {@code steps} is below 1
   */
  public static Cascade run(WorldScorer scorer, World start, int steps) {
    if (steps < 1) {
      throw new IllegalArgumentException("steps " + steps + ": give 1 or more steps");
    }
    World w = start;
    CandidateSet set = scorer.candidates(w);
    Set<String> exposed = new LinkedHashSet<>(scorer.exposed(w, set));
    List<Step> out = new ArrayList<>();
    String stopped = "";
    for (int k = 1; k <= steps; k++) {
      Scoring s = scorer.score(w, set.codes());
      TargetResult first = null;
      TargetResult second = null;
      for (TargetResult r : s.results()) {
        if (r.rank() == null || !exposed.contains(r.target())) {
          continue;
        }
        if (first == null) {
          first = r;
        } else {
          second = r;
          break;
        }
      }
      if (first == null) {
        stopped =
            "after step "
                + (k - 1)
                + ": no ranked candidate borders the region "
                + String.join("+", w.region());
        break;
      }
      w = w.absorb(first.target());
      set = scorer.candidates(w);
      Set<String> now = new LinkedHashSet<>(scorer.exposed(w, set));
      List<String> fresh = new ArrayList<>();
      for (String e : now) {
        if (!exposed.contains(e)) {
          fresh.add(e);
        }
      }
      exposed = now;
      out.add(
          new Step(
              k,
              first.target(),
              first.index(),
              first.rank(),
              second == null ? null : second.target(),
              second == null ? Double.NaN : second.index(),
              fresh,
              scorer.capacity(w)));
    }
    return new Cascade(start.aggressor(), start.year(), out, stopped);
  }
}
