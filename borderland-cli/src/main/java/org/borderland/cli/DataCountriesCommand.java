package org.borderland.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.borderland.core.country.CodeSystem;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.country.CrosswalkEntry;
import org.borderland.data.registry.RegistryTables;
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
    Years.check(year, "--year");
    CountryRegistry reg = RegistryTables.standard();
    PrintWriter out = spec.commandLine().getOut();
    List<Country> all = reg.all().stream().filter(c -> year == null || c.existsIn(year)).toList();
    if (format == Format.json) {
      out.println(Json.write(all.stream().map(c -> toJson(reg, c)).toList()));
      return ExitCode.OK;
    }
    Table t = new Table("iso3", "name", "kind", "from", "to", "iso2", "fips", "cow", "cowAbb");
    for (Country c : all) {
      t.add(
          c.iso3(),
          c.name(),
          c.kind().name().toLowerCase(java.util.Locale.ROOT),
          Integer.toString(c.fromYear()),
          c.toYear() == null ? "" : c.toYear().toString(),
          code(reg, c, CodeSystem.ISO2),
          code(reg, c, CodeSystem.FIPS),
          code(reg, c, CodeSystem.COW),
          code(reg, c, CodeSystem.COW_ABB));
    }
    if (format == Format.csv) {
      t.printCsv(out);
    } else {
      t.printAligned(out);
    }
    return ExitCode.OK;
  }

  private String code(CountryRegistry reg, Country c, CodeSystem s) {
    if (year != null) {
      return reg.codeOf(c.iso3(), s, year).orElse("");
    }
    return String.join(
        "|",
        reg.crosswalkOf(c.iso3()).stream()
            .filter(e -> e.system() == s)
            .map(CrosswalkEntry::code)
            .distinct()
            .toList());
  }

  private static Map<String, Object> toJson(CountryRegistry reg, Country c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("iso3", c.iso3());
    m.put("name", c.name());
    m.put("officialName", c.officialName());
    m.put("kind", c.kind().name());
    m.put("fromYear", c.fromYear());
    m.put("toYear", c.toYear());
    m.put("aliases", c.aliases());
    m.put(
        "codes",
        reg.crosswalkOf(c.iso3()).stream()
            .map(
                e ->
                    Map.of(
                        "system",
                        e.system().name(),
                        "code",
                        e.code(),
                        "from",
                        e.fromYear(),
                        "to",
                        e.toYear() == null ? "" : e.toYear()))
            .toList());
    m.put("note", c.note());
    return m;
  }
}
