package org.borderland.data.coinr;

import java.util.Objects;
import org.borderland.core.pipeline.Dataset;
import org.borderland.core.pipeline.Tree;

/**
 * A dataset and its indicator tree as read from COINr's layout.
 *
 * @param dataset the units with their indicator, group and denominator columns (COINr's {@code Raw}
 *     dataset)
 * @param tree the indicator tree from {@code iMeta}
 */
public record CoinrInput(Dataset dataset, Tree tree) {
  /** Requires both. */
  public CoinrInput {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(tree, "tree");
  }
}
