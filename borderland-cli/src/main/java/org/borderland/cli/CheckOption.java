package org.borderland.cli;

import java.io.PrintWriter;
import org.borderland.app.analysis.CheckResult;
import org.borderland.app.common.Json;
import picocli.CommandLine.Option;

/**
 * The hidden {@code --check} option of the long analyses: read and check every input (options,
 * spec, scenario, model, candidates) as the run would, then stop before computing and print what
 * the run would cost as JSON ({@code {replications, threads}}). The server calls it when a job is
 * submitted, so that a bad parameter is a {@code 400} at once and a job's size can be bounded.
 */
public final class CheckOption {
  @Option(
      names = "--check",
      hidden = true,
      description = "Check the inputs, print the run's size as JSON and stop.")
  boolean check;

  /** Whether the command is only to check its inputs. */
  boolean on() {
    return check;
  }

  /** Prints the size of the run the inputs describe. */
  void report(PrintWriter out, CheckResult size) {
    out.println(Json.write(size));
  }

  /**
   * Prints the size of the run the inputs describe.
   *
   * @param replications the replications (model runs) the analysis would make
   * @param threads the worker threads it would use
   */
  void report(PrintWriter out, long replications, int threads) {
    report(out, new CheckResult(replications, threads));
  }
}
