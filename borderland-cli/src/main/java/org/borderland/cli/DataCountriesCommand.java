package org.borderland.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.borderland.app.data.CountriesRequest;
import org.borderland.app.data.CountriesResult;
import org.borderland.app.data.DataService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code borderland data countries}: the country registry and its code crosswalk. */
@Command(
    name = "countries",
    mixinStandardHelpOptions = true,
    description = "List the registry: ISO3 key, names, years, and codes in other systems.")
public final class DataCountriesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--year",
      paramLabel = "Y",
      description = "Only entities that existed in Y, with the codes valid in Y.")
  Integer year;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    CountriesResult r =
        new DataService(new Borderland(Borderland.Config.defaults()))
            .countries(new CountriesRequest(year));
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(Json.write(r));
    } else if (output.csv()) {
      DataTables.countries(r).printCsv(out);
    } else {
      DataTables.countries(r).printAligned(out);
    }
    return ExitCode.OK;
  }
}
