package org.borderland.core.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Edit distances and "did you mean" suggestions: which allowed word a typo most likely meant.
 *
 * <p>Example: {@code closest("kin_shar", List.of("kin_share", "kin_absolute"), 2)} is {@code
 * kin_share}.
 */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The Levenshtein distance between {@code a} and {@code b}: the fewest one-character insertions,
   * deletions and substitutions that turn one into the other (Levenshtein 1966), compared exactly
   * (case matters). Two rows of the Wagner–Fischer table, so O(|a|·|b|) time and O(|b|) memory.
   */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * The candidate closest to {@code query}, ignoring case, when it is at most {@code limit} edits
   * away; of equally close candidates, the first.
   *
   * @param limit the most edits a suggestion may be away (0 suggests only a different case)
   */
  public static Optional<String> closest(String query, Collection<String> candidates, int limit) {
    return closest(query, candidates, c -> limit);
  }

  /**
   * The candidate closest to {@code query}, ignoring case, among those at most {@code
   * limit.applyAsInt(candidate)} edits away (so that a short candidate can demand a closer match);
   * of equally close candidates, the first.
   */
  public static Optional<String> closest(
      String query, Collection<String> candidates, ToIntFunction<String> limit) {
    Objects.requireNonNull(query, "query");
    String q = query.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(q, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance && d <= limit.applyAsInt(c)) {
        bestDistance = d;
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }
}
