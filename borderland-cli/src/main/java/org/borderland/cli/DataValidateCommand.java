package org.borderland.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.borderland.app.common.Json;
import org.borderland.app.data.DataService;
import org.borderland.app.data.PanelCheckResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code borderland data validate}: errors, warnings and coverage of the panel. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check the panel. Errors (exit 1): a row without a source, an unknown code, a share outside 0-100,",
      "a year out of range, a predecessor's row attributed to a successor. Warnings (exit 0): ethnic",
      "shares summing past 100 + tolerance, shared borders the two entries disagree on, land",
      "boundaries a Factbook list names that COW contiguity has no land link for. Prints coverage."
    })
public final class DataValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PanelOption panelOption;

  @Mixin TableOrJson output;

  @Override
  public Integer call() {
    boolean json = output.json();
    PanelCheckResult r = new DataService(panelOption.app(null)).validate();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(r));
    } else {
      DataTables.validation(out, r);
    }
    return r.ok() ? ExitCode.OK : ExitCode.FAILURE;
  }
}
