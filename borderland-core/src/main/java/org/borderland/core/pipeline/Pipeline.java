package org.borderland.core.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sequence of steps run on a dataset and a tree (COINr's building functions in order). A pipeline
 * is a value: {@link #log()} gives its steps as records, {@link #fromLog} rebuilds it, and {@link
 * #withParameter} changes one parameter, so a run can be replayed with changes as COINr's {@code
 * Regen} replays a coin's log.
 *
 * @param steps the steps, in order (an empty pipeline returns the raw data)
 */
public record Pipeline(List<Step> steps) {

  /** Copies the steps. */
  public Pipeline {
    steps = List.copyOf(steps);
  }

  /** A pipeline of these steps. */
  public static Pipeline of(Step... steps) {
    return new Pipeline(Arrays.asList(steps));
  }

  /**
   * COINr's simple build: min-max onto [0, 100] with each indicator's direction, then the weighted
   * arithmetic mean up the tree.
   */
  public static Pipeline simple() {
    return of(
        Normalise.all(NormalisationSpec.minMax(0, 100)),
        Aggregate.all(Aggregation.ARITHMETIC_MEAN));
  }

  /**
   * The pipeline a log describes.
   *
   * @throws IllegalArgumentException for an unknown step or bad parameter
   */
  public static Pipeline fromLog(List<StepRecord> log) {
    return new Pipeline(log.stream().map(Step::fromRecord).toList());
  }

  /** The steps as records. */
  public List<StepRecord> log() {
    return steps.stream().map(Step::record).toList();
  }

  /**
   * The same pipeline with one parameter of the first step named {@code step} set, e.g. {@code
   * withParameter("treat", "winmax", 1)}.
   *
   * @throws IllegalArgumentException when there is no such step or the value is not allowed
   */
  public Pipeline withParameter(String step, String parameter, Object value) {
    List<StepRecord> log = new ArrayList<>(log());
    for (int i = 0; i < log.size(); i++) {
      if (log.get(i).step().equals(step)) {
        log.set(i, log.get(i).with(parameter, value));
        return fromLog(log);
      }
    }
    throw new IllegalArgumentException(
        "The pipeline has no step '"
            + step
            + "'; its steps are "
            + steps.stream().map(Step::name).toList());
  }

  /** The same pipeline with step {@code index} replaced. */
  public Pipeline with(int index, Step step) {
    List<Step> s = new ArrayList<>(steps);
    s.set(index, step);
    return new Pipeline(s);
  }

  /**
   * Runs every step in turn.
   *
   * @param raw the data as read (COINr's {@code Raw} dataset)
   * @param tree the indicator tree
   * @return every intermediate dataset, the log and the results
   * @throws PipelineException when a step cannot be applied
   */
  public Run run(Dataset raw, Tree tree) {
    Indicators.of(raw, tree, steps.isEmpty() ? "raw" : steps.get(0).name());
    Map<String, Dataset> datasets = new LinkedHashMap<>();
    datasets.put("Raw", raw);
    Dataset d = raw;
    for (Step s : steps) {
      d = s.apply(d, tree);
      datasets.remove(s.output());
      datasets.put(s.output(), d);
    }
    return new Run(tree, log(), datasets);
  }
}
