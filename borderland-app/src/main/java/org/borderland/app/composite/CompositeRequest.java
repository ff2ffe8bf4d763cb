package org.borderland.app.composite;

import java.util.Objects;
import org.borderland.core.pipeline.Pipeline;
import org.borderland.data.coinr.CoinrInput;

/**
 * What {@code composite} is asked: data and indicator tree already read (the command line reads
 * them from its files; the application opens none a request names), and the pipeline to run.
 *
 * @param input the units × indicators and the indicator tree
 * @param pipeline the steps to run, or null for COINr's simple build
 * @param pipelineName where the pipeline came from (e.g. its file), for the result; {@value
 *     #SIMPLE_BUILD} without one
 */
public record CompositeRequest(CoinrInput input, Pipeline pipeline, String pipelineName) {
  /** What the simple build is called. */
  public static final String SIMPLE_BUILD = "simple build";

  /** Requires the input, and a name with a pipeline. */
  public CompositeRequest {
    Objects.requireNonNull(input, "input");
    pipelineName =
        pipeline == null ? SIMPLE_BUILD : Objects.requireNonNull(pipelineName, "pipelineName");
  }

  /** COINr's simple build of {@code input}. */
  public static CompositeRequest simple(CoinrInput input) {
    return new CompositeRequest(input, null, null);
  }
}
