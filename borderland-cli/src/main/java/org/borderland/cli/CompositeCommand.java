package org.borderland.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.borderland.app.Borderland;
import org.borderland.app.composite.CompositeRequest;
import org.borderland.app.composite.CompositeResult;
import org.borderland.app.composite.CompositeService;
import org.borderland.data.coinr.CoinrInput;
import org.borderland.data.coinr.CoinrReader;
import org.borderland.data.coinr.Composite;
import org.borderland.data.coinr.PipelineFile;
import org.borderland.data.coinr.ResultsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code borderland composite}: a composite indicator from files in COINr's layout. The files are
 * the command line's: it reads them and hands the application their contents.
 */
@Command(
    name = "composite",
    mixinStandardHelpOptions = true,
    description = {
      "Build a composite indicator from data in COINr's layout (iData.csv, iMeta.csv).",
      "Without --pipeline: COINr's simple build (min-max onto 0-100 with each indicator's"
          + " Direction, then the weighted arithmetic mean up the tree).",
      "Writes uCode, one column per aggregate and <code>_rank for each."
    })
public final class CompositeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "iData.csv",
      description = "Units × indicators, with group and denominator columns.")
  Path data;

  @Option(
      names = "--meta",
      required = true,
      paramLabel = "iMeta.csv",
      description = "The indicator tree: Level, iCode, Direction, Weight, Parent, Type.")
  Path meta;

  @Option(
      names = "--pipeline",
      paramLabel = "pipeline.yaml",
      description = "The steps to run, e.g. examples/coinr-asem-example.yaml.")
  Path pipeline;

  @Option(
      names = "--denominators",
      paramLabel = "FILE.csv",
      description = "Denominator columns by uCode (e.g. COINr's WorldDenoms), replacing iData's.")
  Path denominators;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "results.csv",
      description = "Where to write the results; - for standard output.")
  String out;

  @Override
  public Integer call() throws Exception {
    CoinrInput in = CoinrReader.read(data, meta, Optional.ofNullable(denominators));
    CompositeRequest request =
        pipeline == null
            ? CompositeRequest.simple(in)
            : new CompositeRequest(in, PipelineFile.read(pipeline, in.tree()), pipeline.toString());
    CompositeResult r;
    try (Borderland app = new Borderland(Borderland.Config.defaults())) { // reads no panel
      r = new CompositeService(app).build(request);
    }
    PrintWriter o = spec.commandLine().getOut();
    if (out.equals("-")) {
      ResultsCsv.write(r.results(), o);
      o.flush();
      return ExitCode.OK;
    }
    Composite.write(r.results(), Path.of(out));
    o.println(
        "Wrote "
            + r.units().size()
            + " units × "
            + r.aggregates().size()
            + " aggregates to "
            + out
            + " ("
            + r.pipeline()
            + ": "
            + r.steps()
            + ")");
    return ExitCode.OK;
  }
}
