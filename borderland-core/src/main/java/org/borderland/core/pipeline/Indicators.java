package org.borderland.core.pipeline;

import java.util.List;

/** Checks shared by steps that work on a tree's indicators. */
final class Indicators {
  private Indicators() {}

  /** The tree's indicator codes, each checked to be a column of {@code data}. */
  static List<String> of(Dataset data, Tree tree, String step) {
    List<String> codes = tree.indicatorCodes();
    for (String c : codes) {
      if (!data.has(c)) {
        throw new PipelineException(
            step,
            "indicator '"
                + c
                + "' of the tree has no column in the data; the data has "
                + data.codes());
      }
    }
    return codes;
  }
}
