package org.borderland.app.composite;

import java.util.Objects;
import org.borderland.app.Borderland;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.pipeline.Pipeline;
import org.borderland.core.pipeline.PipelineException;
import org.borderland.core.pipeline.Results;
import org.borderland.core.pipeline.Run;
import org.borderland.core.pipeline.StepRecord;

/**
 * Builds a composite indicator: runs a pipeline (or COINr's simple build: min-max onto 0-100 with
 * each indicator's direction, then the weighted arithmetic mean up the tree) over data in COINr's
 * layout.
 */
public final class CompositeService {
  /**
   * A service of {@code app}; a composite uses nothing the application keeps (its data come with
   * the request), but it is built like every other service.
   */
  public CompositeService(Borderland app) {
    Objects.requireNonNull(app, "app");
  }

  /**
   * The composite a request asks for.
   *
   * @throws BadParameter naming {@code pipeline} (or {@code data} for the simple build) when a step
   *     cannot be applied to the data
   */
  public CompositeResult build(CompositeRequest r) {
    Pipeline p = r.pipeline() == null ? Pipeline.simple() : r.pipeline();
    Run run;
    try {
      run = p.run(r.input().dataset(), r.input().tree());
    } catch (PipelineException e) {
      throw BadParameter.of(r.pipeline() == null ? "data" : "pipeline", null, e);
    }
    Results results = run.results();
    return new CompositeResult(
        results.units(),
        results.aggregateCodes(),
        r.pipelineName(),
        run.log().stream().map(StepRecord::step).toList(),
        results);
  }
}
