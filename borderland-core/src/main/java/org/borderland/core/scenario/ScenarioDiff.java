package org.borderland.core.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.borderland.core.model.RawValue;
import org.borderland.core.score.Explanation;
import org.borderland.core.score.Scoring;
import org.borderland.core.score.TargetResult;

/**
 * Each target's rank and index before and after a scenario, and why it moved: the change in each
 * factor's contribution to the index (largest first) and the indicators whose raw value for the
 * target itself changed. A factor can move without its raw values changing, because scores are
 * normalised over the candidates and the candidates (or their values) changed; the two lists tell
 * the cases apart.
 *
 * @param rows one per target scored before or after, ordered by the rank after (absorbed and
 *     unranked last)
 */
public record ScenarioDiff(List<Row> rows) {
  /** Factor changes smaller than this (index points) are left out of a row's reasons. */
  public static final double NEGLIGIBLE = 0.05;

  /** Copies the rows. */
  public ScenarioDiff {
    rows = List.copyOf(rows);
  }

  /** What happened to a target. */
  public enum Status {
    /** Scored before and after. */
    KEPT,
    /** Absorbed into the aggressor by the scenario. */
    ABSORBED,
    /** A candidate only after the scenario (a new neighbour of the region). */
    NEW,
    /** A candidate only before, not absorbed (no longer within reach of the candidate rule). */
    DROPPED
  }

  /**
   * One factor's change for a target.
   *
   * @param factor the factor id
   * @param before its score before (NaN when missing or not scored)
   * @param after its score after
   * @param contributionChange the change of its contribution to the index, in index points (NaN
   *     when either side is missing; for geometric aggregation, on the log scale {@link
   *     Explanation} uses)
   */
  public record FactorChange(
      String factor, double before, double after, double contributionChange) {}

  /**
   * One target.
   *
   * @param target ISO3
   * @param status what happened to it
   * @param rankBefore the rank before, or {@code null}
   * @param rankAfter the rank after, or {@code null}
   * @param indexBefore the index before (NaN when not scored)
   * @param indexAfter the index after
   * @param factors the factors whose contribution changed by at least {@link #NEGLIGIBLE}, largest
   *     change first
   * @param rawChanged the indicators whose raw value for this target changed
   */
  public record Row(
      String target,
      Status status,
      Integer rankBefore,
      Integer rankAfter,
      double indexBefore,
      double indexAfter,
      List<FactorChange> factors,
      List<String> rawChanged) {
    /** Copies the lists. */
    public Row {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(status, "status");
      factors = List.copyOf(factors);
      rawChanged = List.copyOf(rawChanged);
    }

    /** The rank change, positive when the target moved up (closer to 1); null unless kept. */
    public Integer rankChange() {
      return rankBefore == null || rankAfter == null ? null : rankBefore - rankAfter;
    }
  }

  /** Compares the scoring before a scenario with the one after, in the world after. */
  public static ScenarioDiff of(Scoring before, Scoring after, World world) {
    TreeSet<String> all = new TreeSet<>();
    before.results().forEach(r -> all.add(r.target()));
    after.results().forEach(r -> all.add(r.target()));
    List<Row> rows = new ArrayList<>();
    for (String t : all) {
      TargetResult b = before.result(t).orElse(null);
      TargetResult a = after.result(t).orElse(null);
      Status status =
          b != null && a != null
              ? Status.KEPT
              : world.absorbed().contains(t)
                  ? Status.ABSORBED
                  : a != null ? Status.NEW : Status.DROPPED;
      List<FactorChange> factors = new ArrayList<>();
      List<String> raw = new ArrayList<>();
      if (status == Status.KEPT) {
        Explanation eb = Explanation.of(before, t, false);
        Explanation ea = Explanation.of(after, t, false);
        Map<String, Explanation.Factor> fb = byId(eb);
        for (Explanation.Factor f : ea.factors()) {
          Explanation.Factor g = fb.get(f.id());
          double cb = g == null || !g.present() ? 0 : g.contribution();
          double ca = f.present() ? f.contribution() : 0;
          double change = ca - cb;
          if (Math.abs(change) >= NEGLIGIBLE) {
            factors.add(
                new FactorChange(f.id(), g == null ? Double.NaN : g.score(), f.score(), change));
          }
        }
        factors.sort(
            Comparator.comparingDouble((FactorChange c) -> -Math.abs(c.contributionChange())));
        for (String ind : after.raw().indicators()) {
          RawValue rb = before.raw().get(t, ind);
          RawValue ra = after.raw().get(t, ind);
          if (!Objects.equals(rb.value(), ra.value())) {
            raw.add(ind);
          }
        }
      }
      rows.add(
          new Row(
              t,
              status,
              b == null ? null : b.rank(),
              a == null ? null : a.rank(),
              b == null ? Double.NaN : b.index(),
              a == null ? Double.NaN : a.index(),
              factors,
              raw));
    }
    rows.sort(
        Comparator.comparing((Row r) -> r.rankAfter() == null ? Integer.MAX_VALUE : r.rankAfter())
            .thenComparing(r -> r.status().ordinal())
            .thenComparing(Row::target));
    return new ScenarioDiff(rows);
  }

  private static Map<String, Explanation.Factor> byId(Explanation e) {
    Map<String, Explanation.Factor> m = new java.util.HashMap<>();
    for (Explanation.Factor f : e.factors()) {
      m.put(f.id(), f);
    }
    return m;
  }
}
