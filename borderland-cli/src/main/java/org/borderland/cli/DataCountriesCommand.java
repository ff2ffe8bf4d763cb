package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.borderland.app.data.CountriesRequest;
import org.borderland.app.data.CountriesResult;
import org.borderland.app.data.DataService;
import org.borderland.core.country.CodeSystem;
import picocli.CommandLine.Command;
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

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    CountriesResult r =
        new DataService(new Borderland(Borderland.Config.defaults()))
            .countries(new CountriesRequest(year));
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(Json.write(r));
      return ExitCode.OK;
    }
    Table t = new Table("iso3", "name", "kind", "from", "to", "iso2", "fips", "cow", "cowAbb");
    for (CountriesResult.Entry c : r.countries()) {
      List<String> cells =
          new ArrayList<>(
              List.of(
                  c.iso3(),
                  c.name(),
                  c.kind().toLowerCase(Locale.ROOT),
                  Integer.toString(c.fromYear()),
                  c.toYear() == null ? "" : c.toYear().toString()));
      for (CodeSystem s : DataService.SHOWN_CODES) {
        cells.add(c.shown().get(s.name()));
      }
      t.add(cells.toArray(String[]::new));
    }
    if (format == Format.csv) {
      t.printCsv(out);
    } else {
      t.printAligned(out);
    }
    return ExitCode.OK;
  }
}
