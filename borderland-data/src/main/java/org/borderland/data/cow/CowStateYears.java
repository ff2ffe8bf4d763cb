package org.borderland.data.cow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.borderland.core.panel.Observation;

/**
 * Collects state-year rows from a dataset keyed by COW code and settles the years where two codes
 * map to one registry country (West Germany 260 and Germany 255 are both {@code DEU} in 1990).
 *
 * <p>Rule: keep the row of the code that still means the same country the next year (the state that
 * continues), and say in its note which code's row was dropped. When neither or both continue, keep
 * the lower code's row and say so.
 */
public final class CowStateYears {
  private record Candidate(int ccode, Observation observation) {}

  private final Map<String, List<Candidate>> rows = new TreeMap<>();
  private int collisions;

  /** Adds one row that came from COW code {@code ccode}. */
  public void add(int ccode, Observation o) {
    String k = o.country() + '\u0000' + o.indicator() + '\u0000' + o.key() + '\u0000' + o.refYear();
    rows.computeIfAbsent(k, x -> new ArrayList<>(1)).add(new Candidate(ccode, o));
  }

  /**
   * One row per country, indicator, key and year, collisions settled and counted in {@code skipped}
   * as "{@code what} reported under two COW codes (one row kept)".
   *
   * @param what what a row describes, e.g. {@code state-years} or {@code sessions}
   */
  public List<Observation> settle(CowCodes codes, Map<String, Integer> skipped, String what) {
    List<Observation> out = settle(codes);
    if (collisions > 0) {
      skipped.put(what + " reported under two COW codes (one row kept)", collisions);
    }
    return out;
  }

  private List<Observation> settle(CowCodes codes) {
    List<Observation> out = new ArrayList<>(rows.size());
    for (List<Candidate> cs : rows.values()) {
      if (cs.size() == 1) {
        out.add(cs.get(0).observation());
        continue;
      }
      collisions++;
      Observation first = cs.get(0).observation();
      int year = first.refYear();
      List<Candidate> continuing = new ArrayList<>();
      for (Candidate c : cs) {
        if (codes.resolve(c.ccode(), year + 1).filter(first.country()::equals).isPresent()) {
          continuing.add(c);
        }
      }
      Candidate keep =
          continuing.size() == 1
              ? continuing.get(0)
              : cs.stream().min((a, b) -> Integer.compare(a.ccode(), b.ccode())).orElseThrow();
      StringBuilder dropped = new StringBuilder();
      for (Candidate c : cs) {
        if (c != keep) {
          dropped.append(dropped.length() == 0 ? "" : ", ").append(c.ccode());
        }
      }
      String why =
          continuing.size() == 1
              ? "kept COW "
                  + keep.ccode()
                  + ", the code that continues in "
                  + (year + 1)
                  + "; dropped the row of COW "
                  + dropped
                  + " (also "
                  + first.country()
                  + " in "
                  + year
                  + ")"
              : "two COW codes map to "
                  + first.country()
                  + " in "
                  + year
                  + "; kept the lower, COW "
                  + keep.ccode()
                  + ", dropped COW "
                  + dropped;
      Observation o = keep.observation();
      out.add(o.withNote(o.note().isEmpty() ? why : o.note() + "; " + why));
    }
    return out;
  }
}
