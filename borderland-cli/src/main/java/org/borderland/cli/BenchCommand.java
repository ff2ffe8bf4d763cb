package org.borderland.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderland.core.panel.Panel;
import org.borderland.data.store.PanelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code borderland bench panel-load}: how long loading the panel takes. The first run is the cold
 * start a user sees; later runs show the warmed JVM.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Print benchmark figures. Currently: panel-load (loading and indexing the panel).")
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PanelOption panelOption;

  @picocli.CommandLine.Parameters(index = "0", paramLabel = "WHAT", description = "panel-load")
  String what;

  @Option(
      names = "--runs",
      defaultValue = "10",
      description = "Repetitions (default: ${DEFAULT-VALUE}).")
  int runs;

  @Override
  public Integer call() throws Exception {
    if (!"panel-load".equals(what)) {
      throw new IllegalArgumentException("Unknown benchmark '" + what + "'; known: panel-load");
    }
    if (runs < 1 || runs > 1000) {
      throw new IllegalArgumentException("--runs " + runs + " must be between 1 and 1000");
    }
    PrintWriter out = spec.commandLine().getOut();
    double[] ms = new double[runs];
    double[] readMs = new double[runs];
    int rows = 0;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      var read = PanelStore.read(panelOption.dir(), false);
      readMs[i] = (System.nanoTime() - t0) / 1e6;
      Panel p = new Panel(read);
      ms[i] = (System.nanoTime() - t0) / 1e6;
      rows = p.size();
    }
    double first = ms[0];
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    out.printf(
        Locale.ROOT,
        "panel-load: %,d rows from %s on %d cores, JVM flags %s%n  first (cold JVM): %.0f ms (reading %.0f ms, indexing %.0f ms)%n  min %.0f ms, median %.0f ms, max %.0f ms over %d runs%n",
        rows,
        panelOption.dir(),
        Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(),
        first,
        readMs[0],
        first - readMs[0],
        sorted[0],
        sorted[runs / 2],
        sorted[runs - 1],
        runs);
    return ExitCode.OK;
  }
}
