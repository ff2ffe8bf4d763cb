package org.borderland.core.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * Scores at every level and ranks, from a pipeline's last dataset. Ranks are R's {@code rank(-x,
 * ties.method = "min")}: 1 for the highest score, tied scores share the best rank, a missing score
 * has no rank; in panel data units are ranked within each time.
 *
 * @param tree the tree
 * @param data the dataset holding the scores
 */
public record Results(Tree tree, Dataset data) {

  /** The aggregate codes in the data, top level first (the index, then sub-indices, …). */
  public List<String> aggregateCodes() {
    return tree.aggregatesTopDown().stream().map(Node::code).filter(data::has).toList();
  }

  /** The unit codes, one per row. */
  public List<String> units() {
    return data.units();
  }

  /** The scores of a column (indicator or aggregate), one per row. */
  public double[] scores(String code) {
    return data.values(code);
  }

  /** One unit's score in a cross-section. */
  public double score(String unit, String code) {
    return data.value(data.row(unit), code);
  }

  /** The ranks of a column, one per row; 0 where the score is missing. */
  public int[] ranks(String code) {
    double[] x = data.values(code);
    if (!data.hasTime()) {
      return Ranks.descending(x);
    }
    int[] out = new int[x.length];
    Map<Integer, List<Integer>> byTime = new HashMap<>();
    for (int i = 0; i < x.length; i++) {
      byTime.computeIfAbsent(data.time(i).getAsInt(), t -> new ArrayList<>()).add(i);
    }
    for (List<Integer> rows : byTime.values()) {
      double[] sub = rows.stream().mapToDouble(i -> x[i]).toArray();
      int[] r = Ranks.descending(sub);
      for (int k = 0; k < r.length; k++) {
        out[rows.get(k)] = r[k];
      }
    }
    return out;
  }

  /** One unit's rank in a cross-section; empty when its score is missing. */
  public OptionalInt rank(String unit, String code) {
    int r = ranks(code)[data.row(unit)];
    return r == 0 ? OptionalInt.empty() : OptionalInt.of(r);
  }

  /**
   * The rows ordered for a results table: by time, then by the first top-level aggregate's rank
   * (missing last), then in data order.
   */
  public int[] order() {
    List<String> codes = aggregateCodes();
    int[] r = codes.isEmpty() ? new int[data.rows()] : ranks(codes.get(0));
    Comparator<Integer> byTime = Comparator.comparingInt(i -> data.time(i).orElse(0));
    Comparator<Integer> byRank = Comparator.comparingInt(i -> r[i] == 0 ? Integer.MAX_VALUE : r[i]);
    return IntStream.range(0, data.rows())
        .boxed()
        .sorted(byTime.thenComparing(byRank).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
