package org.borderland.core.pipeline;

import java.util.Map;

/**
 * Keeps the rows of one time of panel data, as a cross-section (COINr: one coin of a purse). Use it
 * after {@link Imputation#CARRY_FORWARD} imputation to score one edition.
 *
 * @param time the time to keep, e.g. an edition year
 */
public record SelectTime(int time) implements Step {

  @Override
  public String name() {
    return "select";
  }

  @Override
  public String output() {
    return "Selected";
  }

  @Override
  public Dataset apply(Dataset data, Tree tree) {
    try {
      return data.atTime(time);
    } catch (IllegalArgumentException e) {
      throw new PipelineException(name(), e.getMessage(), e);
    }
  }

  @Override
  public StepRecord record() {
    return new StepRecord(name(), Map.of("time", time));
  }

  static SelectTime fromRecord(StepRecord r) {
    Integer t = new Params(r).integer("time", null);
    if (t == null) {
      throw new IllegalArgumentException("Step 'select' needs a time, e.g. time: 2022");
    }
    return new SelectTime(t);
  }
}
