package org.borderland.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.borderland.app.Borderland;
import org.borderland.app.backtest.BacktestRequest;
import org.borderland.app.backtest.BacktestResult;
import org.borderland.app.backtest.BacktestService;
import org.borderland.app.backtest.CasesInput;
import org.borderland.app.common.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code borderland backtest}: for each past act of aggression in the cases file, where the state
 * actually attacked stood among the candidates ranked on what was known before.
 */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Rank the aggressor's candidates as known before each past act of aggression in the cases",
      "file, and show where the state actually attacked stood. By default only what was published",
      "at the time is used (Factbook editions, curated facts known by then)."
    })
public final class BacktestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PanelOption panelOption;

  @Mixin CuratedOption curated;
  @Mixin ModelOption model;
  @Mixin AggressorOption aggressor;

  @Option(
      names = "--cases",
      paramLabel = "FILE",
      description = "Cases file (default: cases/<aggressor's name>.yaml, e.g. cases/russia.yaml).")
  Path casesFile;

  @Option(
      names = "--allow-revised",
      description =
          "Also use datasets released once with revised history (COW, World Bank, SIPRI, UN), as"
              + " the model file allows: hindsight, and the output says so.")
  boolean allowRevised;

  @Mixin TableOrJson output;

  @Override
  public Integer call() {
    boolean json = output.json();
    Borderland app = panelOption.app(curated.dir());
    CasesInput cases = casesFile == null ? CasesInput.shipped() : CasesInput.read(app, casesFile);
    BacktestResult r =
        new BacktestService(app)
            .backtest(new BacktestRequest(aggressor.code(), model.name(), cases, allowRevised));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(r));
    } else {
      BacktestTable.print(out, r);
    }
    return ExitCode.OK;
  }
}
