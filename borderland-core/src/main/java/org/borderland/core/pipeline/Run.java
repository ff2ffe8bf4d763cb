package org.borderland.core.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@link Pipeline#run}: each step's dataset by COINr's name ({@code Raw}, {@code
 * Denominated}, {@code Imputed}, {@code Screened}, {@code Treated}, {@code Normalised}, {@code
 * Aggregated}; a repeated step overwrites its dataset, as in COINr), the log of steps, and the
 * results.
 *
 * @param tree the tree used
 * @param log the steps' records, in order
 * @param datasets every dataset, in the order made
 */
public record Run(Tree tree, List<StepRecord> log, Map<String, Dataset> datasets) {

  /** Copies the log and the datasets. */
  public Run {
    log = List.copyOf(log);
    datasets = Collections.unmodifiableMap(new LinkedHashMap<>(datasets));
  }

  /**
   * One dataset by name.
   *
   * @throws IllegalArgumentException naming the datasets there are
   */
  public Dataset dataset(String name) {
    Dataset d = datasets.get(name);
    if (d == null) {
      throw new IllegalArgumentException(
          "No dataset '" + name + "'; this run made " + datasets.keySet());
    }
    return d;
  }

  /** The last dataset made. */
  public Dataset last() {
    List<Dataset> all = new ArrayList<>(datasets.values());
    return all.get(all.size() - 1);
  }

  /** Scores and ranks from the last dataset. */
  public Results results() {
    return new Results(tree, last());
  }

  /** The same pipeline run again, e.g. on changed data ({@link Pipeline#fromLog} of the log). */
  public Run rerun(Dataset raw) {
    return Pipeline.fromLog(log).run(raw, tree);
  }
}
