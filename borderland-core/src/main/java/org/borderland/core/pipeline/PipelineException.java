package org.borderland.core.pipeline;

/**
 * A step could not be applied to the data: says which step, and where (unit, column), what was
 * wrong and what to do.
 */
public final class PipelineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param step the step's name
   * @param message what was wrong, where, and what to do
   */
  public PipelineException(String step, String message) {
    super("Step '" + step + "': " + message);
  }

  /** Same, with the cause. */
  public PipelineException(String step, String message, Throwable cause) {
    super("Step '" + step + "': " + message, cause);
  }
}
