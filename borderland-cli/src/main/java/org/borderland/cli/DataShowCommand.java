package org.borderland.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.borderland.app.common.Json;
import org.borderland.app.data.DataService;
import org.borderland.app.data.ShowRequest;
import org.borderland.app.data.ShowResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code borderland data show}: the sourced figures for one country. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Show a country's figures with their sources.",
      "Without --year, every edition is listed; with --year Y, the value as known in Y."
    })
public final class DataShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PanelOption panelOption;

  @Option(
      names = "--country",
      required = true,
      paramLabel = "ISO3|NAME",
      converter = CountryConverter.class,
      description = "Country code or name, e.g. KAZ.")
  String country;

  @Option(
      names = "--indicator",
      paramLabel = "ID",
      description = "Indicator id, e.g. ethnic_share.")
  String indicator;

  @Option(
      names = "--key",
      paramLabel = "K",
      description = "Group, language, neighbour ISO3 or organisation, e.g. Russian.")
  String key;

  @Option(
      names = "--year",
      paramLabel = "Y",
      description = "Knowledge year: the value as known in Y.")
  Integer year;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    ShowResult result =
        new DataService(panelOption.app(null)).show(new ShowRequest(country, indicator, key, year));
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(Json.write(result));
    } else if (output.csv()) {
      DataTables.show(result, true).printCsv(out);
    } else if (result.rows().isEmpty()) {
      spec.commandLine()
          .getErr()
          .println("No rows for " + result.country() + describeFilter() + ".");
    } else {
      DataTables.show(result, false).printAligned(out);
    }
    return ExitCode.OK;
  }

  private String describeFilter() {
    return (indicator == null ? "" : " indicator " + indicator)
        + (key == null ? "" : " key " + key)
        + (year == null ? "" : " as known in " + year);
  }
}
